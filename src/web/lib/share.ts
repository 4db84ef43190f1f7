import type { TFunction } from 'i18next';
import { sharePercent } from '../../domain/shared/format';

/** 「12%」, or 「1%未満」 for a nonzero share that would round to 0% (never 0% beside 「1 / 294人」). */
export function formatShare(t: TFunction, n: number, total: number): string {
  const p = sharePercent(n, total);
  return p === 'under1' ? t('percent.underOne') : t('percent.value', { n: p });
}
