import { type Locale, translator } from '../../i18n';
import type { Reason } from './match';
import type { CandidateReason } from './responses';

/** A reason HR should weigh rather than count: it earns nothing and may speak against the move. */
export function isCaution(r: Reason): boolean {
  return r.code === 'trackDiffers' || r.code === 'noSkills' || (r.code === 'relocation' && r.params.relocation === 'no');
}

/**
 * A reason in words, in the reader's language: 「必要スキル3つ中2つ(TypeScript レベル4、設計 レベル3)」.
 * Enum values are words from the catalog; names (skills, the desired role) are shown as written.
 */
export function reasonText(r: Reason, locale: Locale): string {
  const t = translator(locale);
  const p = r.params;
  switch (r.code) {
    case 'track':
    case 'trackDiffers':
      return t(`placement.reasons.${r.code}`, { track: t(`placement.trackShort.${p.track}`) });
    case 'timeframe':
      return t('placement.reasons.timeframe', { timeframe: t(`placement.timeframe.${p.timeframe}`) });
    case 'relocation':
      return t('placement.reasons.relocation', { relocation: t(`placement.relocation.${p.relocation}`) });
    case 'skills': {
      const list = (r.skills ?? [])
        .map((s) => t('placement.reasons.skillLevel', { name: s.name, level: s.level }))
        .join(t('placement.reasons.separator'));
      return t('placement.reasons.skills', { matched: p.matched, required: p.required, list });
    }
    case 'roleFit':
      return p.shortfall === 0 ? t('careerGaps.reasons.roleReady', p) : t('careerGaps.reasons.roleFit', p);
    default:
      return t(`placement.reasons.${r.code}`, p);
  }
}

export const presentReason = (r: Reason, locale: Locale): CandidateReason => ({
  code: r.code,
  points: r.points,
  caution: isCaution(r),
  text: reasonText(r, locale),
});
