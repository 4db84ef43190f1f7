import { isFresh } from '../insight/trends-policy';
import { type AggregateDeps, queueRefresh } from './read';
import type { Aggregate } from './registry';
import { recompute, snapshotMeta } from './store';

type RoundState = { id: string; status: string; updatedAt: Date };

/**
 * Brings one per-round aggregate (trends, risk signs) of these rounds (newest first) up to date; its data
 * carries a format version `v`. One that is only old (see isFresh) is answered as stored and refreshed by a
 * job; one missing or of an older format (or HR asked to refresh) is computed now, the first always and the
 * next ones while `budgetMs` lasts — the rest by jobs. Returns the ids not up to date yet: missing, or
 * being refreshed (the screen marks them pending and asks again).
 */
export async function refreshRounds(
  deps: AggregateDeps,
  kind: Aggregate<{ roundId: string }, unknown>,
  rounds: RoundState[],
  opts: { version: number; refresh?: boolean; budgetMs: number },
): Promise<Set<string>> {
  const started = Date.now();
  const keyOf = (roundId: string) => kind.key({ roundId });
  const meta = await snapshotMeta(
    deps.db,
    rounds.map((r) => keyOf(r.id)),
  );
  const behind = new Set<string>();
  let computed = 0;
  for (const r of rounds) {
    const params = { roundId: r.id };
    const snap = meta.get(keyOf(r.id));
    if (isFresh(snap, r, { now: started, version: opts.version, refresh: opts.refresh })) continue;
    const usable = snap?.version === opts.version && !opts.refresh;
    if (usable || (computed > 0 && Date.now() - started > opts.budgetMs)) {
      await queueRefresh(deps, kind, params, snap?.computedAt ?? null);
      behind.add(r.id);
      continue;
    }
    computed++;
    if (!(await recompute(deps.db, keyOf(r.id), (tx) => kind.compute(tx, params)))) behind.add(r.id);
  }
  return behind;
}
