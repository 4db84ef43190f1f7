import { sql } from 'drizzle-orm';
import { companySpec, EMPLOYEES } from '../lib/data/company';
import { HELD_ROUND, POSITIONS, SURVEYED_ROUNDS } from '../lib/data/insight';
import { BENCH_PASSWORD, BENCH_USERS } from '../lib/data/org';
import { LATEST_ROUND } from '../lib/data/rounds';
import { prepareDatabase, queryRows } from '../lib/databases';
import { percentile } from '../lib/load';
import { withCeiling } from '../lib/ceiling';
import { type Body, runScenarios, type Scenario } from '../lib/scenarios';
import { type RunningServer, startApp } from '../lib/server';
import { signIn } from '../lib/session';
import type { BenchOptions, DbKind, ResultRow, Suite } from '../lib/types';

type Ctx = { latest: string; held: string; head: string; dept: string; position: string; word: string; interviews: number };
type Role = 'hr' | 'head';
const PERIOD = 'from=2025-04-01&to=2026-11-25';

const list =
  (key: string, min = 1) =>
  (b: Body) =>
    ((b[key] ?? []) as unknown[]).length >= min ? null : `fewer than ${min} ${key}`;
const progress = (b: Body) => {
  const t = b.total as { total?: number; planConfirmed?: number } | undefined;
  if (!t || (t.total ?? 0) < 50_000) return `total ${t?.total} interviews`;
  return list('byDepartment', 100)(b) ?? list('byInterviewer', 100)(b);
};
const noPending = (b: Body) => {
  const rounds = (b.rounds ?? []) as { pending?: boolean }[];
  if (rounds.length < SURVEYED_ROUNDS) return `${rounds.length} rounds`;
  if (rounds.some((r) => r.pending)) return 'a round is still pending';
  return list('groups', 3)(b);
};

const SCENARIOS: Scenario<Ctx, Role>[] = [
  {
    id: 'progress-running',
    label: 'round dashboard: funnel of the running round (HR)',
    as: 'hr',
    path: (c) => `/api/v1/rounds/${c.latest}/progress`,
    check: progress,
  },
  {
    id: 'progress-held',
    label: 'round dashboard: funnel, plans and follow-ups of the held round (HR)',
    as: 'hr',
    path: (c) => `/api/v1/rounds/${c.held}/progress`,
    check: (b) => progress(b) ?? (((b.total as { planConfirmed: number }).planConfirmed ?? 0) > 10_000 ? null : 'no confirmed plans'),
  },
  {
    id: 'ratings',
    label: 'interview ratings of the held round, aggregate (HR)',
    as: 'hr',
    path: (c) => `/api/v1/rounds/${c.held}/ratings`,
    check: (b) => (b.suppressed === false ? null : 'suppressed'),
  },
  {
    id: 'team-progress',
    label: "a 課長's own funnel, round by round",
    as: 'head',
    path: () => '/api/v1/me/team-progress',
    check: list('items', 5),
  },
  {
    id: 'coverage',
    label: 'not interviewed for 12 months, page 1 (HR)',
    as: 'hr',
    path: () => '/api/v1/insight/coverage?months=12',
    check: list('items', 50),
  },
  {
    id: 'coverage-dept',
    label: 'not interviewed for 12 months in one 部 (HR)',
    as: 'hr',
    path: (c) => `/api/v1/insight/coverage?months=12&departmentId=${c.dept}`,
    check: list('items', 10),
  },
  {
    id: 'outcomes',
    label: 'outcomes of a period, interviewed vs not (HR)',
    as: 'hr',
    path: () => `/api/v1/insight/outcomes?${PERIOD}`,
    check: (b) => ((b.interviewed as { people?: number })?.people ? null : 'nobody interviewed'),
  },
  {
    id: 'trends-dept',
    label: 'trends: satisfaction by department over the rounds (HR)',
    as: 'hr',
    path: () => '/api/v1/insight/trends?dimension=department&field=jobSatisfaction',
    check: noPending,
  },
  {
    id: 'trends-tenure',
    label: 'trends: career anxiety by tenure (HR)',
    as: 'hr',
    path: () => '/api/v1/insight/trends?dimension=tenure&field=careerAnxiety',
    check: noPending,
  },
  {
    id: 'risks',
    label: 'retention-risk signs of the running round, page 1 (HR)',
    as: 'hr',
    path: (c) => `/api/v1/rounds/${c.latest}/risks`,
    check: list('items', 20),
  },
  {
    id: 'themes',
    label: 'themes of the running round (HR)',
    as: 'hr',
    path: (c) => `/api/v1/insight/themes/${c.latest}`,
    check: list('words', 10),
  },
  {
    id: 'themes-answers',
    label: 'answers behind a theme word, page 1 (HR, audited)',
    as: 'hr',
    path: (c) => `/api/v1/insight/themes/${c.latest}/answers?word=${encodeURIComponent(c.word)}`,
    check: list('items', 10),
  },
  { id: 'wishes-hr', label: 'open wishes, page 1 (HR)', as: 'hr', path: () => '/api/v1/wishes', check: list('items', 20) },
  { id: 'wishes-manager', label: "open wishes of a 課長's people", as: 'head', path: () => '/api/v1/wishes', check: list('items', 20) },
  {
    id: 'candidates',
    label: 'ranked candidates for a position, with reasons (HR)',
    as: 'hr',
    path: (c) => `/api/v1/positions/${c.position}/candidates`,
    check: list('items', 20),
  },
  {
    id: 'candidates-skills',
    label: 'candidates including people by skills (HR)',
    as: 'hr',
    path: (c) => `/api/v1/positions/${c.position}/candidates?skills=true`,
    check: list('items', 20),
  },
];

