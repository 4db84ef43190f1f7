import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/shared/format';
import { currentLocale } from '../../i18n';
import { formatShare } from '../../lib/share';
import { avgText, groupId, type Point, type TrendGroup, type TrendRound } from './TrendsLabels';

function PointCell({ p, pending }: { p: Point; pending: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!p) return <td className="muted">{pending ? t('trends.ui.pendingCell') : t('trends.ui.noDataLabel')}</td>;
  if (p.suppressed) return <td className="muted">{t('trends.ui.suppressed')}</td>;
  return (
    <td className="num">
      <strong>{avgText(p.average)}</strong>{' '}
      <span className="muted">({t('trends.ui.respondents', { n: formatNumber(p.respondents, locale) })})</span>
    </td>
  );
}

type TableProps = {
  caption: string;
  rounds: TrendRound[];
  overall: Point[];
  groups: TrendGroup[];
  labelOf: (g: TrendGroup) => string;
  charted: ReadonlySet<string>;
  onChart: (id: string, on: boolean) => void;
};

/** The chart's numbers as a table: average and respondents per group and round; the chart's groups are chosen here. */
export function TrendsTable({ caption, rounds, overall, groups, labelOf, charted, onChart }: TableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trends.ui.inChart')}</th>
            <th scope="col">{t('trends.ui.group')}</th>
            {rounds.map((r) => (
              <th scope="col" key={r.id}>
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <td />
            <th scope="row">{t('trends.ui.overall')}</th>
            {rounds.map((r, k) => (
              <PointCell key={r.id} p={overall[k] ?? null} pending={r.pending} />
            ))}
          </tr>
          {groups.map((g) => {
            const label = labelOf(g);
            return (
              <tr key={groupId(g)}>
                <td>
                  <input
                    type="checkbox"
                    checked={charted.has(groupId(g))}
                    onChange={(e) => onChart(groupId(g), e.target.checked)}
                    aria-label={t('trends.ui.showInChart', { group: label })}
                  />
                </td>
                <th scope="row" className="nowrap">
                  {label}
                </th>
                {rounds.map((r, k) => (
                  <PointCell key={r.id} p={g.points[k] ?? null} pending={r.pending} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

type DistributionProps = { caption: string; index: number; overall: Point[]; groups: TrendGroup[]; labelOf: (g: TrendGroup) => string };

/** How people answered 1 to 5 in one round, per group, as shares of the respondents. */
export function DistributionTable({ caption, index, overall, groups, labelOf }: DistributionProps) {
  const { t } = useTranslation();
  const rows = [
    { id: 'overall', label: t('trends.ui.overall'), p: overall[index] ?? null },
    ...groups.map((g) => ({ id: groupId(g), label: labelOf(g), p: g.points[index] ?? null })),
  ];
  return (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trends.ui.group')}</th>
            {[1, 2, 3, 4, 5].map((n) => (
              <th scope="col" className="num" key={n}>
                {t('trends.ui.scorePoint', { n })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ id, label, p }) => (
            <tr key={id}>
              <th scope="row">{label}</th>
              {!p ? (
                <td colSpan={5} className="muted">
                  {t('trends.ui.noDataLabel')}
                </td>
              ) : p.suppressed ? (
                <td colSpan={5} className="muted">
                  {t('trends.ui.suppressed')}
                </td>
              ) : (
                p.distribution.map((c, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the five columns are the scale's points 1–5
                  <td className="num" key={k}>
                    {formatShare(t, c, p.respondents)}
                  </td>
                ))
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
