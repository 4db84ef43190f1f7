import '../aggregates/kinds';
import type { Db } from '../../db/client';
import type { JobDeps, JobHandlers } from '../../jobs/queue';
import { drainJobs } from '../../jobs/queue';
import { aggregateNamed } from '../aggregates/registry';
import { recompute } from '../aggregates/store';
import { queueCount, runThemesCount } from '../insight/themes-batch';
import { addDays } from '../shared/calendar';

/**
 * The stored aggregates HR's pages read (aggregates/registry.ts), computed now by the same functions a
 * refresh job runs, so that every insight page shows figures on its first view: each round's funnel,
 * ratings, trends and risk signs, the outcomes of the last twelve months (the period the page opens on),
 * the ranked candidates of each open position for the HR sign-ins, and each round's themes. The themes
 * are counted by their own `themes.count` job, queued and run here one round after another (oldest
 * first, so each compares with the one before).
 */
export async function computeAggregates(
  deps: JobDeps,
  opts: { roundIds: string[]; positionIds: string[]; readers: string[]; today: string; onStep?: () => Promise<void> },
): Promise<void> {
  const { db } = deps;
  const now = (name: string, params: Record<string, unknown>) => {
    const kind = aggregateNamed(name);
    const p = kind.params.parse(params);
    return recompute(db, kind.key(p), (tx: Db) => kind.compute(tx, p));
  };
  for (const roundId of opts.roundIds) {
    for (const name of ['progress', 'ratings', 'trends', 'risks']) await now(name, { roundId });
    await opts.onStep?.();
  }
  await now('outcomes', { from: addDays(opts.today, -365), to: opts.today });
  for (const positionId of opts.positionIds) {
    for (const readerId of opts.readers) for (const skills of [false, true]) await now('candidates', { positionId, readerId, skills });
  }
  const themes: JobHandlers = { 'themes.count': (data, d) => runThemesCount(d, data as Parameters<typeof runThemesCount>[1]) };
  for (const roundId of opts.roundIds) {
    await queueCount(db, deps.jobs, roundId);
    await drainJobs(deps, themes);
    await opts.onStep?.();
  }
}