const api = (server: RunningServer, path: string) => `${server.baseUrl}/api/v1${path}`;

async function call(server: RunningServer, cookie: string, method: string, path: string, body?: unknown): Promise<Body> {
  const csrf = /mendan_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  const send = () =>
    fetch(api(server, path), {
      method,
      headers: { cookie, 'x-csrf-token': csrf, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  // A GET sent on a kept-alive connection the server closes at that moment is sent again, as browsers do
  // (PGlite runs each query on the server's only thread, so a long one makes idle connections expire together).
  const res = await send().catch((e: unknown) => (method === 'GET' ? send() : Promise.reject(e)));
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  return (await res.json()) as Body;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `step` until `done` says so; the time it all took. */
async function timed(step: () => Promise<Body>, done: (b: Body) => boolean, limitMs = 15 * 60_000): Promise<{ ms: number; last: Body }> {
  const t0 = performance.now();
  for (;;) {
    const last = await step();
    if (done(last)) return { ms: performance.now() - t0, last };
    if (performance.now() - t0 > limitMs) throw new Error('not done within the limit');
    await sleep(250);
  }
}

/**
 * The work that dashboards cache or hand to jobs, timed once each on the fresh server: the first
 * reader's wait or the job's run. Leaves every cache warm for the scenarios.
 */
async function coldWork(kind: DbKind, server: RunningServer, hr: string, ctx: Ctx, opts: BenchOptions): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  const once = (scenario: string, ms: number, note: string) => {
    opts.log(`  ${scenario} on ${kind}: ${(ms / 1000).toFixed(2)} s`);
    rows.push({ suite: 'insight', scenario, db: kind, stats: null, unloaded: { p50: ms, p95: ms, n: 1 }, note });
  };
  const trends = await timed(
    () => call(server, hr, 'GET', '/insight/trends?dimension=department&field=jobSatisfaction'),
    (b) => !((b.rounds ?? []) as { pending?: boolean }[]).some((r) => r.pending),
  );
  once(
    'trends: snapshots of every round, first reader (cold)',
    trends.ms,
    `${(trends.last.rounds as unknown[]).length} rounds, each counted once and kept until it changes`,
  );
  const risks = await timed(
    () => call(server, hr, 'GET', `/rounds/${ctx.latest}/risks?refresh=true`),
    () => true,
  );
  once(
    'risks: recount of the running round (cold)',
    risks.ms,
    `${(risks.last.counts ? Object.values(risks.last.counts as Record<string, number>) : []).join(' / ')} signs by rule; kept five minutes`,
  );
  const outcomes = await timed(
    () => call(server, hr, 'GET', `/insight/outcomes?${PERIOD}&refresh=true`),
    () => true,
  );
  once(
    'outcomes: computed for a period (cold)',
    outcomes.ms,
    'refreshed behind the answer after two minutes, never served older than five',
  );
  const themes = await timed(
    async () => call(server, hr, 'GET', `/insight/themes/${ctx.latest}`),
    (b) => !b.running && ((b.words ?? []) as unknown[]).length > 0,
  );
  const words = (themes.last.words ?? []) as { word: string }[];
  ctx.word = words[0]?.word ?? '';
  once(
    'themes: count of the running round (background batch)',
    themes.ms,
    `${themes.last.respondents} respondents; top words ${words
      .slice(0, 5)
      .map((w) => w.word)
      .join('、')}`,
  );
  for (const [exportKind, params] of [
    ['roundProgress', { roundId: ctx.held }],
    ['coverage', { months: 12 }],
    ['outcomes', { from: '2025-04-01', to: '2026-11-25' }],
  ] as const) {
    const job = (await call(server, hr, 'POST', '/exports', { kind: exportKind, params })) as { id?: string };
    const run = await timed(
      () => call(server, hr, 'GET', '/exports'),
      (b) =>
        ((b.items ?? []) as { id: string; status: string }[]).some(
          (j) => j.id === job.id && (j.status === 'done' || j.status === 'failed'),
        ),
    );
    const item = ((run.last.items ?? []) as { id: string; status: string; size?: number; total?: number }[]).find((j) => j.id === job.id)!;
    once(
      `export ${exportKind} to CSV (job)`,
      run.ms,
      `${item.status}, ${item.total ?? '?'} rows, ${((item.size ?? 0) / 1024).toFixed(0)} KiB`,
    );
  }
  return rows;
}

/**
 * The ranked candidates as the first reader after a change finds them: any placement write drops the stored
 * rankings, so the position is edited before each of 15 timed reads (the stored answer is a scenario below).
 */
async function firstRankings(kind: DbKind, server: RunningServer, hr: string, ctx: Ctx): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  for (const skills of [false, true]) {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const { version } = (await call(server, hr, 'GET', `/positions/${ctx.position}`)) as { version?: number };
      await call(server, hr, 'PATCH', `/positions/${ctx.position}`, { version, description: `新規事業の立ち上げメンバー(${i + 1})` });
      const t0 = performance.now();
      await call(server, hr, 'GET', `/positions/${ctx.position}/candidates?skills=${skills}`);
      times.push(performance.now() - t0);
    }
    const sorted = Float64Array.from(times).sort();
    const scenario = `ranked candidates${skills ? ' including people by skills' : ''}, first reader after a change (HR)`;
    rows.push({
      suite: 'insight',
      scenario,
      db: kind,
      stats: null,
      unloaded: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length },
      note: 'the position edited before each read',
    });
  }
  return rows;
}

