import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatName, formatNumber } from '../../../domain/shared/format';
import { isNotFound } from '../../api';
import { FiguresAsOf, useFigures } from '../../components/figures';
import { Alert, Button } from '../../components/forms';
import { Loading, NotFound, PageHeader, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';
import { RoundRatings } from '../record/RoundRatings';
import type { Counts, PlanStats, Progress } from '../rounds/types';
import { ExportButton } from './ExportButton';
import { FUNNEL, FunnelChart, pct } from './Funnel';

function PlanCells({ plan }: { plan: PlanStats | undefined }) {
  const p = plan ?? { items: 0, done: 0, overdue: 0 };
  return (
    <>
      <td className="num">{p.items}</td>
      <td className="num">{p.items ? `${pct(p.done, p.items)}%` : '—'}</td>
      <td className="num">{p.items ? `${pct(p.overdue, p.items)}%` : '—'}</td>
    </>
  );
}

function FunnelTable({
  caption,
  rows,
  withPlan,
}: {
  caption: string;
  rows: { key: string; label: string; counts: Counts; plan?: PlanStats }[];
  withPlan: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insight.ui.group')}</th>
            <th scope="col" className="num">
              {t('insight.ui.people')}
            </th>
            {FUNNEL.map((k) => (
              <th scope="col" className="num" key={k}>
                {t(`insight.funnel.${k}`)}
              </th>
            ))}
            {withPlan && (
              <>
                <th scope="col" className="num">
                  {t('insight.ui.planItems')}
                </th>
                <th scope="col" className="num">
                  {t('insight.ui.planDoneRate')}
                </th>
                <th scope="col" className="num">
                  {t('insight.ui.planOverdueRate')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatNumber(r.counts.total, locale)}</td>
              {FUNNEL.map((k) => (
                <td className="num" key={k}>
                  {pct(r.counts[k], r.counts.total)}%
                </td>
              ))}
              {withPlan && <PlanCells plan={r.plan} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /rounds/:id/dashboard — HR's view of a round: the funnel, plan completion, by department and interviewer, ratings. */
export function RoundDashboardPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const { query: q, refresh } = useFigures<Progress>(['round-progress', id], `/rounds/${id}/progress`);
  usePageTitle(q.data ? t('insight.ui.dashboardOf', { round: q.data.round.name }) : t('insight.ui.dashboard'));
  if (isNotFound(q.error)) return <NotFound />;
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const p = q.data;
  const plan = p.plan ?? { items: 0, done: 0, overdue: 0 };
  const dept = (d: Progress['byDepartment'][number]) =>
    d.id ? (i18n.language === 'en' && d.nameEn ? d.nameEn : (d.name ?? '')) : t('insight.ui.noDepartment');
  return (
    <section className="page">
      <p className="back-link">
        <Link to={`/rounds/${id}`}>{t('insight.ui.backToRound')}</Link>
      </p>
      <PageHeader title={t('insight.ui.dashboardOf', { round: p.round.name })}>
        <Button className="no-print" onClick={() => window.print()}>
          {t('insight.ui.printReport')}
        </Button>
      </PageHeader>
      <div className="no-print">
        <ExportButton kind="roundProgress" params={{ roundId: id }} />
      </div>
      <FiguresAsOf asOf={p.asOf} refresh={refresh} />
      <div className="dashboard-grid">
        <section className="card" aria-labelledby="funnel-title">
          <h2 id="funnel-title">{t('insight.ui.funnel')}</h2>
          <FunnelChart counts={p.total} />
        </section>
        <section className="card" aria-labelledby="plan-title">
          <h2 id="plan-title">{t('insight.ui.plan')}</h2>
          <ul className="stats">
            <li className="card stat">
              <span className="stat__label">{t('insight.ui.planItems')}</span>
              <span className="stat__value">{formatNumber(plan.items, locale)}</span>
            </li>
            <li className="card stat">
              <span className="stat__label">{t('insight.ui.planDoneRate')}</span>
              <span className="stat__value">{plan.items ? `${pct(plan.done, plan.items)}%` : '—'}</span>
            </li>
            <li className="card stat">
              <span className="stat__label">{t('insight.ui.planOverdueRate')}</span>
              <span className="stat__value">{plan.items ? `${pct(plan.overdue, plan.items)}%` : '—'}</span>
            </li>
          </ul>
        </section>
      </div>
      <FunnelTable
        caption={t('insight.ui.byDepartment')}
        withPlan
        rows={p.byDepartment.map((d) => ({ key: d.id ?? 'none', label: dept(d), counts: d, plan: d.plan }))}
      />
      <FunnelTable
        caption={t('insight.ui.byInterviewer')}
        withPlan={false}
        rows={p.byInterviewer.map((r) => ({
          key: r.id ?? 'none',
          label: r.person ? formatName(r.person) : t('insight.ui.unassigned'),
          counts: r,
        }))}
      />
      <RoundRatings roundId={id} />
    </section>
  );
}
