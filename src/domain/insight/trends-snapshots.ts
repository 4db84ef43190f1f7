import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots } from '../../db/schema';
import { rowsOf } from '../imports/write';
import { isFresh } from './trends-policy';

export type SnapshotMeta = { key: string; computedAt: Date; version: number };
type RoundState = { id: string; status: string; updatedAt: Date };

/** When each snapshot was computed and in which format — without reading the (large) data itself. */
export async function snapshotMeta(db: Db, keys: string[]): Promise<Map<string, SnapshotMeta>> {
  if (!keys.length) return new Map();
  const rows = await db
    .select({ key: insightSnapshots.key, computedAt: insightSnapshots.computedAt, version: sql<number>`coalesce((${insightSnapshots.data}->>'v')::int, 0)` })
    .from(insightSnapshots)
    .where(inArray(insightSnapshots.key, keys));
  return new Map(rows.map((r) => [r.key, { ...r, version: Number(r.version) }]));
}

/**
 * Recomputes one snapshot under a transaction-scoped advisory lock, so that of several app servers (or
 * requests) only one does the work. 'busy' when someone else holds it: the caller answers with what is
 * stored and the next request finds it fresh.
 */
export async function recompute(db: Db, key: string, compute: (db: Db) => Promise<unknown>): Promise<'done' | 'busy'> {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [lock] = rowsOf<{ ok: boolean }>(await tx.execute(sql`select pg_try_advisory_xact_lock(hashtext(${`insight:${key}`})) as ok`));
    if (!lock?.ok) return 'busy' as const;
    const data = await compute(tx);
    const computedAt = new Date();
    await tx.insert(insightSnapshots).values({ key, computedAt, data }).onConflictDoUpdate({ target: insightSnapshots.key, set: { computedAt, data } });
    return 'done' as const;
  });
}

/**
 * Brings the snapshots of these rounds (newest first) up to date within RECOMPUTE_BUDGET_MS-ish: the first
 * stale one always, the next ones while time is left. Returns the ids still missing or stale.
 */
export async function refreshRounds(
  db: Db,
  rounds: RoundState[],
  opts: { keyOf: (roundId: string) => string; version: number; refresh?: boolean; budgetMs: number; compute: (db: Db, roundId: string) => Promise<unknown> },
): Promise<Set<string>> {
  const started = Date.now();
  const meta = await snapshotMeta(
    db,
    rounds.map((r) => opts.keyOf(r.id)),
  );
  const behind = new Set<string>();
  let computed = 0;
  for (const r of rounds) {
    if (isFresh(meta.get(opts.keyOf(r.id)), r, { now: started, version: opts.version, refresh: opts.refresh })) continue;
    if (computed > 0 && Date.now() - started > opts.budgetMs) {
      behind.add(r.id);
      continue;
    }
    computed++;
    if ((await recompute(db, opts.keyOf(r.id), (tx) => opts.compute(tx, r.id))) === 'busy') behind.add(r.id);
  }
  return behind;
}
