import { sql } from 'drizzle-orm';
import { warmupFor } from '../lib/baseline';
import { BENCH_PASSWORD, BENCH_USERS, generateOrg, ORG_DEPARTMENTS, orgIsReady } from '../lib/data/org';
import { prepareDatabase, queryRows } from '../lib/databases';
import { measure } from '../lib/load';
import { withCeiling } from '../lib/ceiling';
import { rawCeiling, unloaded } from '../lib/scenarios';
import { type RunningServer, startApp } from '../lib/server';
import { signIn } from '../lib/session';
import type { BenchOptions, DbKind, ResultRow, Suite } from '../lib/types';

/** The directory list endpoint (GET /api/v1/employees) on 100,000 employees, signed in as HR. */
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 100_000);
/** The division filtered on: 技術本部 with its 6 部 and 18 課. */
const DIVISION_CODE = 'BD02';

type Scenario = { id: string; label: string; path: (ctx: { divisionId: string }) => string };

const list = (params: Record<string, string>) => `/api/v1/employees?${new URLSearchParams(params)}`;

const SCENARIOS: Scenario[] = [
  { id: 'first-page', label: 'first page (50)', path: () => list({ page: '1', pageSize: '50' }) },
  // The deepest page the API serves (rows 9,951–10,000; see COUNT_CAP in src/domain/shared/paging.ts).
  { id: 'deep-page', label: 'deepest page 200 (50)', path: () => list({ page: '200', pageSize: '50' }) },
  { id: 'search', label: 'search q=ヤマダ', path: () => list({ q: 'ヤマダ', page: '1', pageSize: '50' }) },
  {
    id: 'department',
    label: `department ${DIVISION_CODE} incl. sub-departments`,
    path: ({ divisionId }) => list({ departmentId: divisionId, page: '1', pageSize: '50' }),
  },
];

/** One request before the load: a scenario whose endpoint does not answer 200 is skipped, not measured. */
async function probe(url: string, cookie: string): Promise<{ ok: true; note: string } | { ok: false; note: string }> {
  const res = await fetch(url, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200) return { ok: false, note: `skipped: HTTP ${res.status} ${text.slice(0, 120)}` };
  const body = JSON.parse(text) as { total?: number; items?: unknown[] };
  return { ok: true, note: `total ${body.total ?? '?'}, ${body.items?.length ?? '?'} items on the page` };
}

async function runOn(kind: DbKind, opts: BenchOptions, fresh: boolean): Promise<ResultRow[]> {
  let divisionId = '';
  const target = await prepareDatabase(
    kind,
    {
      name: 'bench',
      fresh,
      isReady: (db) => orgIsReady(db, EMPLOYEES),
      fill: (db) => generateOrg(db, EMPLOYEES),
      inspect: async (db) => {
        const [row] = await queryRows<{ id: string }>(db, sql`SELECT id FROM departments WHERE code = ${DIVISION_CODE}`);
        divisionId = row!.id;
      },
    },
    opts.log,
  );
  const made = target.generatedSec === null ? 'cached' : `generated in ${target.generatedSec.toFixed(1)} s`;
  opts.note(`directory data on ${kind}: ${made}`);
  const rows: ResultRow[] = [];
  let server: RunningServer | undefined;
  try {
    server = await startApp(`app-${kind}`, target);
    const { cookie, roles } = await signIn(server.baseUrl, BENCH_USERS.hr, BENCH_PASSWORD);
    if (!roles.includes('hr')) throw new Error(`${BENCH_USERS.hr} signed in without the hr role (${roles.join(', ')})`);
    const app = server;
    await withCeiling(app, target, opts, async (ceiling) => {
      for (const s of SCENARIOS) {
        if (!opts.selected(`directory.${s.id}`)) continue;
        const url = app.baseUrl + s.path({ divisionId });
        const checked = await probe(url, cookie);
        if (!checked.ok) {
          opts.log(`  ${s.id} on ${kind}: ${checked.note}`);
          rows.push({ suite: 'directory', scenario: s.label, db: kind, stats: null, note: checked.note });
          continue;
        }
        const quiet = await unloaded(url, cookie);
        const ceil = await rawCeiling(ceiling, url, cookie, `directory.${s.id}`, opts);
        opts.log(`  ${s.id} on ${kind}: ${opts.durationSec} s at ${opts.connections} connections (${checked.note})`);
        const stats = await measure(
          { url, connections: opts.connections, durationSec: opts.durationSec, headers: { cookie } },
          warmupFor(opts.durationSec),
        );
        opts.log(`    ${Math.round(stats.reqPerSec)} req/s, p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`);
        const raw = await ceil?.measure();
        rows.push({
          suite: 'directory',
          scenario: s.label,
          db: kind,
          stats,
          unloaded: quiet,
          ceiling: raw?.stats,
          note: [checked.note, raw?.note].filter(Boolean).join('; '),
        });
      }
    });
  } finally {
    await server?.stop();
  }
  return rows;
}

export const directorySuite: Suite = {
  name: 'directory',
  describe: () =>
    `directory — ${EMPLOYEES.toLocaleString('en-US')} employees (+ HR and admin accounts) in ${ORG_DEPARTMENTS} departments (本部 → 部 → 課), signed in as HR`,
  run: async (opts) => {
    const rows: ResultRow[] = [];
    for (const kind of opts.dbs) rows.push(...(await runOn(kind, opts, opts.fresh)));
    return rows;
  },
};