async function runOn(kind: DbKind, opts: BenchOptions): Promise<ResultRow[]> {
  const ctx: Ctx = { latest: '', held: '', head: '', dept: '', position: '', word: '', interviews: 0 };
  const target = await prepareDatabase(
    kind,
    companySpec(opts.fresh, async (db) => {
      const [row] = await queryRows<Omit<Ctx, 'word'>>(
        db,
        sql`SELECT (SELECT id FROM rounds WHERE name = ${LATEST_ROUND}) AS latest, (SELECT id FROM rounds WHERE name = ${HELD_ROUND}) AS held,
          (SELECT 'head.bd01-01-02@bench.example.jp') AS head, (SELECT id FROM departments WHERE code = 'BD01-01') AS dept,
          (SELECT id FROM positions ORDER BY title LIMIT 1) AS position, (SELECT count(*)::int FROM interviews) AS interviews`,
      );
      Object.assign(ctx, row);
      // Every run times the cold work from scratch: no snapshot or export of an earlier run is reused.
      await db.execute(sql`DELETE FROM insight_snapshots`);
      await db.execute(sql`DELETE FROM export_jobs`);
    }),
    opts.log,
  );
  const made = target.generatedSec === null ? 'cached' : `generated in ${target.generatedSec.toFixed(1)} s`;
  opts.note(`insight data on ${kind}: ${ctx.interviews.toLocaleString('en-US')} interviews (${made})`);
  let server: RunningServer | undefined;
  try {
    server = await startApp(`app-insight-${kind}`, target, { workers: true });
    const cookies: Record<Role, string> = {
      hr: (await signIn(server.baseUrl, BENCH_USERS.hr, BENCH_PASSWORD)).cookie,
      head: (await signIn(server.baseUrl, ctx.head, BENCH_PASSWORD)).cookie,
    };
    const rows = opts.selected('insight.cold') ? await coldWork(kind, server, cookies.hr, ctx, opts) : [];
    if (opts.selected('insight.candidates-first')) rows.push(...(await firstRankings(kind, server, cookies.hr, ctx)));
    const app = server;
    rows.push(
      ...(await withCeiling(app, target, opts, (ceiling) => runScenarios('insight', kind, app, cookies, SCENARIOS, ctx, opts, ceiling))),
    );
    return rows;
  } finally {
    await server?.stop();
  }
}

export const insightSuite: Suite = {
  name: 'insight',
  describe: () =>
    `insight — the record data (${EMPLOYEES.toLocaleString('en-US')} people, over 1,000,000 interviews) plus surveys (five scales, a transfer wish, a free-text idea) from everyone in the last ${SURVEYED_ROUNDS} career rounds, the previous round held and written up for 90 % (two plan items each, confirmations, follow-ups for 60 %, ratings for half), last-interview dates, internal moves for 3 %, eight skills per person, wishes from one person in six and ${POSITIONS} open positions. Cold work (snapshots, counts, exports) is timed once on a fresh server, then every dashboard query unloaded and under load`,
  run: async (opts) => {
    const rows: ResultRow[] = [];
    for (const kind of opts.dbs) rows.push(...(await runOn(kind, opts)));
    return rows;
  },
};
