// 200 simulated people at once on the large company, each walking their real flow in a loop with no
// think time (a stress bound, not a day's traffic): employees fill in their sheet, managers prepare
// and write up interviews, HR watches the round. Reads and writes mixed; every answer must be 2xx.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { defaultWorkers } from '../../src/config';
import { companySpec } from '../lib/data/company';
import { BENCH_PASSWORD, BENCH_USERS } from '../lib/data/org';
import { LATEST_ROUND } from '../lib/data/rounds';
import { prepareDatabase, queryRows } from '../lib/databases';
import { sampleCpu } from '../lib/cpu';
import { send } from '../lib/http';
import { percentile } from '../lib/load';
import { type RunningServer, startApp } from '../lib/server';
import { signIn } from '../lib/session';
import type { BenchOptions, DbKind, LoadStats, ResultRow, Suite } from '../lib/types';

const USERS = { employee: 150, manager: 40, hr: 10 } as const;
type Person = { email: string; interviewId: string };
type Ctx = { round: string; employees: Person[]; managers: Person[] };
type Step = { method: 'GET' | 'PUT' | 'PATCH' | 'POST'; path: string; body?: (prev: Record<string, unknown>) => unknown };

/** Each kind of person's loop: one pass through the pages they use, with their writes. */
function flow(kind: keyof typeof USERS, p: Person, round: string, n: () => number): Step[] {
  if (kind === 'employee')
    return [
      { method: 'GET', path: '/me/interviews' },
      { method: 'GET', path: `/interviews/${p.interviewId}/forms/sheet` },
      {
        method: 'PUT',
        path: `/interviews/${p.interviewId}/forms/sheet/answers`,
        body: () => ({ answers: { currentIssues: { value: `負荷試験の下書き ${n()}` } } }),
      },
      { method: 'GET', path: '/notifications' },
      { method: 'GET', path: '/me/history' },
      { method: 'GET', path: '/me/wishes' },
    ];
  if (kind === 'manager')
    return [
      { method: 'GET', path: '/interviews?page=1&pageSize=50' },
      { method: 'GET', path: `/interviews/${p.interviewId}/prep` },
      { method: 'GET', path: `/interviews/${p.interviewId}/record` },
      {
        method: 'PATCH',
        path: `/interviews/${p.interviewId}/record`,
        body: (prev) => {
          const r = prev as { version: number; workspace: { landingPoint: string } };
          return { version: r.version, changes: { landingPoint: `着地点 ${n()}` }, base: { landingPoint: r.workspace.landingPoint } };
        },
      },
      { method: 'POST', path: `/interviews/${p.interviewId}/notes`, body: () => ({ visibility: 'private', body: `メモ ${n()}` }) },
      { method: 'GET', path: '/me/team-progress' },
    ];
  return [
    { method: 'GET', path: `/rounds/${round}/progress` },
    { method: 'GET', path: `/rounds/${round}/interviews?page=${1 + (n() % 20)}&pageSize=50` },
    { method: 'GET', path: '/insight/coverage?months=12' },
    { method: 'GET', path: `/employees?q=${encodeURIComponent('ヤマダ')}` },
    { method: 'GET', path: '/wishes' },
  ];
}

type Tally = {
  times: number[];
  errors: number;
  firstError: string | null;
  byMethod: Record<string, number>;
  /** Response times per step ("GET /interviews/:id/prep"): where the load's time goes. */
  byStep: Map<string, number[]>;
};

/** A step's path as a template: ids and numbers become placeholders, the query is dropped. */
const stepName = (s: Step) => `${s.method} ${s.path.split('?')[0]!.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}`;

/** One person looping through their flow until `until` (or `passes` times); the answer of each step feeds the next one's body. */
async function walk(base: string, cookie: string, steps: Step[], until: number, tally: Tally, passes = Infinity): Promise<void> {
  const csrf = /mendan_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  let prev: Record<string, unknown> = {};
  for (let pass = 0; pass < passes && performance.now() < until; pass++) {
    for (const s of steps) {
      const t0 = performance.now();
      try {
        const body = s.body ? JSON.stringify(s.body(prev)) : undefined;
        const res = await send(`${base}/api/v1${s.path}`, {
          method: s.method,
          headers: { cookie, ...(body ? { 'content-type': 'application/json', 'x-csrf-token': csrf } : {}) },
          body,
        });
        const text = res.text;
        if (res.status < 200 || res.status > 299) throw new Error(`${s.method} ${s.path}: HTTP ${res.status} ${text.slice(0, 160)}`);
        prev = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        const ms = performance.now() - t0;
        tally.times.push(ms);
        tally.byMethod[s.method] = (tally.byMethod[s.method] ?? 0) + 1;
        const name = stepName(s);
        const list = tally.byStep.get(name) ?? [];
        if (!list.length) tally.byStep.set(name, list);
        list.push(ms);
      } catch (e) {
        tally.errors++;
        tally.firstError ??= (e as Error).message;
      }
      if (performance.now() >= until) return;
    }
  }
}

