import { BENCH_DOMAIN, BENCH_PASSWORD, BENCH_USERS, generateOrg, orgIsReady } from '../lib/data/org';
import { prepareDatabase } from '../lib/databases';
import { type RunningServer, startApp } from '../lib/server';
import { signIn } from '../lib/session';
import type { BenchOptions, DbKind, ResultRow, Suite } from '../lib/types';

/**
 * A large web import (POST /api/v1/imports/employees/commit) while another session keeps asking
 * GET /api/v1/auth/me (a request that reads the database): how long that other session waits at
 * worst. On PGlite, one connection serves every request, so one long transaction stalls them all.
 */
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
/** The company the file lands in (departments, HR, a few heads), small: the file is the load. */
const COMPANY = 1_000;
/** Pause between two probes (each waits for the previous answer). */
const PROBE_GAP_MS = 50;

const HEADER =
  'employee_number,family_name,given_name,family_name_kana,given_name_kana,email,department_code,job_title,grade,manager_number,hire_date,status,locale';
const SECTIONS = ['BD01-01-01', 'BD02-03-02', 'BD03-06-03', 'BD05-02-01'];

/** New people, each reporting to an earlier row (a ten-wide tree, so the write goes level by level). */
function file(grade: string): string {
  const lines = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    const n = String(i).padStart(6, '0');
    const manager = i === 0 ? '' : `IM${String(Math.floor((i - 1) / 10)).padStart(6, '0')}`;
    lines.push(
      `IM${n},山田,太郎${n},ヤマダ,タロウ,im${n}@${BENCH_DOMAIN},${SECTIONS[i % SECTIONS.length]},一般,${grade},${manager},2020-04-01,在籍,ja`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Every probe's time until its answer or its failure (a connection reset, a timeout): the wait is the wait. */
type Probe = { latencies: number[]; errors: string[]; worstAt: number };

/** Asks /auth/me one request at a time until `until` settles. */
async function probe(baseUrl: string, cookie: string, until: Promise<unknown>): Promise<Probe> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const out: Probe = { latencies: [], errors: [], worstAt: 0 };
  const started = performance.now();
  let worst = -1;
  while (!done) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie } });
      await res.arrayBuffer();
      if (!res.ok) out.errors.push(`HTTP ${res.status}`);
    } catch (e) {
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : String(e);
      out.errors.push(cause);
    }
    const wait = performance.now() - t0;
    if (wait > worst) [worst, out.worstAt] = [wait, t0 - started];
    out.latencies.push(wait);
    await new Promise((r) => setTimeout(r, PROBE_GAP_MS));
  }
  return out;
}

/** Posts the file to the commit endpoint and reads the NDJSON answer to its last line. */
async function commit(baseUrl: string, cookie: string, body: string): Promise<{ ms: number; last: Record<string, unknown> }> {
  const csrf = /mendan_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/api/v1/imports/employees/commit`, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'text/csv' },
    body,
  });
  const lines = (await res.text()).trim().split('\n');
  return { ms: performance.now() - t0, last: JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown> };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function scenario(server: RunningServer, cookie: string, label: string, body: string, kind: DbKind): Promise<ResultRow> {
  const run = commit(server.baseUrl, cookie, body);
  const [result, probes] = await Promise.all([run, probe(server.baseUrl, cookie, run)]);
  const sorted = [...probes.latencies].sort((a, b) => a - b);
  const max = sorted.at(-1) ?? 0;
  const outcome =
    result.last.type === 'done' ? `${result.last.created} created, ${result.last.updated} updated` : JSON.stringify(result.last);
  const note = `import ${(result.ms / 1000).toFixed(1)} s (${outcome}); /auth/me meanwhile: ${sorted.length} requests, max ${max.toFixed(0)} ms (asked ${(probes.worstAt / 1000).toFixed(1)} s in), ${probes.errors.length} failed${probes.errors.length ? ` (${[...new Set(probes.errors)].join('; ')})` : ''}`;
  return {
    suite: 'import',
    scenario: label,
    db: kind,
    stats: null,
    unloaded: { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: sorted.length },
    note,
  };
}

async function runOn(kind: DbKind, opts: BenchOptions): Promise<ResultRow[]> {
  // Always fresh: the scenarios write the people they measure.
  const target = await prepareDatabase(
    kind,
    { name: 'import', fresh: true, isReady: (db) => orgIsReady(db, COMPANY), fill: (db) => generateOrg(db, COMPANY) },
    opts.log,
  );
  const rows: ResultRow[] = [];
  let server: RunningServer | undefined;
  try {
    server = await startApp(`app-import-${kind}`, target);
    const { cookie } = await signIn(server.baseUrl, BENCH_USERS.hr, BENCH_PASSWORD);
    const count = ROWS.toLocaleString('en-US');
    for (const [id, label, grade] of [
      ['create', `commit ${count} new people, GET /auth/me meanwhile`, 'G1'],
      ['update', `commit ${count} changed people, GET /auth/me meanwhile`, 'G2'],
    ] as const) {
      if (!opts.selected(`import.${id}`)) continue;
      opts.log(`  import.${id} on ${kind}: ${count} rows`);
      const row = await scenario(server, cookie, label, file(grade), kind);
      opts.log(`    ${row.note}`);
      rows.push(row);
    }
  } finally {
    await server?.stop();
  }
  return rows;
}

export const importSuite: Suite = {
  name: 'import',
  describe: () =>
    `import — ${ROWS.toLocaleString('en-US')} rows (BENCH_IMPORT_ROWS) into a company of ${COMPANY.toLocaleString('en-US')}; one session probes GET /auth/me every ${PROBE_GAP_MS} ms meanwhile`,
  run: async (opts) => {
    const rows: ResultRow[] = [];
    for (const kind of opts.dbs) rows.push(...(await runOn(kind, opts)));
    return rows;
  },
};
