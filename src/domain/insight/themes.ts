import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { MIN_GROUP } from './policy';
import { claimRun, type Round, type RunData, runKey, startBatch, type ThemesData, themesKey } from './themes-batch';
import { needsRecount, runIsLive } from './themes-policy';
import { can } from '../capabilities';

/** How long 「集計し直す」 waits for its batch before answering with the progress instead. */
export const REFRESH_WAIT_MS = 5_000;

// Batches started by this process, so a refresh can wait for its own. Only a convenience: the run
// row in the database is what every server goes by.
const inProcess = new Map<string, Promise<void>>();

/** A round HR may look at: launched or closed. Anyone not HR, or any other round, is 404. */
export async function themesRound(db: Db, actor: Actor, roundId: string): Promise<Round> {
  if (!can(actor, 'viewInsight')) throw notFound();
  const [round] = await db.select().from(rounds).where(eq(rounds.id, roundId));
  if (!round || (round.status !== 'launched' && round.status !== 'closed')) throw notFound();
  return round;
}

type Row = { computedAt: Date; data: unknown };

async function readState(db: Db, roundId: string) {
  const rows = await db
    .select()
    .from(insightSnapshots)
    .where(inArray(insightSnapshots.key, [themesKey(roundId), runKey(roundId)]));
  const byKey = new Map<string, Row>(rows.map((r) => [r.key, r]));
  return { snap: byKey.get(themesKey(roundId)) ?? null, run: byKey.get(runKey(roundId)) ?? null };
}

function present(round: Round, snap: Row | null, run: Row | null) {
  const data = snap?.data as ThemesData | undefined;
  const r = run && runIsLive(run.computedAt, new Date()) ? (run.data as RunData) : null;
  return {
    round: { id: round.id, name: round.name, status: round.status },
    asOf: snap?.computedAt.toISOString() ?? null,
    respondents: data?.respondents ?? 0,
    previousRound: data?.previousRound ?? null,
    minGroup: MIN_GROUP,
    words: data?.words ?? [],
    running: r ? { startedAt: r.startedAt, done: r.done, total: r.total } : null,
  };
}

/** Starts the round's batch unless one is at work somewhere; returns it when this process runs it. */
async function start(db: Db, round: Round): Promise<Promise<void> | null> {
  const runId = await claimRun(db, round.id);
  if (!runId) return null;
  const batch = startBatch(db, round, runId).finally(() => inProcess.delete(round.id));
  inProcess.set(round.id, batch);
  return batch;
}

/**
 * A round's themes as last counted, read from one snapshot row. A read that finds the count missing
 * or due (see needsRecount) starts a batch and answers at once with what there is, and `running`.
 */
export async function getThemes(db: Db, opts: { actor: Actor; roundId: string }) {
  const round = await themesRound(db, opts.actor, opts.roundId);
  let { snap, run } = await readState(db, round.id);
  const now = new Date();
  const counted = snap ? { computedAt: snap.computedAt, roundStatus: (snap.data as ThemesData).roundStatus } : null;
  if (needsRecount(counted, round.status, now) && !runIsLive(run?.computedAt, now) && (await start(db, round))) {
    ({ run } = await readState(db, round.id));
  }
  return present(round, snap, run);
}

/** 「集計し直す」: recounts now; waits a little for the result, else answers with the progress. */
export async function refreshThemes(db: Db, opts: { actor: Actor; roundId: string }) {
  const round = await themesRound(db, opts.actor, opts.roundId);
  const batch = (await start(db, round)) ?? inProcess.get(round.id);
  if (batch) await waitAtMost(batch, REFRESH_WAIT_MS);
  const { snap, run } = await readState(db, round.id);
  return present(round, snap, run);
}

async function waitAtMost(p: Promise<void>, ms: number) {
  const timer = { id: undefined as NodeJS.Timeout | undefined };
  await Promise.race([
    p,
    new Promise<void>((resolve) => {
      timer.id = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer.id);
}

/** Waits for this process's batches (tests, shutdown). */
export async function settleThemes(): Promise<void> {
  await Promise.all([...inProcess.values()]);
}
