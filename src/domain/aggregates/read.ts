import type { Db } from '../../db/client';
import type { JobQueue } from '../../jobs/queue';
import type { Aggregate } from './registry';
import { aggregateNamed, RECOUNT_DELAY_S, REFRESH_FLOOR_MS, REFRESH_MIN_AGE_MS } from './registry';
import { markChanged, readStored, recompute, type Stored } from './store';

/** What reading a stored aggregate needs: the database, and the queue a stale one's refresh goes to. */
export type AggregateDeps = { db: Db; jobs: JobQueue };

/** The `aggregate.refresh` payload: which aggregate, and the stored computedAt the reader found stale (null: none). */
export type RefreshJob = { kind: string; params: Record<string, unknown>; seen: string | null };

/**
 * Queues a refresh of one aggregate. Its key is the job's singleton key: however many readers (on however
 * many servers) find it stale before the job runs, one job is queued.
 */
export async function queueRefresh<P>(
  deps: AggregateDeps,
  kind: Aggregate<P, unknown>,
  params: P,
  seen: Date | null,
  startAfter?: Date,
): Promise<void> {
  const data: RefreshJob = { kind: kind.name, params: params as Record<string, unknown>, seen: seen?.toISOString() ?? null };
  // No retries: a failed refresh leaves the stored answer, and the next stale read queues another.
  await deps.jobs.send(deps.db, 'aggregate.refresh', data, { singletonKey: kind.key(params), retryLimit: 0, startAfter });
}

/** One aggregate a write changes: built with `changeOf`, so that kind and params agree. */
export type Change = { kind: Aggregate<unknown, unknown>; params: unknown };
export const changeOf = <P>(kind: Aggregate<P, unknown>, params: P): Change => ({ kind: kind as Aggregate<unknown, unknown>, params });

/**
 * A write changed these aggregates' inputs (called in its transaction): the stored ones are marked behind and
 * a recount is queued a few seconds on (RECOUNT_DELAY_S), so a burst of submissions costs one pass and the
 * next reader finds the figures counted again. One not stored is left alone: its first reader counts it.
 */
export async function figuresChanged(deps: AggregateDeps, changes: Change[]): Promise<void> {
  const byKey = new Map(changes.map((c) => [c.kind.key(c.params), c]));
  const marked = await markChanged(deps.db, [...byKey.keys()]);
  const startAfter = new Date(Date.now() + RECOUNT_DELAY_S * 1000);
  for (const key of marked.sort()) {
    const c = byKey.get(key)!;
    await queueRefresh(deps, c.kind, c.params, null, startAfter);
  }
}

const view = <T>(s: { computedAt: Date; data: unknown }) => ({ ...(s.data as T), asOf: s.computedAt.toISOString() });
const ageOf = (s: { computedAt: Date }) => Date.now() - s.computedAt.getTime();
/** PostgreSQL's lock_timeout ran out (another pass held the aggregate's lock for all that time). */
const lockTimedOut = (err: unknown) =>
  (err as { code?: string; cause?: { code?: string } }).code === '55P03' || (err as { cause?: { code?: string } }).cause?.code === '55P03';

/**
 * A stored aggregate. Fresh → read. Stale (older than its TTL, or behind a change, within its maxStale) →
 * answered at once from what is stored, and a refresh job is queued, so no reader waits for a pass over a
 * large company once the first one is stored. Missing or past maxStale → computed now; `refresh` (someone
 * pressed 「最新に更新」) → see refreshNow. `asOf` says when it was computed.
 */
export async function readAggregate<P, T>(
  deps: AggregateDeps,
  kind: Aggregate<P, T>,
  params: P,
  opts: { refresh?: boolean } = {},
): Promise<T & { asOf: string }> {
  const { db } = deps;
  const key = kind.key(params);
  const snap = await readStored(db, key);
  const servable = !!snap && ageOf(snap) < (kind.maxStaleMs ?? Number.POSITIVE_INFINITY);
  if (snap && servable && opts.refresh) return refreshNow(deps, kind, params, snap);
  if (snap && servable) {
    if (ageOf(snap) >= kind.ttlMs || snap.behind) await queueRefresh(deps, kind, params, snap.computedAt);
    return view(snap);
  }
  const done = await recompute(db, key, (tx) => kind.compute(tx, params));
  if (done) return view(done);
  // Someone else is computing it this moment: what is stored if it may be served, else a pass of our own.
  if (snap && servable) return view(snap);
  return { ...(await kind.compute(db, params)), asOf: new Date().toISOString() };
}

/**
 * An asked-for recount, throttled per aggregate across every server (the stored row is the clock): figures
 * that are not behind a change and younger than REFRESH_MIN_AGE_MS are answered as they are; a recount
 * sooner than REFRESH_FLOOR_MS after the last one waits out the rest first; one already running is waited
 * for (not run twice) and, when it counted after the change, answered.
 */
async function refreshNow<P, T>(deps: AggregateDeps, kind: Aggregate<P, T>, params: P, snap: Stored): Promise<T & { asOf: string }> {
  const current = (s: Stored | null): s is Stored => !!s && (ageOf(s) < REFRESH_FLOOR_MS || (!s.behind && ageOf(s) < REFRESH_MIN_AGE_MS));
  if (!snap.behind && ageOf(snap) < REFRESH_MIN_AGE_MS) return view(snap);
  const early = REFRESH_FLOOR_MS - ageOf(snap);
  if (early > 0) await new Promise((resolve) => setTimeout(resolve, early));
  try {
    const done = await recompute(deps.db, kind.key(params), (tx) => kind.compute(tx, params), { waitMs: 15_000, skip: current });
    return view(done ?? snap);
  } catch (err) {
    if (!lockTimedOut(err)) throw err;
    return view(snap);
  }
}

/**
 * The `aggregate.refresh` job. Recomputes unless someone did since the job was queued (a reader asking
 * for a refresh, or the job of an earlier stale read) and no change came after: then the stored one is
 * newer than `seen` and not behind. It waits for a pass already running rather than skip it: that pass
 * may have begun before the change that queued this job.
 */
export async function runAggregateRefresh(deps: { db: Db }, job: RefreshJob): Promise<void> {
  const kind = aggregateNamed(job.kind);
  const params = kind.params.parse(job.params);
  const counted = (s: Stored | null) => !!s && !s.behind && (job.seen === null || s.computedAt.getTime() > Date.parse(job.seen));
  await recompute(deps.db, kind.key(params), (tx) => kind.compute(tx, params), { waitMs: 60_000, skip: counted });
}
