import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots, rounds } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import { storeSnapshot } from '../aggregates/store';
import { addPerson, compareRounds, emptyCounts, type StoredCounts, storedCounts, type ThemeWord, type WordCounts } from './themes-count';
import { answerPage, interviewTotal, type TextField, textFields } from './themes-source';
import { wordsOf } from './themes-words';

/**
 * The themes of a round are counted by a `themes.count` job, not by a request: a round of 100,000 people
 * has a few hundred thousand answers to segment. It reads them a page of people at a time, reports its
 * progress in the database (every app server sees it), and writes the result as snapshots that the
 * page then reads in one row:
 *   themes:<roundId>         what HR sees (top words with their trend), and
 *   themes:<roundId>:counts  every word shown to anyone, for the next round's comparison;
 *   themes:<roundId>:run     the count queued or at work: its job, which try counts, how far.
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
/**
 * A try still running after this long is taken for dead by pg-boss and retried (the retry starts over).
 * Twice pg-boss's default: a slow count of a large round must not be taken over while it works.
 */
export const COUNT_EXPIRE_SECONDS = 30 * 60;

export type Round = typeof rounds.$inferSelect;
export type ThemesData = {
  roundStatus: string;
  respondents: number;
  previousRound: { id: string; name: string; respondents: number } | null;
  words: ThemeWord[];
};
export type CountsData = StoredCounts & { roundStatus: string };
/** The run row: the round's queued count (`runId`, its pg-boss job), the try at work (`attempt`), how far. */
export type RunData = { runId: string; jobId: string; attempt: string | null; startedAt: string; done: number; total: number };
export type CountJob = { roundId: string; runId: string };

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
 * Queues the round's count and writes its run row, in one transaction. When a count of the round is
 * queued already (another server, a moment ago), that one stays, with its run row: false.
 */
export async function queueCount(db: Db, jobs: JobQueue, roundId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const runId = randomUUID();
    const job: CountJob = { roundId, runId };
    const jobId = await jobs.send(tx, 'themes.count', job, { singletonKey: themesKey(roundId), expireInSeconds: COUNT_EXPIRE_SECONDS });
    if (!jobId) return false;
    const now = new Date();
    const run: RunData = { runId, jobId, attempt: null, startedAt: now.toISOString(), done: 0, total: 0 };
    await storeSnapshot(tx, runKey(roundId), now, run);
    return true;
  });
}

/**
 * Takes the run for this try of the job: a new attempt id, progress from zero (a retry after a dead try
 * starts over). Null when the run row is another count's (a newer one was queued) or gone (counted).
 */
async function claim(db: Db, job: CountJob): Promise<RunData | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ data: insightSnapshots.data })
      .from(insightSnapshots)
      .where(eq(insightSnapshots.key, runKey(job.roundId)))
      .for('update');
    const run = row?.data as RunData | undefined;
    if (!run || run.runId !== job.runId) return null;
    const now = new Date();
    const claimed: RunData = { ...run, attempt: randomUUID(), startedAt: now.toISOString(), done: 0, total: 0 };
    await storeSnapshot(tx, runKey(job.roundId), now, claimed);
    return claimed;
  });
}

/** Writes how far the count is; a try whose run was taken since (a newer count, or a retry) stops here. */
async function report(db: Db, roundId: string, run: RunData) {
  const rows = await db
    .update(insightSnapshots)
    .set({ computedAt: new Date(), data: run })
    .where(and(eq(insightSnapshots.key, runKey(roundId)), sql`${insightSnapshots.data} ->> 'attempt' = ${run.attempt}`))
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
 * Counts the round (and the previous round too when it was never counted), compares, and writes the
 * snapshots and clears the run in one transaction.
 */
async function countThemes(db: Db, round: Round, run: RunData): Promise<void> {
  const fields = await textFields(db, round);
  const prev = await previousRound(db, round);
  let previous: StoredCounts | null = prev ? await readCounts(db, prev.id) : null;
  const prevFields = prev && !previous ? await textFields(db, prev) : null;
  const total = (await interviewTotal(db, round.id)) + (prev && prevFields ? await interviewTotal(db, prev.id) : 0);
  let done = 0;
  const progress = async (n: number) => {
    done += n;
    await report(db, round.id, { ...run, done, total });
  };
  await report(db, round.id, { ...run, done, total });
  const current = storedCounts(await countRound(db, round.id, fields, progress));
  if (prev && prevFields) {
    previous = storedCounts(await countRound(db, prev.id, prevFields, progress));
    await storeSnapshot(db, countsKey(prev.id), new Date(), { ...previous, roundStatus: prev.status } satisfies CountsData);
  }
  const data: ThemesData = {
    roundStatus: round.status,
    respondents: current.respondents,
    previousRound: prev && previous ? { id: prev.id, name: prev.name, respondents: previous.respondents } : null,
    words: compareRounds(current, previous, TOP_WORDS),
  };
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ data: insightSnapshots.data })
      .from(insightSnapshots)
      .where(eq(insightSnapshots.key, runKey(round.id)))
      .for('update');
    if ((row?.data as RunData | undefined)?.attempt !== run.attempt) throw new LostRun();
    const now = new Date();
    await storeSnapshot(tx, countsKey(round.id), now, { ...current, roundStatus: round.status } satisfies CountsData);
    await storeSnapshot(tx, themesKey(round.id), now, data);
    await tx.delete(insightSnapshots).where(eq(insightSnapshots.key, runKey(round.id)));
  });
}

/**
 * The `themes.count` job. pg-boss's expiry and retries stand in for a heartbeat: a try that failed, or
 * whose server died, is run again and counts from the start; a try whose run was taken stops quietly.
 */
export async function runThemesCount(deps: { db: Db }, job: CountJob): Promise<void> {
  const { db } = deps;
  const run = await claim(db, job);
  if (!run) return;
  const [round] = await db.select().from(rounds).where(eq(rounds.id, job.roundId));
  try {
    if (round && (round.status === 'launched' || round.status === 'closed')) await countThemes(db, round, run);
    else await db.delete(insightSnapshots).where(eq(insightSnapshots.key, runKey(job.roundId)));
  } catch (err) {
    if (!(err instanceof LostRun)) throw err;
  }
}
