import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, SelectField } from '../../components/forms';
import { Loading, PageHeader } from '../../components/status';
import { SettingSwitch } from '../../components/SettingSwitch';
import { periodLabel } from './labels';
import { CautionHeads, CautionScores, CountNote, SignalRate } from './parts';

type Overview = Schemas['ReflectionOverview'];
type Row = { key: string; label: string; answers: Overview['company']; signals?: Schemas['ReflectionSignal'][]; total?: boolean };

/** /insight/reflection — HR: interviewers by department for one closed half-year, the trend, who has no answers yet. */
export function HrReflectionPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<string | null>(null);
  const q = useQuery({
    queryKey: ['insight', 'reflection', period],
    queryFn: () => api<Overview>(`/insight/reflection${period ? `?period=${period}` : ''}`),
    placeholderData: keepPreviousData,
  });
  const d = q.data;
  return (
    <section className="page reflection">
      <PageHeader title={t('reflection.hr.title')}>
        {d && (
          <a className="btn btn--secondary" href={`/api/v1/insight/reflection.csv?period=${d.period}`} download>
            {t('reflection.hr.export')}
          </a>
        )}
      </PageHeader>
      <p className="lead">{t('reflection.hr.lead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.isPending && <Loading />}
      {d && (
        <>
          <SelectField
            label={t('reflection.hr.period')}
            value={d.period}
            onChange={setPeriod}
            options={d.periods.map((p) => ({ value: p, label: periodLabel(t, p) }))}
          />
          <Departments d={d} />
          <Trend d={d} />
          <section className="card" aria-labelledby="not-rated-title">
            <h2 id="not-rated-title">{t('reflection.hr.notRatedTitle')}</h2>
            {d.notRated.length ? (
              <ul className="inline-list">
                {d.notRated.map((p) => (
                  <li key={p.id}>{formatName(p)}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('reflection.hr.notRatedNone')}</p>
            )}
          </section>
          <ManagerSetting />
        </>
      )}
    </section>
  );
}

function Departments({ d }: { d: Overview }) {
  const { t } = useTranslation();
  const rows: Row[] = [{ key: 'company', label: t('reflection.csv.company'), answers: d.company, total: true }];
  for (const dep of d.departments) {
    rows.push({ key: `d-${dep.id}`, label: dep.name ?? t('reflection.hr.noDepartment'), answers: dep.answers, total: true });
    for (const p of dep.interviewers) rows.push({ key: p.id, label: formatName(p), answers: p.answers, signals: p.signals });
  }
  const signalIds = d.departments[0]?.interviewers[0]?.signals.map((s) => s.id) ?? [];
  return (
    <section className="card" aria-labelledby="by-dept-title">
      <h2 id="by-dept-title">{t('reflection.hr.department')}</h2>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('reflection.hr.interviewer')}</th>
              <th scope="col">{t('reflection.hr.answers')}</th>
              <CautionHeads />
              {signalIds.map((id) => (
                <th key={id} scope="col">
                  {t(`reflection.signals.${id}.name`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.total ? 'row--total' : undefined}>
                <th scope="row">{r.total ? <strong>{r.label}</strong> : r.label}</th>
                <td>
                  <CountNote s={r.answers} min={d.minGroup} countOnly />
                </td>
                <CautionScores s={r.answers} />
                {signalIds.map((id) => (
                  <td key={id}>{r.signals && <SignalRate s={r.signals.find((s) => s.id === id)} />}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Trend({ d }: { d: Overview }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('reflection.hr.trendTitle')}</h2>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('reflection.hr.period')}</th>
              <th scope="col">{t('reflection.hr.answers')}</th>
              <CautionHeads />
            </tr>
          </thead>
          <tbody>
            {d.trend.map((p) => (
              <tr key={p.period}>
                <th scope="row">{periodLabel(t, p.period)}</th>
                <td>
                  <CountNote s={p.company} min={d.minGroup} />
                </td>
                <CautionScores s={p.company} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The company setting: may an interviewer's manager open their card? Off by default; shown on every card. */
function ManagerSetting() {
  const { t } = useTranslation();
  return (
    <SettingSwitch
      path="/settings/reflection"
      queryKey={['settings', 'reflection']}
      field="managerSees"
      title={t('reflection.hr.managerSees')}
      hideTitle
      label={t('reflection.hr.managerSees')}
      hint={t('reflection.hr.managerSeesHint')}
      saved={() => t('reflection.hr.saved')}
    />
  );
}
