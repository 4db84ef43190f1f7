import { MIN_GROUP } from '../insight/policy';

/**
 * The seed's four cautions for a career interview (キャリア面談で注意したい4つのポイント), each asked of the
 * employee as one 5-point question, and each with its own signal from the record (signals.ts).
 */
export const CAUTIONS = ['listen', 'strengths', 'support', 'followUp'] as const;
export type Caution = (typeof CAUTIONS)[number];

/**
 * Figures are counted per fixed half-year of the fiscal year (上期 April–September, 下期 October–March),
 * and shown only once the half-year has closed: with fixed, disjoint periods no two windows overlap, and a
 * closed period takes no new answer (an answer counts in the period it was sent in, and is final), so no
 * difference between two readings can reveal one answer. `2026H1` = 2026年度上期.
 */
export type Period = `${number}H${1 | 2}`;

export function periodOf(day: string): Period {
  const [y, m] = day.split('-').map(Number) as [number, number];
  if (m >= 4 && m <= 9) return `${y}H1`;
  return m >= 10 ? `${y}H2` : `${y - 1}H2`;
}

const parse = (p: string) => ({ year: Number(p.slice(0, 4)), half: p.endsWith('H1') ? 1 : 2 });

export const previousPeriod = (p: string): Period => {
  const { year, half } = parse(p);
  return half === 2 ? `${year}H1` : `${year - 1}H2`;
};

/** First and last day (YYYY-MM-DD) of a period. */
export function periodRange(p: string): { from: string; to: string } {
  const { year, half } = parse(p);
  return half === 1 ? { from: `${year}-04-01`, to: `${year}-09-30` } : { from: `${year}-10-01`, to: `${year + 1}-03-31` };
}

export const isPeriod = (p: string): p is Period => /^\d{4}H[12]$/.test(p);

/** The last closed period on `today`, and the `count` closed ones before it, newest first. */
export function closedPeriods(today: string, count: number): Period[] {
  const out: Period[] = [];
  let p = previousPeriod(periodOf(today));
  for (let i = 0; i < count; i++, p = previousPeriod(p)) out.push(p);
  return out;
}

/** Averages of the four questions over n answers; null (suppressed) below MIN_GROUP answers. */
export type Scores = { n: number; scores: Record<Caution, number> | null };

export const suppressScores = (n: number, avg: Record<Caution, number>): Scores =>
  n < MIN_GROUP ? { n, scores: null } : { n, scores: avg };

/**
 * The caution to work on: the lowest own average, compared with the company's (own minus company) so
 * that a question everyone scores low on is not blamed on one person; ties go to the seed's order.
 */
export function weakest(own: Record<Caution, number>, company: Record<Caution, number> | null): Caution {
  let best: Caution = CAUTIONS[0];
  let bestGap = Number.POSITIVE_INFINITY;
  for (const c of CAUTIONS) {
    const gap = own[c] - (company?.[c] ?? 0);
    if (gap < bestGap - 1e-9) {
      best = c;
      bestGap = gap;
    }
  }
  return best;
}

/** The weakest caution from the record's signals when no answers can be shown: the lowest rate. */
export function weakestSignal(rates: Partial<Record<Caution, number | null>>): Caution | null {
  let best: Caution | null = null;
  for (const c of CAUTIONS) {
    const r = rates[c];
    if (r == null) continue;
    if (best === null || r < (rates[best] as number) - 1e-9) best = c;
  }
  return best;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
