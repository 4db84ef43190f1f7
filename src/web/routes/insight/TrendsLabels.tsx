import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api-contract';

// The shape of GET /insight/trends (from the generated contract), and the labels every part of the page shares.
export type TrendsData = Schemas['Trends'];
export type Point = Schemas['TrendPoint'];
export type TrendField = Schemas['TrendField'];
export type TrendRound = TrendsData['rounds'][number];
export type TrendGroup = TrendsData['groups'][number];

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
export function useGroupLabel(dimension: TrendsData['dimension']) {
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
