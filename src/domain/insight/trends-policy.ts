import { FIGURES_MAX_AGE_MS } from '../shared/figures';
import { MIN_GROUP } from './policy';

/** How HR can cut the survey scales: department as at launch, current grade, tenure at the round's start. */
export const TREND_DIMENSIONS = ['department', 'grade', 'tenure'] as const;
export type TrendDimension = (typeof TREND_DIMENSIONS)[number];

/** At most this many rounds side by side: more points than that stop reading as a trend on one screen. */
export const TRENDS_MAX_ROUNDS = 8;

/**
 * A launched round's trends and risk signs are recounted in the background once older than this, so that
 * a reader seldom meets figures near the bound (FIGURES_MAX_AGE_MS) they are never served past; a closed
 * round's are counted once after it closed.
 */
export const SNAPSHOT_TTL_MS = 60_000;

/**
 * One request recomputes stale rounds until this much time has passed, then answers with what it has
 * (the rest marked pending): at 100,000 surveys a round takes seconds, and eight of them in one request
 * would outlast any proxy's patience.
 */
export const RECOMPUTE_BUDGET_MS = 1_500;

/**
 * Tenure buckets: `years` is the upper bound (exclusive), so a person exactly one year in is in 1–3y.
 * The SQL of the aggregate is generated from this list, so the two can never disagree.
 */
export const TENURE_BUCKETS = [
  { id: 'lt1', years: 1 },
  { id: 'y1to3', years: 3 },
  { id: 'y3to5', years: 5 },
  { id: 'y5to10', years: 10 },
  { id: 'y10plus', years: null },
] as const;
export type TenureBucket = (typeof TENURE_BUCKETS)[number]['id'];

/** `on` minus whole years, as PostgreSQL's `date - interval 'n years'` does it (29 Feb → 28 Feb). */
export function yearsBefore(on: string, years: number): string {
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The tenure bucket of someone hired on `hireDate`, counted on `on` (both YYYY-MM-DD); null when unknown. */
export function tenureBucket(hireDate: string | null | undefined, on: string): TenureBucket | null {
  if (!hireDate) return null;
  for (const b of TENURE_BUCKETS) if (b.years === null || hireDate > yearsBefore(on, b.years)) return b.id;
  return 'y10plus';
}

/**
 * Scales where a low answer is the worrying one *about the future*: 「今後のキャリアに不安はない」 is asked
 * so that agreeing is good, hence 1–2 means much worry. Labelled as such wherever it is shown.
 */
export const LOW_MEANS_WORRY: ReadonlySet<string> = new Set(['careerAnxiety']);

export type Stat = { n: number; avg: number; dist: number[] };
export type Shown = { suppressed: false; average: number; respondents: number; distribution: number[] };
export type Hidden = { suppressed: true };

/**
 * Which groups of one dimension to hide. Every group under MIN_GROUP is hidden — and when the hidden
 * groups together hold fewer than MIN_GROUP people, the smallest shown groups are hidden too: with the
 * overall figure and every other group on screen, the remainder could otherwise be worked out by
 * subtraction (a group of one would be laid bare).
 */
export function hiddenKeys(groups: { key: string; n: number }[]): Set<string> {
  const hidden = new Set(groups.filter((g) => g.n < MIN_GROUP).map((g) => g.key));
  let remainder = groups.filter((g) => hidden.has(g.key)).reduce((s, g) => s + g.n, 0);
  const shown = groups.filter((g) => !hidden.has(g.key)).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  while (remainder > 0 && remainder < MIN_GROUP && shown.length) {
    const next = shown.shift()!;
    hidden.add(next.key);
    remainder += next.n;
  }
  return hidden;
}

export const present = (s: Stat, hide: boolean): Shown | Hidden =>
  hide || s.n < MIN_GROUP ? { suppressed: true } : { suppressed: false, average: s.avg, respondents: s.n, distribution: s.dist };

/**
 * Whether a stored snapshot may be used as is: a closed round's when computed after it closed (its
 * answers can no longer change); a launched round's for SNAPSHOT_TTL_MS. `refresh` recomputes a
 * launched round only — a closed one has nothing new to count.
 */
export function isFresh(
  snap: { computedAt: Date; version: number } | undefined,
  round: { status: string; updatedAt: Date },
  opts: { now: number; version: number; refresh?: boolean },
): boolean {
  if (!snap || snap.version !== opts.version) return false;
  if (round.status === 'closed') return snap.computedAt.getTime() >= round.updatedAt.getTime();
  return !opts.refresh && opts.now - snap.computedAt.getTime() < SNAPSHOT_TTL_MS;
}

/**
 * Whether a stored snapshot may still be shown while its recount runs: of the current format, and either
 * final (a closed round counted after it closed) or younger than the bound every view states
 * (FIGURES_MAX_AGE_MS). Past that a reader sees 「集計中」 rather than old figures.
 */
export function isServable(
  snap: { computedAt: Date; version: number } | undefined,
  round: { status: string; updatedAt: Date },
  opts: { now: number; version: number },
): boolean {
  if (!snap || snap.version !== opts.version) return false;
  if (round.status === 'closed' && snap.computedAt.getTime() >= round.updatedAt.getTime()) return true;
  return opts.now - snap.computedAt.getTime() < FIGURES_MAX_AGE_MS;
}
