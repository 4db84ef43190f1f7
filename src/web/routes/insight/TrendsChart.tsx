import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { avgText, groupId, type Point, type TrendGroup, type TrendRound, usePointText } from './TrendsLabels';

// Okabe–Ito colours: told apart with the common colour-vision differences; "everyone" is the dark dashed line.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C564B', '#7F3C8D'];
const OVERALL = '#1f2937';

type Series = { id: string; label: string; points: Point[] };

type Props = {
  rounds: TrendRound[];
  overall: Point[];
  groups: TrendGroup[];
  labelOf: (g: TrendGroup) => string;
  fieldLabel: string;
  dimensionLabel: string;
};

/**
 * Averages per group across rounds as lines on the 1–5 scale. A hidden or missing point leaves a gap
 * rather than a guess. The chart pictures the table below it, so screen readers get the same numbers
 * as its label.
 */
export function TrendsChart({ rounds, overall, groups, labelOf, fieldLabel, dimensionLabel }: Props) {
  const { t } = useTranslation();
  const pointText = usePointText();
  const series: Series[] = [
    { id: 'overall', label: t('trends.ui.overall'), points: overall },
    ...groups.map((g) => ({ id: groupId(g), label: labelOf(g), points: g.points })),
  ];
  const data = rounds.map((r, k) => ({
    round: r.name,
    ...Object.fromEntries(series.map((s, n) => [`s${n}`, s.points[k] && !s.points[k].suppressed ? s.points[k].average : null])),
  }));
  const summary = series
    .map((s) => {
      const values = s.points.map(
        (p, k) => `${rounds[k]?.name} ${p && !p.suppressed ? avgText(p.average) : pointText(p, !!rounds[k]?.pending)}`,
      );
      return t('trends.ui.seriesSummary', { label: s.label, values: values.join(t('trends.ui.listSep')) });
    })
    .join(t('trends.ui.seriesSep'));
  return (
    <div className="chart" role="img" aria-label={t('trends.ui.chartSummary', { field: fieldLabel, dimension: dimensionLabel, summary })}>
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={data} margin={{ left: 8, right: 24, top: 16, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="round" interval="preserveStartEnd" minTickGap={8} tick={{ fontSize: 12 }} padding={{ left: 48, right: 48 }} />
          <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={32} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? avgText(v) : String(v))} />
          <Legend />
          {series.map((s, n) => (
            <Line
              key={s.id}
              type="linear"
              dataKey={`s${n}`}
              name={s.label}
              stroke={n === 0 ? OVERALL : COLOURS[(n - 1) % COLOURS.length]}
              strokeWidth={n === 0 ? 3 : 2}
              strokeDasharray={n === 0 ? '6 4' : undefined}
              dot={{ r: 4 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
