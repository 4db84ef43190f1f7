import type { TFunction } from 'i18next';

/** 「2026年度上期」 from `2026H1`. */
export const periodLabel = (t: TFunction, period: string) =>
  t('reflection.period', { year: period.slice(0, 4), half: t(`reflection.half.${period.slice(5)}`) });
