import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots, rounds } from '../../db/schema';
import { rowsOf } from '../../db/rows';
import { addPerson, compareRounds, emptyCounts, type StoredCounts, storedCounts, type ThemeWord, type WordCounts } from './themes-count';
import { runIsLive } from './themes-policy';
import { answerPage, interviewTotal, type TextField, textFields } from './themes-source';
import { wordsOf } from './themes-words';

/**
 * The themes of a round are counted by a batch, not by a request: a round of 100,000 people has a
 * few hundred thousand answers to segment. It reads them a page of people at a time, reports its
 * progress in the database (every app server sees it), and writes the result as snapshots that the
 * page then reads in one row:
 *   themes:<roundId>         what HR sees (top words with their trend), and
 *   themes:<roundId>:counts  every word shown to anyone, for the next round's comparison;
 *   themes:<roundId>:run     the batch at work: started when, how far.
 */
export const themesKey = (roundId: string) => `themes:${roundId}`;
export const countsKey = (roundId: string) => `themes:${roundId}:counts`;
export const runKey = (roundId: string) => `themes:${roundId}:run`;

/** People per page: with the standard forms' ten free-text fields, about 5,000 answers. */
export const PAGE_PEOPLE = 500;
/** Segmenting is CPU work: it yields to the event loop this often, so requests keep being served meanwhile. */
const SLICE_MS = 10;
/** How many words a snapshot lists. */
export const TOP_WORDS = 100;
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

export type Round = typeof rounds.$inferSelect;
export type ThemesData = {
  roundStatus: string;
  respondents: number;
  previousRound: { id: string; name: string; respondents: number } | null;
  words: ThemeWord[];
};
export type CountsData = StoredCounts & { roundStatus: string };
export type RunData = { startedAt: string; done: number; total: number };

class LostRun extends Error {}

/** The launched or closed round before this one (by period, then launch). */
export async function previousRound(db: Db, round: Round): Promise<Round | null> {
  const [row] = await db
    .select()
    .from(rounds)
    .where(
      and(
        inArray(rounds.status, ['launched', 'closed']),
        sql`(${rounds.periodStart}, coalesce(${rounds.launchedAt}, ${rounds.createdAt}), ${rounds.id}) < (${round.periodStart}::date, ${(round.launchedAt ?? round.createdAt).toISOString()}::timestamptz, ${round.id}::uuid)`,
      ),
    )
    .orderBy(sql`${rounds.periodStart} desc, coalesce(${rounds.launchedAt}, ${rounds.createdAt}) desc, ${rounds.id} desc`)
    .limit(1);
  return row ?? null;
}

