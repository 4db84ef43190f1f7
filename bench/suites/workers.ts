import { warmupFor } from '../lib/baseline';
import { BENCH_PASSWORD, BENCH_USERS } from '../lib/data/org';
import { measure } from '../lib/load';
import { unloaded } from '../lib/scenarios';
import { type RunningServer, startApp } from '../lib/server';
import { signIn } from '../lib/session';
import type { BenchOptions, LoadStats, ResultRow, Suite } from '../lib/types';
import { prepareRounds, SCENARIOS } from './rounds';

/** The rounds scenarios this suite repeats: the hot lists and the audited read. */
const IDS = ['queue', 'sheet', 'my-interviews'];
const COUNTS = [1, 2] as const;
/** Each scenario runs on each server this many times, taking turns, so a slow spell of the machine hits both. */
const TURNS = 2;

/**
 * One process against two (issue 16.3: WORKERS, default one per core) on the same PostgreSQL rounds data, in
 * the same run: both servers are up at once and take turns under the same load; each row sums its turns.
 */
async function run(opts: BenchOptions): Promise<ResultRow[]> {
  if (!opts.dbs.includes('pg')) return [];
  const { target, ctx } = await prepareRounds('pg', opts, opts.fresh);
  const servers: RunningServer[] = [];
  const rows: ResultRow[] = [];
  try {
    for (const n of COUNTS) servers.push(await startApp(`app-workers-${n}`, target, { processes: n }));
    const cookies = await Promise.all(
      servers.map(async (s) => ({
        hr: (await signIn(s.baseUrl, BENCH_USERS.hr, BENCH_PASSWORD)).cookie,
        head: (await signIn(s.baseUrl, ctx.head, BENCH_PASSWORD)).cookie,
        member: (await signIn(s.baseUrl, ctx.member, BENCH_PASSWORD)).cookie,
      })),
    );
    for (const s of SCENARIOS.filter((x) => IDS.includes(x.id))) {
      if (!opts.selected(`workers.${s.id}`)) continue;
      const specs = servers.map((srv, i) => ({
        url: srv.baseUrl + s.path(ctx),
        connections: opts.connections,
        durationSec: opts.durationSec,
        headers: { cookie: cookies[i]![s.as] },
      }));
      const quiet = await Promise.all(specs.map((spec) => unloaded(spec.url, spec.headers.cookie)));
      const turns: LoadStats[][] = specs.map(() => []);
      for (let t = 0; t < TURNS; t++) {
        for (const [i, spec] of specs.entries()) {
          opts.log(`  ${s.id}, ${COUNTS[i]} process(es), turn ${t + 1}: ${opts.durationSec} s at ${opts.connections} connections`);
          turns[i]!.push(await measure(spec, t === 0 ? warmupFor(opts.durationSec) : 0));
        }
      }
      for (const [i, n] of COUNTS.entries()) {
        const stats = combine(turns[i]!);
        const one = combine(turns[0]!);
        const note = i === 0 ? `${TURNS} turns` : `${TURNS} turns; ${(stats.reqPerSec / one.reqPerSec).toFixed(2)}× one process`;
        rows.push({
          suite: 'workers',
          scenario: `${s.label} · ${n} process${n > 1 ? 'es' : ''}`,
          db: 'pg',
          stats,
          unloaded: quiet[i],
          note,
        });
      }
    }
  } finally {
    for (const s of servers) await s.stop();
  }
  return rows;
}

/** Turns added up: requests over the summed time; percentiles the worst turn's (a conservative figure). */
function combine(list: LoadStats[]): LoadStats {
  const requests = list.reduce((a, x) => a + x.requests, 0);
  const durationSec = list.reduce((a, x) => a + x.durationSec, 0);
  const worst = (k: 'p50' | 'p95' | 'p99' | 'max') => Math.max(...list.map((x) => x[k]));
  const sum = (k: 'errors' | 'non2xx' | 'unfinished') => list.reduce((a, x) => a + x[k], 0);
  return {
    requests,
    durationSec,
    reqPerSec: requests / durationSec,
    p50: worst('p50'),
    p95: worst('p95'),
    p99: worst('p99'),
    max: worst('max'),
    errors: sum('errors'),
    non2xx: sum('non2xx'),
    unfinished: sum('unfinished'),
  };
}

export const workersSuite: Suite = {
  name: 'workers',
  describe: () => 'workers — the rounds data on PostgreSQL, served by one process and by two (node cluster) in the same run',
  run,
};
