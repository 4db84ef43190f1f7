import { sql } from 'drizzle-orm';
import { testConfig } from '../../src/config';
import type { Db, DbHandle } from '../../src/db/client';
import { systemActor } from '../../src/domain/actor';
import { listTemplates } from '../../src/domain/forms/templates';
import { LAUNCH_BATCH, launchRound, runLaunch } from '../../src/domain/rounds/launch';
import { createRound } from '../../src/domain/rounds/rounds';
import { startQueue } from '../../src/jobs/queue';
import { createLogger } from '../../src/log';
import { createMailer } from '../../src/mail/mailer';
import { warmupFor } from '../lib/baseline';
import { BENCH_PASSWORD, BENCH_USERS, generateOrg, orgIsReady } from '../lib/data/org';
import { countParticipants, generateRounds, LATEST_ROUND, lockPinnedVersions, ROUNDS, roundsAreReady } from '../lib/data/rounds';
import { prepareDatabase, queryRows } from '../lib/databases';
import { withCeiling } from '../lib/ceiling';
import { measure } from '../lib/load';
import { rawCeiling, unloaded } from '../lib/scenarios';
import { type RunningServer, startApp } from '../lib/server';
import { signIn } from '../lib/session';
import type { BenchOptions, DbKind, ResultRow, Suite } from '../lib/types';

/** Rounds on the generated company: 10 rounds × everyone = 1,000,000 interviews at 100,000 people. */
const EMPLOYEES = Number(process.env.BENCH_EMPLOYEES ?? 100_000);
/** Participants of the one-shot launch measurement (the "round of 10,000"). */
const LAUNCH_PEOPLE = Math.min(10_000, EMPLOYEES - 300);

export type RoundsCtx = { roundId: string; interviewId: string; head: string; member: string };
type Scenario = { id: string; label: string; as: 'hr' | 'head' | 'member'; path: (c: RoundsCtx) => string };

export const SCENARIOS: Scenario[] = [
  { id: 'progress', label: 'progress of a 100k round (HR)', as: 'hr', path: (c) => `/api/v1/rounds/${c.roundId}/progress` },
  {
    id: 'assignments',
    label: 'interviews of the round, first page (HR)',
    as: 'hr',
    path: (c) => `/api/v1/rounds/${c.roundId}/interviews?page=1&pageSize=50`,
  },
  {
    id: 'assignments-search',
    label: 'interviews of the round, q=ヤマダ (HR)',
    as: 'hr',
    path: (c) => `/api/v1/rounds/${c.roundId}/interviews?q=${encodeURIComponent('ヤマダ')}`,
  },
  { id: 'queue', label: "a 課長's interviewees (~700)", as: 'head', path: () => '/api/v1/interviews?page=1&pageSize=50' },
  {
    id: 'sheet',
    label: 'read a submitted sheet (interviewer, audited)',
    as: 'head',
    path: (c) => `/api/v1/interviews/${c.interviewId}/forms/sheet`,
  },
  { id: 'my-interviews', label: "an employee's own interviews (10 rounds)", as: 'member', path: () => '/api/v1/me/interviews' },
];

