import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatName, formatNumber } from '../../../domain/shared/format';
import { api } from '../../api';
import { FiguresAsOf, useFigures } from '../../components/figures';
import { Alert, Button } from '../../components/forms';
import { Loading } from '../../components/status';
import { currentLocale } from '../../i18n';
import { deptName } from '../../lib/departments';
import { formatShare } from '../../lib/share';
import type { Schemas } from '../../api-contract';
import type { Counts, Progress, Round } from './types';

type Target = 'sheet' | 'survey' | 'schedule';

/** Per round: sheets, surveys, times fixed and interviews held; by department and interviewer; reminders. */
export function ProgressView({ round }: { round: Round }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { query: q, refresh } = useFigures<Progress>(['round-progress', round.id], `/rounds/${round.id}/progress`);
  const remind = useMutation({
    mutationFn: (target: Target) => api<Schemas['RemindQueued']>(`/rounds/${round.id}/remind`, { method: 'POST', body: { target } }),
  });
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const p = q.data;
  const n = (x: number) => formatNumber(x, locale);
  const columns: { key: keyof Counts; label: string; show: boolean }[] = [
    { key: 'sheetSubmitted', label: t('rounds.ui.col.sheet'), show: p.round.hasSheet },
    { key: 'surveySubmitted', label: t('rounds.ui.col.survey'), show: p.round.hasSurvey },
    { key: 'scheduled', label: t('rounds.ui.col.scheduled'), show: true },
    { key: 'done', label: t('rounds.ui.col.done'), show: true },
  ];
  const shown = columns.filter((c) => c.show);
  const cell = (c: Counts, k: keyof Counts) => `${n(c[k])} / ${n(c.total)}(${formatShare(t, c[k], c.total)})`;

  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t('rounds.ui.progress')}</h2>
      <FiguresAsOf asOf={p.asOf} refresh={refresh} />
      <ul className="stats">
        {shown.map((c) => (
          <li key={c.key} className="card stat">
            <span className="stat__label">{c.label}</span>
            <span className="stat__value">{formatShare(t, p.total[c.key], p.total.total)}</span>
            <span className="muted">{t('rounds.ui.ofTotal', { n: n(p.total[c.key]), total: n(p.total.total) })}</span>
            <progress className="progress-bar" max={Math.max(p.total.total, 1)} value={p.total[c.key]} aria-label={c.label} />
          </li>
        ))}
      </ul>
      {p.total.unassigned > 0 && <Alert kind="error">{t('rounds.ui.unassignedWarning', { n: n(p.total.unassigned) })}</Alert>}
      {round.can.remind && (
        <div className="actions actions--inline">
          {(['sheet', 'survey', 'schedule'] as const)
            .filter((x) => (x === 'sheet' ? p.round.hasSheet : x === 'survey' ? p.round.hasSurvey : true))
            .map((x) => (
              <Button key={x} onClick={() => remind.mutate(x)} busy={remind.isPending && remind.variables === x}>
                {t(`rounds.ui.remind.${x}`)}
              </Button>
            ))}
        </div>
      )}
      <div className="actions actions--inline">
        {p.round.hasSheet && (
          <a className="btn btn--secondary" href={`/api/v1/rounds/${round.id}/answers.csv?kind=sheet`} download>
            {t('rounds.ui.exportSheet')}
          </a>
        )}
        {p.round.hasSurvey && (
          <a className="btn btn--secondary" href={`/api/v1/rounds/${round.id}/answers.csv?kind=survey`} download>
            {t('rounds.ui.exportSurvey')}
          </a>
        )}
      </div>
      {remind.isSuccess && <Alert kind="success">{t('rounds.ui.remindQueued')}</Alert>}
      {remind.error && <Alert kind="error">{remind.error.message}</Alert>}
      <CountsTable
        title={t('rounds.ui.byDepartment')}
        head={t('rounds.ui.department')}
        columns={shown}
        cell={cell}
        rows={p.byDepartment.map((d) => ({
          key: d.id ?? 'none',
          label: d.id && d.name ? deptName({ name: d.name, nameEn: d.nameEn }, locale) : t('ui.employee.noDepartment'),
          counts: d,
        }))}
      />
      <CountsTable
        title={t('rounds.ui.byInterviewer')}
        head={t('rounds.ui.interviewer')}
        columns={shown}
        cell={cell}
        rows={p.byInterviewer.map((d) => ({
          key: d.id ?? 'none',
          label: d.person ? formatName(d.person) : t('rounds.ui.unassigned'),
          counts: d,
        }))}
      />
    </section>
  );
}

type TableProps = {
  title: string;
  head: string;
  columns: { key: keyof Counts; label: string }[];
  cell: (c: Counts, k: keyof Counts) => string;
  rows: { key: string; label: string; counts: Counts }[];
};

/** One breakdown (by department, by interviewer): a row per group, a column per step. */
function CountsTable({ title, head, columns, cell, rows }: TableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <>
      <h3>{title}</h3>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{head}</th>
              <th scope="col" className="num">
                {t('rounds.ui.col.total')}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col" className="num">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{formatNumber(r.counts.total, locale)}</td>
                {columns.map((c) => (
                  <td key={c.key} className="num">
                    {cell(r.counts, c.key)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