async function upsert(db: Db, key: string, computedAt: Date, data: unknown) {
  await db
    .insert(insightSnapshots)
    .values({ key, computedAt, data })
    .onConflictDoUpdate({ target: insightSnapshots.key, set: { computedAt, data } });
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Counts one round's words by people, page by page; `progress` is told after every page. */
async function countRound(
  db: Db,
  roundId: string,
  fields: readonly TextField[],
  progress: (people: number) => Promise<void>,
): Promise<WordCounts> {
  const counts = emptyCounts();
  if (!fields.length) return counts;
  for (let after = ZERO_UUID; ; ) {
    const people = await answerPage(db, { roundId, fields, after, size: PAGE_PEOPLE });
    let slice = performance.now();
    for (const person of people) {
      if (person.texts.length) addPerson(counts, wordsOf(person.texts));
      if (performance.now() - slice > SLICE_MS) {
        await yieldToLoop();
        slice = performance.now();
      }
    }
    if (people.length) await progress(people.length);
    if (people.length < PAGE_PEOPLE) return counts;
    after = people.at(-1)!.employeeId;
  }
}

/**
 * Claims the round's batch: one at a time per round, across app servers. The advisory lock makes the
 * claim atomic; the run row, kept fresh by the batch, says it is taken (a row that stopped moving is
 * a batch that died, and may be taken over). Returns the run id, or null when a batch is at work.
 */
export async function claimRun(db: Db, roundId: string): Promise<string | null> {
  const now = new Date();
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${runKey(roundId)})) as ok`));
    if (!lock?.ok) return null;
    const [run] = await tx
      .select({ computedAt: insightSnapshots.computedAt })
      .from(insightSnapshots)
      .where(eq(insightSnapshots.key, runKey(roundId)));
    if (run && runIsLive(run.computedAt, now)) return null;
    const data: RunData = { startedAt: now.toISOString(), done: 0, total: 0 };
    await upsert(tx, runKey(roundId), now, data);
    return data.startedAt;
  });
}

/** Moves the run row on; a run whose row was taken over (it stalled) stops here. */
async function heartbeat(db: Db, roundId: string, runId: string, done: number, total: number) {
  const data: RunData = { startedAt: runId, done, total };
  const rows = await db
    .update(insightSnapshots)
    .set({ computedAt: new Date(), data })
    .where(and(eq(insightSnapshots.key, runKey(roundId)), sql`${insightSnapshots.data} ->> 'startedAt' = ${runId}`))
    .returning({ key: insightSnapshots.key });
  if (!rows.length) throw new LostRun();
}

async function readCounts(db: Db, roundId: string): Promise<CountsData | null> {
  const [row] = await db
    .select({ data: insightSnapshots.data })
    .from(insightSnapshots)
    .where(eq(insightSnapshots.key, countsKey(roundId)));
  return (row?.data as CountsData | undefined) ?? null;
}

/**
 * The batch: counts the round (and the previous round too when it was never counted), compares,
 * and writes the snapshots and clears the run in one transaction.
 */
export async function runThemes(db: Db, round: Round, runId: string): Promise<void> {
  const fields = await textFields(db, round);
  const prev = await previousRound(db, round);
  let previous: StoredCounts | null = prev ? await readCounts(db, prev.id) : null;
  const prevFields = prev && !previous ? await textFields(db, prev) : null;
  const total = (await interviewTotal(db, round.id)) + (prev && prevFields ? await interviewTotal(db, prev.id) : 0);
  let done = 0;
  const progress = async (n: number) => {
    done += n;
    await heartbeat(db, round.id, runId, done, total);
  };
  await heartbeat(db, round.id, runId, 0, total);
  const current = storedCounts(await countRound(db, round.id, fields, progress));
  if (prev && prevFields) {
    previous = storedCounts(await countRound(db, prev.id, prevFields, progress));
    await upsert(db, countsKey(prev.id), new Date(), { ...previous, roundStatus: prev.status } satisfies CountsData);
  }
  const data: ThemesData = {
    roundStatus: round.status,
    respondents: current.respondents,
    previousRound: prev && previous ? { id: prev.id, name: prev.name, respondents: previous.respondents } : null,
    words: compareRounds(current, previous, TOP_WORDS),
  };
  await db.transaction(async (tx) => {
    const [run] = await tx
      .select({ data: insightSnapshots.data })
      .from(insightSnapshots)
      .where(eq(insightSnapshots.key, runKey(round.id)))
      .for('update');
    if ((run?.data as RunData | undefined)?.startedAt !== runId) throw new LostRun();
    const now = new Date();
    await upsert(tx, countsKey(round.id), now, { ...current, roundStatus: round.status } satisfies CountsData);
    await upsert(tx, themesKey(round.id), now, data);
    await tx.delete(insightSnapshots).where(eq(insightSnapshots.key, runKey(round.id)));
  });
}

/** Runs the batch in the background; a failure clears the run so the next read starts again. */
export function startBatch(db: Db, round: Round, runId: string): Promise<void> {
  return runThemes(db, round, runId).catch(async (err: unknown) => {
    if (err instanceof LostRun) return;
    console.error('[mendan] themes batch failed', err);
    await db
      .delete(insightSnapshots)
      .where(and(eq(insightSnapshots.key, runKey(round.id)), sql`${insightSnapshots.data} ->> 'startedAt' = ${runId}`))
      .catch(() => {});
  });
}
