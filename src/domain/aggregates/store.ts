import { eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots } from '../../db/schema';
import { rowsOf } from '../../db/rows';

/** Where stored aggregates live: insight_snapshots, one row per key, shared by every app server. */

export type SnapshotMeta = { key: string; computedAt: Date; version: number };

export async function storeSnapshot(db: Db, key: string, computedAt: Date, data: unknown): Promise<void> {
  await db
    .insert(insightSnapshots)
    .values({ key, computedAt, data })
    .onConflictDoUpdate({ target: insightSnapshots.key, set: { computedAt, data } });
}

/**
 * Computes and stores under a transaction-scoped advisory lock, so that of several app servers, requests
 * and jobs only one does the work; null when another holds it.
 */
export async function recompute<T>(db: Db, key: string, compute: (db: Db) => Promise<T>) {
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${`insight:${key}`})) as ok`));
    if (!lock?.ok) return null;
    const data = await compute(tx);
    const computedAt = new Date();
    await storeSnapshot(tx, key, computedAt, data);
    return { computedAt, data };
  });
}

/** When each snapshot was computed and in which format (`data.v`) — without reading the (large) data itself. */
export async function snapshotMeta(db: Db, keys: string[]): Promise<Map<string, SnapshotMeta>> {
  if (!keys.length) return new Map();
  const rows = await db
    .select({
      key: insightSnapshots.key,
      computedAt: insightSnapshots.computedAt,
      version: sql<number>`coalesce((${insightSnapshots.data}->>'v')::int, 0)`,
    })
    .from(insightSnapshots)
    .where(inArray(insightSnapshots.key, keys));
  return new Map(rows.map((r) => [r.key, { ...r, version: Number(r.version) }]));
}

/** Forgets a stored aggregate (its inputs changed in a way a reader must see at once). */
export async function dropAggregate(db: Db, key: string): Promise<void> {
  await db.delete(insightSnapshots).where(eq(insightSnapshots.key, key));
}

/** Forgets every stored aggregate whose key starts with `prefix`. */
export async function dropAggregates(db: Db, prefix: string): Promise<void> {
  await db.delete(insightSnapshots).where(like(insightSnapshots.key, `${prefix.replace(/[\\%_]/g, '\\$&')}%`));
}