async function people(db: Db, ctx: Ctx) {
  // Employees whose running interview still takes sheet answers (draft or not started), one per 課 in turn.
  ctx.employees = await queryRows<Person>(
    db,
    sql`SELECT email, "interviewId" FROM (
        SELECT e.email, i.id AS "interviewId", row_number() OVER (PARTITION BY i.department_id ORDER BY i.id) AS k
        FROM interviews i JOIN rounds r ON r.id = i.round_id JOIN employees e ON e.id = i.employee_id
        LEFT JOIN form_responses s ON s.interview_id = i.id AND s.kind = 'sheet'
        WHERE r.name = ${LATEST_ROUND} AND i.status = 'preparing' AND coalesce(s.status, 'draft') = 'draft') x
      ORDER BY k, email LIMIT ${USERS.employee}`,
  );
  // 課長 with one held interview each to write up.
  ctx.managers = await queryRows<Person>(
    db,
    sql`SELECT DISTINCT ON (h.id) h.email, i.id AS "interviewId"
      FROM interviews i JOIN rounds r ON r.id = i.round_id JOIN employees h ON h.id = i.interviewer_id
      JOIN interview_records rec ON rec.interview_id = i.id
      WHERE r.name = ${LATEST_ROUND} AND i.status = 'done' AND h.employee_number LIKE 'HBD__-__-__'
      ORDER BY h.id, i.id LIMIT ${USERS.manager}`,
  );
  const [round] = await queryRows<{ id: string }>(db, sql`SELECT id FROM rounds WHERE name = ${LATEST_ROUND}`);
  ctx.round = round!.id;
  // A run stopped half-way may have left sign-in attempts counted against the bench's accounts.
  await db.execute(sql`DELETE FROM throttles WHERE key LIKE 'login:%'`);
}

/**
 * Signs everyone in, a few at a time (each sign-in is a deliberate argon2id hash). The ten HR loops share the
 * bench's one HR account: signed in once, else the login throttle (five attempts in flight per account) refuses.
 */
async function signInAll(base: string, emails: string[]): Promise<string[]> {
  const unique = [...new Set(emails)];
  const byEmail = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 8) {
    await Promise.all(unique.slice(i, i + 8).map(async (e) => byEmail.set(e, (await signIn(base, e, BENCH_PASSWORD)).cookie)));
  }
  return emails.map((e) => byEmail.get(e)!);
}

