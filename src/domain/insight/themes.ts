import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots, rounds } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { MIN_GROUP } from './policy';
import { queueCount, type Round, type RunData, runKey, type ThemesData, themesKey } from './themes-batch';
import { jobIsLive, needsRecount } from './themes-policy';
import { can } from '../capabilities';
import type { RoundStatus } from '../rounds/schemas';
import type { Themes } from './responses';

/** How long 「集計し直す」 waits for its count before answering with the progress instead. */
export const REFRESH_WAIT_MS = 5_000;
/** … and for a worker to take the count it queued: a little over the workers' polling interval (2 s). */
const REFRESH_PICKUP_MS = 2_500;
const REFRESH_POLL_MS = 100;

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

/** The round's count while its job is queued, at work or to be retried; null when none is (done, or failed for good). */
async function liveRun(jobs: JobQueue, row: Row | null): Promise<(RunData & { working: boolean }) | null> {
  const run = row?.data as RunData | undefined;
  if (!run?.jobId) return null;
  const job = await jobs.boss.getJobById('themes.count', run.jobId);
  return job && jobIsLive(job.state) ? { ...run, working: job.state === 'active' } : null;
}

function present(round: Round, snap: Row | null, run: RunData | null): Themes {
  const data = snap?.data as ThemesData | undefined;
  return {
    round: { id: round.id, name: round.name, status: round.status as RoundStatus },
    asOf: snap?.computedAt.toISOString() ?? null,
    respondents: data?.respondents ?? 0,
    previousRound: data?.previousRound ?? null,
    minGroup: MIN_GROUP,
    words: data?.words ?? [],
    running: run ? { startedAt: run.startedAt, done: run.done, total: run.total } : null,
  };
}

/**
 * A round's themes as last counted, read from one snapshot row. A read that finds the count missing
 * or due (see needsRecount) queues a `themes.count` job and answers at once with what there is, and `running`.
 */
export async function getThemes(db: Db, opts: { actor: Actor; roundId: string; jobs: JobQueue }): Promise<Themes> {
  const round = await themesRound(db, opts.actor, opts.roundId);
  let { snap, run } = await readState(db, round.id);
  let live = await liveRun(opts.jobs, run);
  const counted = snap ? { computedAt: snap.computedAt, roundStatus: (snap.data as ThemesData).roundStatus } : null;
  if (!live && needsRecount(counted, round.status, new Date())) {
    await queueCount(db, opts.jobs, round.id);
    ({ snap, run } = await readState(db, round.id));
    live = await liveRun(opts.jobs, run);
  }
  return present(round, snap, live);
}

/**
 * 「集計し直す」: queues a count unless one is under way, then waits a little while a worker (of any server)
 * works on it, else answers with the progress (the screen polls). A count no worker has taken is not
 * waited for beyond REFRESH_PICKUP_MS: the workers are busy, or (in tests) there are none.
 */
export async function refreshThemes(db: Db, opts: { actor: Actor; roundId: string; jobs: JobQueue }): Promise<Themes> {
  const round = await themesRound(db, opts.actor, opts.roundId);
  const started = Date.now();
  const queued = !(await liveRun(opts.jobs, (await readState(db, round.id)).run)) && (await queueCount(db, opts.jobs, round.id));
  for (;;) {
    const { snap, run } = await readState(db, round.id);
    const live = await liveRun(opts.jobs, run);
    const waited = Date.now() - started;
    const worth = live?.working || (queued && waited < REFRESH_PICKUP_MS);
    if (!live || !worth || waited >= REFRESH_WAIT_MS) return present(round, snap, live);
    await new Promise((resolve) => setTimeout(resolve, REFRESH_POLL_MS));
  }
}
