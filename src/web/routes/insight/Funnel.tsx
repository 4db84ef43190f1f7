import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Counts } from '../rounds/types';

export const FUNNEL = ['sheetSubmitted', 'surveySubmitted', 'scheduled', 'done', 'planConfirmed', 'followedUp'] as const;
export type FunnelCounts = Pick<Counts, (typeof FUNNEL)[number] | 'total'>;

export const pct = (n: number | undefined, total: number) => (total ? Math.round(((n ?? 0) / total) * 1000) / 10 : 0);

/**
 * The completion funnel as a bar chart — sheet → survey → scheduled → held → plan confirmed → followed up.
 * The chart is a picture of the table next to it, so screen readers get its summary as the label.
 */
export function FunnelChart({ counts, stages = FUNNEL }: { counts: FunnelCounts; stages?: readonly (typeof FUNNEL)[number][] }) {
  const { t } = useTranslation();
  const data = stages.map((k) => ({ stage: t(`insight.funnel.${k}`), pct: pct(counts[k], counts.total), n: counts[k] ?? 0 }));
  const summary = data.map((d) => `${d.stage} ${d.pct}%`).join('、');
  return (
    <div className="chart" role="img" aria-label={t('insight.ui.funnelSummary', { summary })}>
      <ResponsiveContainer width="100%" height={60 + stages.length * 36}>
        <BarChart data={data} layout="vertical" margin={{ left: 24, right: 48, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="stage" width={140} />
          <Tooltip formatter={(v) => `${v}%`} />
          <Bar dataKey="pct" fill="#1d4ed8" isAnimationActive={false}>
            <LabelList dataKey="pct" position="right" formatter={(v) => `${v}%`} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
