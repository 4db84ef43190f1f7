import { isFresh, isServable } from '../insight/trends-policy';
import { type AggregateDeps, queueRefresh } from './read';
import type { Aggregate } from './registry';
import { recompute, snapshotMeta } from './store';

type RoundState = { id: string; status: string; updatedAt: Date };

/**
 * Brings one per-round aggregate (trends, risk signs) of these rounds (newest first) up to date; its data
 * carries a format version `v`. One that is only old (see isFresh) but still servable (isServable: within
 * the stated bound) is answered as stored and refreshed by a job; one missing, of an older format, past the
 * bound, or asked to refresh is computed now, the first always and the next ones while `budgetMs` lasts —
 * the rest by jobs. Returns the rounds whose figures cannot be shown yet (missing, or past the bound and not
 * counted in time): the screen reads 「集計中」 for them and asks again. One shown while its job recounts it
 * is not among them — its figures are within the bound.
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
  const pending = new Set<string>();
  let computed = 0;
  for (const r of rounds) {
    const params = { roundId: r.id };
    const snap = meta.get(keyOf(r.id));
    const now = Date.now();
    if (isFresh(snap, r, { now, version: opts.version, refresh: opts.refresh })) continue;
    const servable = isServable(snap, r, { now, version: opts.version });
    if ((servable && !opts.refresh) || (computed > 0 && Date.now() - started > opts.budgetMs)) {
      await queueRefresh(deps, kind, params, snap?.computedAt ?? null);
      if (!servable) pending.add(r.id);
      continue;
    }
    computed++;
    if (!(await recompute(deps.db, keyOf(r.id), (tx) => kind.compute(tx, params))) && !servable) pending.add(r.id);
  }
  return pending;
}