/** Times one launch of LAUNCH_PEOPLE participants, job included, then removes what it made. */
async function timeLaunch(db: Db, handle: DbHandle, note: (s: string) => void, kind: DbKind) {
  const config = testConfig();
  const log = createLogger(config.logLevel);
  const jobs = await startQueue(handle, log);
  const actor = systemActor();
  try {
    const ids = (
      await queryRows<{ id: string }>(
        db,
        sql`SELECT id FROM employees WHERE employee_number LIKE 'M%' AND status = 'active' ORDER BY employee_number LIMIT ${LAUNCH_PEOPLE}`,
      )
    ).map((r) => r.id);
    const templates = (await listTemplates(db, { actor })).items;
    const round = await createRound(db, {
      actor,
      name: 'ベンチ起動計測',
      type: 'career',
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      prepDueOn: null,
      themes: [],
      message: '',
      sheetTemplateId: templates.find((t) => t.kind === 'sheet')!.id,
      surveyTemplateId: templates.find((t) => t.kind === 'survey')!.id,
      participants: { all: false, departmentIds: [], grades: [], employeeIds: ids },
      interviewerRule: 'manager',
    });
    const t0 = performance.now();
    await launchRound(db, { actor, id: round.id, version: round.version, jobs });
    await runLaunch({ db, config, mailer: createMailer({ from: config.mailFrom }), jobs, log }, { roundId: round.id });
    const sec = (performance.now() - t0) / 1000;
    const [made] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM interviews WHERE round_id = ${round.id}`);
    note(
      `launch on ${kind}: ${made!.n.toLocaleString('en-US')} participants (batches of ${LAUNCH_BATCH}: interviews, in-app notice, mail to the outbox) in ${sec.toFixed(1)} s = ${((sec * 1000) / made!.n).toFixed(2)} ms per person`,
    );
    await db.execute(sql`DELETE FROM notifications WHERE params->>'round' = 'ベンチ起動計測'`);
    await db.execute(sql`DELETE FROM mail_outbox WHERE subject LIKE '%ベンチ起動計測%'`);
    await db.execute(sql`DELETE FROM interviews WHERE round_id = ${round.id}`);
    await db.execute(sql`DELETE FROM rounds WHERE id = ${round.id}`);
  } finally {
    await jobs.stop();
  }
}

/** The rounds database on `kind` (generated when missing), and the people and records the scenarios use. */
export async function prepareRounds(kind: DbKind, opts: BenchOptions, fresh: boolean, timeLaunches = false) {
  const ctx: RoundsCtx = { roundId: '', interviewId: '', head: '', member: '' };
  let people = 0;
  const target = await prepareDatabase(
    kind,
    {
      name: 'rounds',
      fresh,
      isReady: async (db) => (await orgIsReady(db, EMPLOYEES)) && (await roundsAreReady(db, await countParticipants(db))),
      fill: async (db) => {
        await generateOrg(db, EMPLOYEES);
        await generateRounds(db);
      },
      inspect: async (db, handle) => {
        await lockPinnedVersions(db);
        people = await countParticipants(db);
        const [r] = await queryRows<{ id: string }>(db, sql`SELECT id FROM rounds WHERE name = ${LATEST_ROUND}`);
        ctx.roundId = r!.id;
        // A 課長 and one of their people whose sheet is submitted.
        const [iv] = await queryRows<{ id: string; head: string; member: string }>(
          db,
          sql`SELECT i.id, h.email AS head, e.email AS member FROM interviews i
            JOIN employees e ON e.id = i.employee_id JOIN employees h ON h.id = i.interviewer_id
            JOIN form_responses f ON f.interview_id = i.id AND f.kind = 'sheet' AND f.status = 'submitted'
            WHERE i.round_id = ${ctx.roundId} AND h.employee_number LIKE 'H%-%-%' ORDER BY e.employee_number LIMIT 1`,
        );
        Object.assign(ctx, { interviewId: iv!.id, head: iv!.head, member: iv!.member });
        if (timeLaunches) await timeLaunch(db, handle, opts.note, kind);
      },
    },
    opts.log,
  );
  const made = target.generatedSec === null ? 'cached' : `generated in ${target.generatedSec.toFixed(1)} s`;
  opts.note(`rounds data on ${kind}: ${(people * ROUNDS).toLocaleString('en-US')} interviews in ${ROUNDS} rounds (${made})`);
  return { target, ctx };
}

async function runOn(kind: DbKind, opts: BenchOptions, fresh: boolean): Promise<ResultRow[]> {
  const { target, ctx } = await prepareRounds(kind, opts, fresh, opts.selected('rounds.launch'));
  const rows: ResultRow[] = [];
  let server: RunningServer | undefined;
  try {
    server = await startApp(`app-rounds-${kind}`, target);
    const cookies = {
      hr: (await signIn(server.baseUrl, BENCH_USERS.hr, BENCH_PASSWORD)).cookie,
      head: (await signIn(server.baseUrl, ctx.head, BENCH_PASSWORD)).cookie,
      member: (await signIn(server.baseUrl, ctx.member, BENCH_PASSWORD)).cookie,
    };
    const app = server;
    await withCeiling(app, target, opts, async (ceiling) => {
      for (const s of SCENARIOS) {
        if (!opts.selected(`rounds.${s.id}`)) continue;
        const url = app.baseUrl + s.path(ctx);
        const probe = await fetch(url, { headers: { cookie: cookies[s.as] } });
        if (probe.status !== 200) {
          const note = `skipped: HTTP ${probe.status} ${(await probe.text()).slice(0, 120)}`;
          rows.push({ suite: 'rounds', scenario: s.label, db: kind, stats: null, note });
          continue;
        }
        await probe.arrayBuffer();
        const quiet = await unloaded(url, cookies[s.as]);
        const ceil = await rawCeiling(ceiling, url, cookies[s.as], `rounds.${s.id}`, opts);
        opts.log(`  ${s.id} on ${kind}: ${opts.durationSec} s at ${opts.connections} connections`);
        const stats = await measure(
          { url, connections: opts.connections, durationSec: opts.durationSec, headers: { cookie: cookies[s.as] } },
          warmupFor(opts.durationSec),
        );
        opts.log(`    ${Math.round(stats.reqPerSec)} req/s, p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`);
        const raw = await ceil?.measure();
        rows.push({ suite: 'rounds', scenario: s.label, db: kind, stats, unloaded: quiet, ceiling: raw?.stats, note: raw?.note });
      }
    });
  } finally {
    await server?.stop();
  }
  return rows;
}

export const roundsSuite: Suite = {
  name: 'rounds',
  describe: () =>
    `rounds — ${ROUNDS} rounds × every employee (${EMPLOYEES.toLocaleString('en-US')} generated) = ~1,000,000 interviews; the latest running with sheets and surveys in every state`,
  run: async (opts) => {
    const rows: ResultRow[] = [];
    for (const kind of opts.dbs) rows.push(...(await runOn(kind, opts, opts.fresh)));
    return rows;
  },
};
