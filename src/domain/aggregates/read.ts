import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Aggregate } from './registry';
import { aggregateNamed } from './registry';
import { recompute } from './store';

/** What reading a stored aggregate needs: the database, and the queue a stale one's refresh goes to. */
export type AggregateDeps = { db: Db; jobs: JobQueue };

/** The `aggregate.refresh` payload: which aggregate, and the stored computedAt the reader found stale (null: none). */
export type RefreshJob = { kind: string; params: Record<string, unknown>; seen: string | null };

/**
 * Queues a refresh of one aggregate. Its key is the job's singleton key: however many readers (on however
 * many servers) find it stale before the job runs, one job is queued.
 */
export async function queueRefresh<P>(deps: AggregateDeps, kind: Aggregate<P, unknown>, params: P, seen: Date | null): Promise<void> {
  const data: RefreshJob = { kind: kind.name, params: params as Record<string, unknown>, seen: seen?.toISOString() ?? null };
  // No retries: a failed refresh leaves the stored answer, and the next stale read queues another.
  await deps.jobs.send(deps.db, 'aggregate.refresh', data, { singletonKey: kind.key(params), retryLimit: 0 });
}

/**
 * A stored aggregate. Fresh → read. Stale (older than its TTL, within its maxStale) → answered at once
 * from what is stored, and a refresh job is queued, so no reader waits for a pass over a large company
 * once the first one is stored. Missing, past maxStale, or `refresh` (HR asked) → computed now, by one
 * request at a time. `asOf` says when it was computed.
 */
export async function readAggregate<P, T>(
  deps: AggregateDeps,
  kind: Aggregate<P, T>,
  params: P,
  opts: { refresh?: boolean } = {},
): Promise<T & { asOf: string }> {
  const { db } = deps;
  const key = kind.key(params);
  const [snap] = await db.select().from(insightSnapshots).where(eq(insightSnapshots.key, key));
  const view = (s: { computedAt: Date; data: unknown }) => ({ ...(s.data as T), asOf: s.computedAt.toISOString() });
  const age = snap ? Date.now() - snap.computedAt.getTime() : Number.POSITIVE_INFINITY;
  const servable = !!snap && age < (kind.maxStaleMs ?? Number.POSITIVE_INFINITY);
  if (snap && servable && !opts.refresh) {
    if (age >= kind.ttlMs) await queueRefresh(deps, kind, params, snap.computedAt);
    return view(snap);
  }
  const done = await recompute(db, key, (tx) => kind.compute(tx, params));
  if (done) return view(done);
  // Someone else is computing it this moment: what is stored if it may be served, else a pass of our own.
  if (snap && servable) return view(snap);
  return { ...(await kind.compute(db, params)), asOf: new Date().toISOString() };
}

/**
 * The `aggregate.refresh` job. Recomputes unless someone did since the job was queued (a reader asking
 * for a refresh, or the job of an earlier stale read): then the stored one is already newer than `seen`.
 */
export async function runAggregateRefresh(deps: { db: Db }, job: RefreshJob): Promise<void> {
  const kind = aggregateNamed(job.kind);
  const params = kind.params.parse(job.params);
  const key = kind.key(params);
  const [snap] = await deps.db
    .select({ computedAt: insightSnapshots.computedAt })
    .from(insightSnapshots)
    .where(eq(insightSnapshots.key, key));
  if (snap && (job.seen === null || snap.computedAt.getTime() > Date.parse(job.seen))) return;
  await recompute(deps.db, key, (tx) => kind.compute(tx, params));
}
