import { useTranslation } from 'react-i18next';
import { CAUTIONS } from '../../../domain/reflection/rules';
import type { Schemas } from '../../api-contract';

export type Scores = Schemas['ReflectionScores'];
export type Signal = Schemas['ReflectionSignal'];
export type Caution = Signal['caution'];

// Averages read alike with two decimals (3.80, not 3.8); the decimal mark is the same in both languages.
const TWO = new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** One average, or the reason it is not shown (never a number from fewer than five answers). */
export function Score({ s, caution }: { s: Scores; caution: Caution }) {
  const { t } = useTranslation();
  if (!s.scores) return <span className="muted">{t('reflection.hr.hidden')}</span>;
  return <strong>{TWO.format(s.scores[caution])}</strong>;
}

/** A column heading per caution (its short name), in the seed's order. */
export function CautionHeads() {
  const { t } = useTranslation();
  return CAUTIONS.map((c) => (
    <th key={c} scope="col">
      {t(`reflection.cautions.${c}.short`)}
    </th>
  ));
}

/** A row's average per caution, under CautionHeads. */
export function CautionScores({ s }: { s: Scores }) {
  return CAUTIONS.map((c) => (
    <td key={c}>
      <Score s={s} caution={c} />
    </td>
  ));
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
export function CountNote({
  s,
  min,
  hiddenKey = 'reflection.card.suppressed',
  countOnly,
}: {
  s: Scores;
  min: number;
  hiddenKey?: string;
  countOnly?: boolean;
}) {
  const { t } = useTranslation();
  // HR's wide table states the rule once in its lead; each row gives its count only.
  if (countOnly || s.scores) return <span className="muted small">{t('reflection.card.n', { n: s.n })}</span>;
  return <span className="muted small">{t(hiddenKey, { min })}</span>;
}
