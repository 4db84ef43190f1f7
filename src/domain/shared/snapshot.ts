import { eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots } from '../../db/schema';
import { rowsOf } from '../../db/rows';

// Recomputations this process has started in the background, so one key is not started twice.
const revalidating = new Map<string, Promise<unknown>>();

/**
 * Computes and stores under a transaction-scoped advisory lock, so that of several app servers (or
 * requests) only one does the work; null when another holds it.
 */
export async function recompute<T>(db: Db, key: string, compute: (db: Db) => Promise<T>) {
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${`insight:${key}`})) as ok`));
    if (!lock?.ok) return null;
    const data = await compute(tx);
    const computedAt = new Date();
    await tx
      .insert(insightSnapshots)
      .values({ key, computedAt, data })
      .onConflictDoUpdate({ target: insightSnapshots.key, set: { computedAt, data } });
    return { computedAt, data };
  });
}

/** Recomputes a stored aggregate in the background, once per key in this process at a time. */
export function revalidate(db: Db, key: string, compute: (db: Db) => Promise<unknown>): void {
  if (revalidating.has(key)) return;
  const run = recompute(db, key, compute)
    // A failed refresh leaves the stored one: the next reader tries again.
    .catch((e: unknown) => console.warn(`snapshot ${key}: ${(e as Error).message}`))
    .finally(() => revalidating.delete(key));
  revalidating.set(key, run);
}

/**
 * A computed aggregate kept in insight_snapshots (shared by every app server). Fresh → read. Stale →
 * answered at once from what is stored while this process recomputes it in the background, so no
 * reader waits for a pass over a large company once the first one is stored. Missing, or `refresh`
 * (HR asked) → computed now, by one request at a time. `asOf` says when it was computed.
 */
export async function cachedAggregate<T>(
  db: Db,
  key: string,
  ttlMs: number,
  compute: (db: Db) => Promise<T>,
  refresh = false,
  /** Older than this, a stored answer is not served at all: computed now, as if missing. */
  maxStaleMs = Number.POSITIVE_INFINITY,
): Promise<T & { asOf: string }> {
  const [snap] = await db.select().from(insightSnapshots).where(eq(insightSnapshots.key, key));
  const view = (s: { computedAt: Date; data: unknown }) => ({ ...(s.data as T), asOf: s.computedAt.toISOString() });
  const age = snap ? Date.now() - snap.computedAt.getTime() : Number.POSITIVE_INFINITY;
  if (snap && !refresh && age < maxStaleMs) {
    if (age >= ttlMs) revalidate(db, key, compute);
    return view(snap);
  }
  const done = await recompute(db, key, compute);
  if (done) return view(done);
  return snap ? view(snap) : { ...(await compute(db)), asOf: new Date().toISOString() };
}

/** Forgets a stored aggregate (its inputs changed in a way a reader must see at once). */
export async function dropAggregate(db: Db, key: string): Promise<void> {
  await db.delete(insightSnapshots).where(eq(insightSnapshots.key, key));
}

/** Forgets every stored aggregate whose key starts with `prefix`. */
export async function dropAggregates(db: Db, prefix: string): Promise<void> {
  await db.delete(insightSnapshots).where(like(insightSnapshots.key, `${prefix.replace(/[\\%_]/g, '\\$&')}%`));
}

/** Waits for this process's background recomputations (tests, shutdown). */
export async function settleAggregates(): Promise<void> {
  await Promise.all([...revalidating.values()]);
}
