import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';

export type Scores = Schemas['ReflectionScores'];
export type Signal = Schemas['ReflectionSignal'];
export type Caution = Signal['caution'];

/** One average, or the reason it is not shown (never a number from fewer than five answers). */
export function Score({ s, caution }: { s: Scores; caution: Caution }) {
  const { t } = useTranslation();
  if (!s.scores) return <span className="muted">{t('reflection.hr.hidden')}</span>;
  return <strong>{formatNumber(s.scores[caution], currentLocale())}</strong>;
}

/** 「3/4件 (75%)」 or 「対象なし」. */
export function SignalRate({ s }: { s: Signal | undefined }) {
  const { t } = useTranslation();
  if (!s?.of || s.rate === null) return <span className="muted">{t('reflection.card.noCases')}</span>;
  return (
    <span>
      {t('reflection.card.signalRate', { met: s.met, of: s.of })} ({Math.round(s.rate * 100)}%)
    </span>
  );
}

/** Under a column: how many answers it counts, or why it is hidden. */
export function CountNote({ s, min, hiddenKey = 'reflection.card.suppressed' }: { s: Scores; min: number; hiddenKey?: string }) {
  const { t } = useTranslation();
  return <span className="muted small">{s.scores ? t('reflection.card.n', { n: s.n }) : t(hiddenKey, { min })}</span>;
}
