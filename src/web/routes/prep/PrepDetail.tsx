import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { localized } from '../../../domain/forms/definition';
import { formatDate, formatName } from '../../../domain/shared/format';
import { api, isNotFound } from '../../api';
import { Alert } from '../../components/forms';
import { Loading, NotFound, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import { FormPanel } from './FormPanel';
import { PrepPanel } from '../record/PrepPanel';
import { RecordPanel } from '../record/RecordPanel';
import { InventoryView } from './Inventory';
import { SchedulePanel } from './SchedulePanel';
import type { InterviewView } from './types';

export type Tab = 'overview' | 'prep' | 'sheet' | 'survey' | 'schedule' | 'inventory' | 'record';

/** Tabs kept in the URL (?tab=sheet), so a reload lands on the same form. */
export function useTab<T extends string>(allowed: T[]): [T, (t: T) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab') as T | null;
  const tab = raw && allowed.includes(raw) ? raw : allowed[0]!;
  return [tab, (next) => setParams(next === allowed[0] ? {} : { tab: next }, { replace: true })];
}

export function Tabs<T extends string>({
  tabs,
  current,
  onChange,
  label,
}: {
  tabs: { id: T; label: string }[];
  current: T;
  onChange: (t: T) => void;
  label: string;
}) {
  return (
    <nav className="tabs" aria-label={label}>
      <ul>
        {tabs.map((x) => (
          <li key={x.id}>
            <a
              href={`?tab=${x.id}`}
              aria-current={x.id === current ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                onChange(x.id);
              }}
            >
              {x.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * One interview, as a page of tabs: /prep/:id for the employee (themes, sheet, survey, time) and
 * /interviews/:id for the interviewer or HR (the same, plus the skills inventory).
 */
export function InterviewTabsPage({ side }: { side: 'employee' | 'interviewer' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['interview', id], queryFn: () => api<InterviewView>(`/interviews/${id}`) });
  const tabs: { id: Tab; label: string }[] = [
    { id: 'overview', label: t('prep.ui.tabs.overview') },
    ...(q.data?.round.hasSheet ? [{ id: 'sheet' as const, label: t('forms.kinds.sheet') }] : []),
    ...(q.data?.round.hasSurvey ? [{ id: 'survey' as const, label: t('forms.kinds.survey') }] : []),
    ...(side === 'interviewer' ? [{ id: 'inventory' as const, label: t('prep.ui.tabs.inventory') }] : []),
    { id: 'schedule', label: t('prep.ui.tabs.schedule') },
    { id: 'record', label: t('record.ui.tabs.record') },
  ];
  if (side === 'interviewer' && q.data && q.data.relation !== 'self') tabs.splice(1, 0, { id: 'prep', label: t('record.ui.tabs.prep') });
  const [tab, setTab] = useTab(tabs.map((x) => x.id));
  if (isNotFound(q.error)) return <NotFound />;
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const x = q.data;
  return (
    <section className="page">
      <p className="back-link">
        {side === 'employee' ? <Link to="/prep">{t('prep.ui.backToList')}</Link> : <Link to="/interviews">{t('prep.ui.backToQueue')}</Link>}
      </p>
      <PageHeader
        title={side === 'employee' ? x.round.name : t('prep.ui.interviewTitle', { name: formatName(x.employee), round: x.round.name })}
      />
      {x.can.seeHrOnly && <Alert kind="info">{t('prep.ui.hrSeesHrOnly')}</Alert>}
      <Tabs tabs={tabs} current={tab} onChange={setTab} label={t('prep.ui.tabsLabel')} />
      {tab === 'overview' && <Overview x={x} />}
      {(tab === 'sheet' || tab === 'survey') && <FormPanel key={tab} interviewId={x.id} kind={tab} />}
      {tab === 'inventory' && <InventoryView employeeId={x.employee.id} />}
      {tab === 'schedule' && <SchedulePanel interviewId={x.id} />}
      {tab === 'prep' && <PrepPanel interviewId={x.id} employeeId={x.employee.id} />}
      {tab === 'record' && <RecordPanel interviewId={x.id} />}
    </section>
  );
}

/** The round's message, themes and dates: what HR told everyone in advance. */
export function Overview({ x }: { x: InterviewView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="overview">
      <dl className="dl card">
        <div className="dl__row">
          <dt>{t('prep.ui.type')}</dt>
          <dd>{t(`rounds.types.${x.round.type}`)}</dd>
        </div>
        <div className="dl__row">
          <dt>{t('prep.ui.period')}</dt>
          <dd>
            {formatDate(x.round.periodStart, locale)} – {formatDate(x.round.periodEnd, locale)}
          </dd>
        </div>
        {x.round.prepDueOn && (
          <div className="dl__row">
            <dt>{t('prep.ui.prepDue')}</dt>
            <dd>{formatDate(x.round.prepDueOn, locale)}</dd>
          </div>
        )}
        <div className="dl__row">
          <dt>{t('prep.ui.interviewerLabel')}</dt>
          <dd>{x.interviewer ? formatName(x.interviewer) : t('prep.ui.noInterviewer')}</dd>
        </div>
      </dl>
      {x.round.message && (
        <section className="card" aria-labelledby="msg-title">
          <h2 id="msg-title">{t('prep.ui.message')}</h2>
          <p className="pre-line">{x.round.message}</p>
        </section>
      )}
      <section className="card" aria-labelledby="themes-title">
        <h2 id="themes-title">{t('prep.ui.themes')}</h2>
        {x.round.themes.length === 0 ? (
          <p className="muted">{t('notify.noThemes')}</p>
        ) : (
          <ul className="themes">
            {x.round.themes.map((th) => (
              <li key={th.title.ja}>
                <strong>{localized(th.title, i18n.language)}</strong>
                {th.description.ja && <span className="muted"> — {localized(th.description, i18n.language)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {x.relation === 'self' && (
        <section className="card card--quiet" aria-labelledby="conf-title">
          <h2 id="conf-title">{t('prep.ui.confidentialTitle')}</h2>
          <p>{t('prep.ui.confidentialBody')}</p>
        </section>
      )}
    </div>
  );
}
