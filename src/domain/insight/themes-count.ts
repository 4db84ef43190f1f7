import { MIN_GROUP } from './policy';

/**
 * Counting words by people, not by occurrences: someone who writes 残業 five times is one person
 * worried about overtime. Pure functions over plain data, so a batch can feed them page by page.
 */
export type WordCounts = {
  /** People with at least one non-empty free-text answer. */
  respondents: number;
  people: Map<string, number>;
  /** How people wrote a word whose key differs (AWS for aws, サーバー for サーバ), by people. */
  surfaces: Map<string, Map<string, number>>;
};

export const emptyCounts = (): WordCounts => ({ respondents: 0, people: new Map(), surfaces: new Map() });

/** Adds one person: their distinct words (key → how they wrote it), from wordsOf. */
export function addPerson(counts: WordCounts, words: ReadonlyMap<string, string>, answered = true): void {
  if (answered) counts.respondents++;
  for (const [word, surface] of words) {
    counts.people.set(word, (counts.people.get(word) ?? 0) + 1);
    if (surface === word) continue;
    const s = counts.surfaces.get(word) ?? new Map<string, number>();
    s.set(surface, (s.get(surface) ?? 0) + 1);
    counts.surfaces.set(word, s);
  }
}

/** The most common way a word was written, when people did not write it as its key. */
function labelOf(counts: WordCounts, word: string): string {
  const s = counts.surfaces.get(word);
  if (!s) return word;
  let best = word;
  let n = (counts.people.get(word) ?? 0) - [...s.values()].reduce((a, b) => a + b, 0);
  for (const [surface, m] of s) if (m > n) [best, n] = [surface, m];
  return best;
}

/** What a round's snapshot keeps of its counts: every word shown to anyone, i.e. mentioned by MIN_GROUP or more. */
export type StoredCounts = { respondents: number; people: Record<string, number>; labels: Record<string, string> };

export function storedCounts(counts: WordCounts, min = MIN_GROUP): StoredCounts {
  const people: Record<string, number> = {};
  const labels: Record<string, string> = {};
  for (const [word, n] of counts.people) {
    if (n < min) continue;
    people[word] = n;
    const label = labelOf(counts, word);
    if (label !== word) labels[word] = label;
  }
  return { respondents: counts.respondents, people, labels };
}

export type TopWord = { word: string; label: string; people: number };

/** The words most people mention, most first; a word under MIN_GROUP people is never among them. */
export function topWords(stored: StoredCounts, limit: number, min = MIN_GROUP): TopWord[] {
  return Object.entries(stored.people)
    .filter(([, n]) => n >= min)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'ja'))
    .slice(0, limit)
    .map(([word, people]) => ({ word, label: stored.labels[word] ?? word, people }));
}

export const TRENDS = ['new', 'rising', 'falling', 'steady'] as const;
export type Trend = (typeof TRENDS)[number];

/** A share must move by this factor (or its inverse) to count as rising or falling … */
export const TREND_RATIO = 1.2;
/** … and by more than chance would explain (two-proportion z-test, about 95 %). */
export const TREND_Z = 1.96;

/**
 * How a word moved since the previous round, by its share of respondents (rounds differ in size, so
 * raw counts would all "rise" when more people answered). 'new': not shown last time (under
 * MIN_GROUP people, or not mentioned); null: there is no previous round to compare with.
 */
export function trendOf(
  now: { people: number; respondents: number },
  before: { people: number; respondents: number } | null,
  min = MIN_GROUP,
): Trend | null {
  if (!before || before.respondents === 0) return null;
  if (before.people < min) return 'new';
  const p1 = now.people / Math.max(now.respondents, 1);
  const p0 = before.people / before.respondents;
  const pooled = (now.people + before.people) / (Math.max(now.respondents, 1) + before.respondents);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / Math.max(now.respondents, 1) + 1 / before.respondents));
  const z = se > 0 ? (p1 - p0) / se : 0;
  if (p1 >= p0 * TREND_RATIO && z >= TREND_Z) return 'rising';
  if (p1 * TREND_RATIO <= p0 && z <= -TREND_Z) return 'falling';
  return 'steady';
}

export type ThemeWord = TopWord & { previous: number | null; trend: Trend | null };

/**
 * The top words with the previous round's count beside them. A previous count under MIN_GROUP is
 * not given (null), for the same reason it was not shown then.
 */
export function compareRounds(current: StoredCounts, previous: StoredCounts | null, limit: number, min = MIN_GROUP): ThemeWord[] {
  return topWords(current, limit, min).map((w) => {
    const before = previous ? (previous.people[w.word] ?? 0) : null;
    const trend = trendOf(
      { people: w.people, respondents: current.respondents },
      previous && before !== null ? { people: before, respondents: previous.respondents } : null,
      min,
    );
    return { ...w, previous: before !== null && before >= min ? before : null, trend };
  });
}
