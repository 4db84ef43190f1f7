import { eq, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots } from '../../db/schema';
import { rowsOf } from '../../db/rows';

/** Where stored aggregates live: insight_snapshots, one row per key, shared by every app server. */

export type SnapshotMeta = { key: string; computedAt: Date; version: number };

/** A stored aggregate as a reader sees it; `behind`: a write changed its inputs after it was counted. */
export type Stored = { computedAt: Date; data: unknown; behind: boolean };

export async function storeSnapshot(db: Db, key: string, computedAt: Date, data: unknown, counted = 0): Promise<void> {
  await db
    .insert(insightSnapshots)
    .values({ key, computedAt, data, counted, changes: counted })
    // `changes` is left alone: a write may have added to it since the count began.
    .onConflictDoUpdate({ target: insightSnapshots.key, set: { computedAt, data, counted } });
}

export async function readStored(db: Db, key: string): Promise<Stored | null> {
  const [row] = await db
    .select({
      computedAt: insightSnapshots.computedAt,
      data: insightSnapshots.data,
      behind: sql<boolean>`${insightSnapshots.changes} > ${insightSnapshots.counted}`,
    })
    .from(insightSnapshots)
    .where(eq(insightSnapshots.key, key));
  return row ?? null;
}

type RecomputeOptions = {
  /** Wait for whoever holds the lock (else give up at once and answer null); at most this long on PostgreSQL. */
  waitMs?: number;
  /** Checked once the lock is held: true answers what is stored instead (someone counted it meanwhile). */
  skip?: (stored: Stored | null) => boolean;
};

/**
 * Computes and stores under a transaction-scoped advisory lock, so that of several app servers, requests
 * and jobs only one does the work; null when another holds it (and we were not to wait). PGlite runs one
 * transaction at a time, so there the lock is always free.
 */
export async function recompute<T>(db: Db, key: string, compute: (db: Db) => Promise<T>, opts: RecomputeOptions = {}) {
  return db.transaction(async (tx): Promise<Stored | null> => {
    const lockId = sql`hashtext(${`insight:${key}`})`;
    if (opts.waitMs) {
      await tx.execute(sql.raw(`set local lock_timeout = ${Math.ceil(opts.waitMs)}`));
      await tx.execute(sql`select pg_advisory_xact_lock(${lockId})`);
    } else {
      const [lock] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(${lockId}) as ok`));
      if (!lock?.ok) return null;
    }
    // The change count before counting: a write committed later is not in the figures, and leaves them behind.
    const [mark] = await tx.select({ changes: insightSnapshots.changes }).from(insightSnapshots).where(eq(insightSnapshots.key, key));
    if (opts.skip) {
      const stored = await readStored(tx, key);
      if (opts.skip(stored)) return stored;
    }
    const data = await compute(tx);
    const computedAt = new Date();
    await storeSnapshot(tx, key, computedAt, data, mark?.changes ?? 0);
    return { computedAt, data, behind: false };
  });
}

/**
 * Tells the stored aggregates under `keys` that their inputs changed (in the caller's transaction, so the
 * mark commits with the change). Only ones stored are marked: an aggregate nobody has read has nothing to
 * correct. Returns the keys marked.
 */
export async function markChanged(db: Db, keys: string[]): Promise<string[]> {
  if (!keys.length) return [];
  // Rows locked in key order: two writes marking overlapping sets never wait on each other in a circle.
  const rows = rowsOf<{ key: string }>(
    await db.execute(sql`with locked as (
        select key from insight_snapshots where key in ${keys} order by key for update)
      update insight_snapshots s set changes = s.changes + 1 from locked where s.key = locked.key returning s.key`),
  );
  return rows.map((r) => r.key);
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
