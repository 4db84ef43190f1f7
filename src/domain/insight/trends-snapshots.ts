import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots } from '../../db/schema';
import { recompute, revalidate } from '../shared/snapshot';
import { isFresh } from './trends-policy';

export type SnapshotMeta = { key: string; computedAt: Date; version: number };
type RoundState = { id: string; status: string; updatedAt: Date };

/** When each snapshot was computed and in which format — without reading the (large) data itself. */
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

/**
 * Brings the snapshots of these rounds (newest first) up to date. One that is only old is answered as
 * stored and recomputed in the background; one that is missing (or HR asked to refresh) is computed now,
 * the first always and the next ones while RECOMPUTE_BUDGET_MS lasts — the rest in the background.
 * Returns the ids not up to date yet: missing, or being refreshed.
 */
export async function refreshRounds(
  db: Db,
  rounds: RoundState[],
  opts: {
    keyOf: (roundId: string) => string;
    version: number;
    refresh?: boolean;
    budgetMs: number;
    compute: (db: Db, roundId: string) => Promise<unknown>;
  },
): Promise<Set<string>> {
  const started = Date.now();
  const meta = await snapshotMeta(
    db,
    rounds.map((r) => opts.keyOf(r.id)),
  );
  const behind = new Set<string>();
  let computed = 0;
  for (const r of rounds) {
    const key = opts.keyOf(r.id);
    const snap = meta.get(key);
    if (isFresh(snap, r, { now: started, version: opts.version, refresh: opts.refresh })) continue;
    const compute = (tx: Db) => opts.compute(tx, r.id);
    if (snap?.version === opts.version && !opts.refresh) {
      // Answered as stored, marked pending while it is refreshed, so a screen asks again for the new one.
      revalidate(db, key, compute);
      behind.add(r.id);
      continue;
    }
    if (computed > 0 && Date.now() - started > opts.budgetMs) {
      revalidate(db, key, compute);
      behind.add(r.id);
      continue;
    }
    computed++;
    if (!(await recompute(db, key, compute))) behind.add(r.id);
  }
  return behind;
}
