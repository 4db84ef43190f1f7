import { warmupFor } from './baseline';
import type { Ceiling } from './ceiling';
import { measure, percentile } from './load';
import type { RunningServer } from './server';
import type { BenchOptions, DbKind, LoadStats, ResultRow } from './types';

export type Body = Record<string, unknown>;

/** One GET measured twice: one request at a time (the server's own time), then under load. */
export type Scenario<C, R extends string> = {
  id: string;
  label: string;
  as: R;
  path: (c: C) => string;
  /** What is wrong with the answer (null when it is real content): a broken endpoint is not timed. */
  check: (body: Body, c: C) => string | null;
};

/** Sequential requests timed one after another before the load run. */
export const UNLOADED = 40;

/** Median and p95 of requests sent one after another: the latency of the endpoint itself. */
export async function unloaded(url: string, cookie: string, n = UNLOADED): Promise<{ p50: number; p95: number; n: number }> {
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    times[i] = performance.now() - t0;
  }
  times.sort();
  return { p50: percentile(times, 50), p95: percentile(times, 95), n };
}

/** Checks each scenario's answer, then times it unloaded and under load; a failing check skips it. */
export async function runScenarios<C, R extends string>(
  suite: string,
  kind: DbKind,
  server: RunningServer,
  cookies: Record<R, string>,
  scenarios: Scenario<C, R>[],
  ctx: C,
  opts: BenchOptions,
  ceiling: Ceiling | null = null,
): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const s of scenarios) {
    if (!opts.selected(`${suite}.${s.id}`)) continue;
    const url = server.baseUrl + s.path(ctx);
    const probe = await fetch(url, { headers: { cookie: cookies[s.as] } });
    const text = await probe.text();
    let problem: string | null;
    try {
      problem = probe.status !== 200 ? `HTTP ${probe.status} ${text.slice(0, 160)}` : s.check(JSON.parse(text) as Body, ctx);
    } catch (e) {
      problem = `unreadable answer: ${(e as Error).message}`;
    }
    if (problem) {
      opts.log(`  ${s.id} on ${kind}: skipped — ${problem}`);
      rows.push({ suite, scenario: s.label, db: kind, stats: null, note: `skipped: ${problem}` });
      continue;
    }
    const quiet = await unloaded(url, cookies[s.as]);
    const ceil = await rawCeiling(ceiling, url, cookies[s.as], `${suite}.${s.id}`, opts);
    opts.log(
      `  ${s.id} on ${kind}: unloaded p50 ${quiet.p50.toFixed(1)} ms, p95 ${quiet.p95.toFixed(1)} ms; ${opts.durationSec} s at ${opts.connections} connections`,
    );
    const stats = await measure(
      { url, connections: opts.connections, durationSec: opts.durationSec, headers: { cookie: cookies[s.as] } },
      warmupFor(opts.durationSec),
    );
    opts.log(`    ${Math.round(stats.reqPerSec)} req/s, p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`);
    const raw = await ceil?.measure();
    rows.push({
      suite,
      scenario: s.label,
      db: kind,
      stats,
      unloaded: quiet,
      ceiling: raw?.stats,
      note: [`${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB answer`, raw?.note].filter(Boolean).join('; '),
    });
  }
  return rows;
}

/**
 * Captures the scenario's statements for its raw-SQL ceiling (PostgreSQL; call while the app is idle, before
 * its load run) and returns what measures the ceiling afterwards and the note that says what was replayed.
 */
export async function rawCeiling(ceiling: Ceiling | null, url: string, cookie: string, id: string, opts: BenchOptions) {
  if (!ceiling) return null;
  const c = await ceiling.capture(url, cookie, id);
  return {
    measure: async (): Promise<{ stats?: LoadStats; note: string }> => {
      if (c.problem) return { note: `no ceiling: ${c.problem}` };
      const stats = await c.measure();
      opts.log(`    raw SQL ceiling (${c.statements} statements): ${Math.round(stats.reqPerSec)} req/s, p50 ${stats.p50.toFixed(1)} ms`);
      return { stats, note: `ceiling replays ${c.statements} statements` };
    },
  };
}
