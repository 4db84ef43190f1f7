import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../domain/forms/definition';
import type { TrendDimension } from '../../../domain/insight/trends-policy';

// The shape of GET /insight/trends, and the labels every part of the page shares.
export type Point = { suppressed: false; average: number; respondents: number; distribution: number[] } | { suppressed: true } | null;
export type TrendField = {
  id: string;
  label: LocalizedText;
  lowMeansWorry: boolean;
  scaleLabels: { min: LocalizedText; max: LocalizedText } | null;
};
export type TrendRound = { id: string; name: string; status: string; periodStart: string; asOf: string | null; pending: boolean };
export type TrendGroup = { key: string | null; name: string | null; nameEn: string | null; points: Point[] };
export type TrendsData = {
  dimension: TrendDimension;
  field: string;
  minGroup: number;
  fields: TrendField[];
  rounds: TrendRound[];
  overall: Point[];
  groups: TrendGroup[];
};

/** A key for React and for the chart's series: the unknown group has no key of its own. */
export const groupId = (g: Pick<TrendGroup, 'key'>) => g.key ?? '~none';

export const avgText = (avg: number) => avg.toFixed(2);

/** The groups whose label contains the text, width and case aside (「ｴｲｷﾞｮｳ」 finds 「エイギョウ」); all for blank text. */
export function filterGroups<G>(groups: G[], labelOf: (g: G) => string, text: string): G[] {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();
  const needle = fold(text.trim());
  return needle ? groups.filter((g) => fold(labelOf(g)).includes(needle)) : groups;
}

/** A group's name in the UI language: departments by name, grades as written, tenure by bucket. */
export function useGroupLabel(dimension: TrendDimension) {
  const { t, i18n } = useTranslation();
  return (g: Pick<TrendGroup, 'key' | 'name' | 'nameEn'>): string => {
    if (dimension === 'tenure') return g.key ? t(`trends.tenure.${g.key}`) : t('trends.ui.unknownTenure');
    if (dimension === 'grade') return g.key ?? t('trends.ui.unknownGrade');
    if (!g.key || !g.name) return t('trends.ui.unknownDepartment');
    return i18n.language === 'en' && g.nameEn ? g.nameEn : g.name;
  };
}

/** One cell's words: the average and respondents, or why there is no number. */
export function usePointText() {
  const { t } = useTranslation();
  return (p: Point, pending: boolean): string => {
    if (!p) return pending ? t('trends.ui.pendingCell') : t('trends.ui.noDataLabel');
    if (p.suppressed) return t('trends.ui.suppressed');
    return t('trends.ui.averageOf', { avg: avgText(p.average), n: p.respondents });
  };
}