async function runOn(kind: DbKind, opts: BenchOptions): Promise<ResultRow> {
  const ctx: Ctx = { round: '', employees: [], managers: [] };
  const target = await prepareDatabase(
    kind,
    companySpec(opts.fresh, (db) => people(db, ctx)),
    opts.log,
  );
  const label = `${USERS.employee + USERS.manager + USERS.hr} people at once: ${USERS.employee} employees, ${USERS.manager} managers, ${USERS.hr} HR (mixed flows)`;
  if (ctx.employees.length < USERS.employee || ctx.managers.length < USERS.manager) {
    return {
      suite: 'load',
      scenario: label,
      db: kind,
      stats: null,
      note: `skipped: only ${ctx.employees.length} employees / ${ctx.managers.length} managers found`,
    };
  }
  let server: RunningServer | undefined;
  try {
    server = await startApp(`app-load-${kind}`, target, {
      workers: true,
      // As Mendan runs by default (WORKERS unset): one server per core on PostgreSQL, one on PGlite.
      processes: defaultWorkers(target.databaseUrl),
    });
    const base = server.baseUrl;
    const cast = [
      ...ctx.employees.map((p) => ({ kind: 'employee' as const, p })),
      ...ctx.managers.map((p) => ({ kind: 'manager' as const, p })),
      ...Array.from({ length: USERS.hr }, () => ({ kind: 'hr' as const, p: { email: BENCH_USERS.hr, interviewId: '' } })),
    ];
    const cookies = await signInAll(
      base,
      cast.map((c) => c.p.email),
    );
    let counter = 0;
    const n = () => ++counter;
    // Each step alone first (one person at a time, a few passes each): what a request costs without a queue,
    // which the loaded times below cannot tell apart from waiting.
    const solo = newTally();
    for (const kindOf of ['employee', 'manager', 'hr'] as const) {
      const i = cast.findIndex((c) => c.kind === kindOf);
      await walk(base, cookies[i]!, flow(kindOf, cast[i]!.p, ctx.round, n), Infinity, solo, SOLO_PASSES);
    }
    const durationSec = Math.max(30, opts.durationSec * 3);
    const tally = newTally();
    opts.log(`  load on ${kind}: ${cast.length} people for ${durationSec} s`);
    const t0 = performance.now();
    const until = t0 + durationSec * 1000;
    const cpu = sampleCpu();
    await Promise.all(cast.map((c, i) => walk(base, cookies[i]!, flow(c.kind, c.p, ctx.round, n), until, tally)));
    const spent = cpu.stop();
    const elapsed = (performance.now() - t0) / 1000;
    const sorted = Float64Array.from(tally.times).sort();
    const stats: LoadStats = {
      requests: sorted.length,
      durationSec: elapsed,
      reqPerSec: sorted.length / elapsed,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
      errors: tally.errors,
      non2xx: 0,
      unfinished: 0,
    };
    const writes = (tally.byMethod.PUT ?? 0) + (tally.byMethod.PATCH ?? 0) + (tally.byMethod.POST ?? 0);
    opts.log(
      `    ${Math.round(stats.reqPerSec)} req/s, p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms, ${tally.errors} errors`,
    );
    // Where the machine's CPU went, per response: the app, PostgreSQL (on this machine) and this driver.
    const perResponse = (sec: number) => `${((1000 * sec) / Math.max(1, sorted.length)).toFixed(2)} ms`;
    const note = [
      `${writes.toLocaleString('en-US')} writes among them`,
      ...(spent
        ? [
            `CPU per response: app ${perResponse(spent.app)}${kind === 'pg' ? `, PostgreSQL ${perResponse(spent.database)}` : ' (PGlite inside)'}, load driver ${perResponse(spent.driver)}`,
          ]
        : []),
      tally.firstError ? `first error: ${tally.firstError}` : 'every answer 2xx',
    ].join('; ');
    opts.appendix(stepTable(kind, tally.byStep, solo.byStep));
    return { suite: 'load', scenario: label, db: kind, stats, note };
  } finally {
    await server?.stop();
  }
}

const SOLO_PASSES = 5;
const newTally = (): Tally => ({ times: [], errors: 0, firstError: null, byMethod: {}, byStep: new Map() });

/**
 * The load's steps: their times under load, their time alone, and their share of the work (responses × time alone)
 * — under load every step mostly waits its turn, so the work share says which requests to make cheaper first.
 */
function stepTable(kind: DbKind, byStep: Map<string, number[]>, alone: Map<string, number[]>): string {
  const rows = [...byStep].map(([name, times]) => {
    const sorted = Float64Array.from(times).sort();
    const soloP50 = percentile(Float64Array.from(alone.get(name) ?? []).sort(), 50);
    return { name, n: times.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), soloP50, work: times.length * soloP50 };
  });
  const all = rows.reduce((a, r) => a + (Number.isFinite(r.work) ? r.work : 0), 0);
  rows.sort((a, b) => b.work - a.work);
  return [
    `### load on ${kind}: time by step`,
    '',
    '| step | responses | p50 ms | p95 ms | alone p50 ms | share of the work |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.n} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.soloP50.toFixed(1)} | ${((100 * r.work) / all).toFixed(1)} % |`,
    ),
  ].join('\n');
}

export const loadSuite: Suite = {
  name: 'load',
  describe: () =>
    `load — the insight data; ${USERS.employee} employees (my interviews, the sheet, saving a sheet answer, notifications, history, wishes), ${USERS.manager} 課長 (their list, the prep page, the record, saving the 着地点 with its version, adding a private note, their funnel) and ${USERS.hr} HR sessions (round progress, a page of the round's interviews, coverage, a furigana search, wishes) in closed loops without think time, for max(30 s, 3 × --duration); errors count every non-2xx answer and failed request`,
  run: async (opts) => {
    const rows: ResultRow[] = [];
    // The issue asks for PostgreSQL; PGlite runs too when asked, as one more figure.
    for (const kind of opts.dbs) rows.push(await runOn(kind, opts));
    return rows;
  },
};
