import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots } from '../../db/schema';
import { rowsOf } from '../imports/write';

/**
 * A computed aggregate kept in insight_snapshots: fresh enough → read; else one request recomputes
 * (advisory lock) while the others answer with what is there. `asOf` says when it was computed.
 */
export async function cachedAggregate<T>(db: Db, key: string, ttlMs: number, compute: (db: Db) => Promise<T>, refresh = false): Promise<T & { asOf: string }> {
  const [snap] = await db.select().from(insightSnapshots).where(eq(insightSnapshots.key, key));
  const view = (s: { computedAt: Date; data: unknown }) => ({ ...(s.data as T), asOf: s.computedAt.toISOString() });
  if (snap && !refresh && Date.now() - snap.computedAt.getTime() < ttlMs) return view(snap);
  const done = await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [lock] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${`insight:${key}`})) as ok`));
    if (!lock?.ok) return null;
    const data = await compute(tx);
    const computedAt = new Date();
    await tx.insert(insightSnapshots).values({ key, computedAt, data }).onConflictDoUpdate({ target: insightSnapshots.key, set: { computedAt, data } });
    return view({ computedAt, data });
  });
  if (done) return done;
  return snap ? view(snap) : { ...(await compute(db)), asOf: new Date().toISOString() };
}
