import { sql } from 'drizzle-orm';
import { companySpec, EMPLOYEES } from '../lib/data/company';
import { BENCH_PASSWORD, BENCH_USERS } from '../lib/data/org';
import { HISTORY_PEOPLE, HISTORY_ROUNDS, historyPeople } from '../lib/data/record';
import { LATEST_ROUND, ROUNDS } from '../lib/data/rounds';
import { prepareDatabase, queryRows } from '../lib/databases';
import { withCeiling } from '../lib/ceiling';
import { type Body, runScenarios, type Scenario } from '../lib/scenarios';
import { type RunningServer, startApp } from '../lib/server';
import { signIn } from '../lib/session';
import type { BenchOptions, DbKind, ResultRow, Suite } from '../lib/types';

type Ctx = { interviewId: string; subject: string; head: string; member: string; held: number };

type Entry = { access: string; items?: unknown[]; followUps?: unknown[] };

/** Page 1 of a 40+ interview timeline: 20 entries, more to come, and (for readers who may) plans shown. */
function checkHistory(body: Body, open: 'full' | 'shared'): string | null {
  const entries = (body.entries ?? []) as Entry[];
  if (entries.length !== 20) return `history page 1 has ${entries.length} entries, expected 20`;
  if (body.hasMore !== true) return 'history page 1 says hasMore=false';
  const shown = entries.filter((e) => e.access === open && (e.items?.length ?? 0) > 0 && (e.followUps?.length ?? 0) > 0);
  if (shown.length < 19) return `only ${shown.length} of 20 entries show a plan and follow-ups as '${open}'`;
  return null;
}

function checkPrep(body: Body): string | null {
  const suggestions = (body.suggestions ?? []) as { reason?: { kind?: string } }[];
  if (!suggestions.some((s) => s.reason?.kind === 'scale'))
    return `prep has no survey-based suggestion (${suggestions.length} suggestions)`;
  if (!suggestions.some((s) => s.reason?.kind === 'overdue')) return 'prep has no overdue-item suggestion';
  const previous = body.previous as { hidden?: boolean; items?: unknown[] } | null;
  if (!previous || previous.hidden || !previous.items?.length) return 'prep shows no previous interview with its plan';
  if (!((body.carried ?? []) as unknown[]).length) return 'prep carries no open item over';
  if ((body.sheet as { status?: string } | null)?.status !== 'submitted') return 'prep shows no submitted sheet';
  return null;
}

const SCENARIOS: Scenario<Ctx, 'hr' | 'head' | 'member'>[] = [
  {
    id: 'prep',
    label: "interviewer's prep page (sheet, survey, previous plan, suggestions)",
    as: 'head',
    path: (c) => `/api/v1/interviews/${c.interviewId}/prep`,
    check: checkPrep,
  },
  {
    id: 'history-hr',
    label: 'history of a person with 40+ interviews, page 1 (HR)',
    as: 'hr',
    path: (c) => `/api/v1/employees/${c.subject}/history`,
    check: (b) => checkHistory(b, 'full'),
  },
  {
    id: 'history-manager',
    label: 'history, page 1 (manager and interviewer)',
    as: 'head',
    path: (c) => `/api/v1/employees/${c.subject}/history`,
    check: (b) => checkHistory(b, 'full'),
  },
  {
    id: 'my-history',
    label: 'own history, page 1 (the employee)',
    as: 'member',
    path: () => '/api/v1/me/history',
    check: (b) => checkHistory(b, 'shared'),
  },
];

async function runOn(kind: DbKind, opts: BenchOptions, fresh: boolean): Promise<ResultRow[]> {
  const ctx: Ctx = { interviewId: '', subject: '', head: '', member: '', held: 0 };
  let total = 0;
  const target = await prepareDatabase(
    kind,
    companySpec(fresh, async (db) => {
      const [first] = await historyPeople(db);
      // The subject's running interview, their manager (its interviewer) and the number of held interviews.
      const [row] = await queryRows<{ id: string; head: string; member: string; held: number; total: number }>(
        db,
        sql`SELECT i.id, h.email AS head, e.email AS member,
            (SELECT count(*)::int FROM interviews x WHERE x.employee_id = e.id AND x.status = 'done') AS held,
            (SELECT count(*)::int FROM interviews) AS total
          FROM interviews i JOIN rounds r ON r.id = i.round_id
          JOIN employees e ON e.id = i.employee_id JOIN employees h ON h.id = i.interviewer_id
          WHERE r.name = ${LATEST_ROUND} AND i.employee_id = ${first!}`,
      );
      Object.assign(ctx, { interviewId: row!.id, subject: first!, head: row!.head, member: row!.member, held: row!.held });
      total = row!.total;
    }),
    opts.log,
  );
  const made = target.generatedSec === null ? 'cached' : `generated in ${target.generatedSec.toFixed(1)} s`;
  opts.note(
    `record data on ${kind}: ${total.toLocaleString('en-US')} interviews (${ROUNDS} career rounds + ${HISTORY_ROUNDS} past 1on1 rounds of one 部); the measured person has ${ctx.held} held interviews (${made})`,
  );
  const rows: ResultRow[] = [];
  let server: RunningServer | undefined;
  try {
    server = await startApp(`app-record-${kind}`, target);
    const cookies = {
      hr: (await signIn(server.baseUrl, BENCH_USERS.hr, BENCH_PASSWORD)).cookie,
      head: (await signIn(server.baseUrl, ctx.head, BENCH_PASSWORD)).cookie,
      member: (await signIn(server.baseUrl, ctx.member, BENCH_PASSWORD)).cookie,
    };
    const app = server;
    rows.push(
      ...(await withCeiling(app, target, opts, (ceiling) => runScenarios('record', kind, app, cookies, SCENARIOS, ctx, opts, ceiling))),
    );
  } finally {
    await server?.stop();
  }
  return rows;
}

export const recordSuite: Suite = {
  name: 'record',
  describe: () =>
    `record — the rounds data (${EMPLOYEES.toLocaleString('en-US')} people, ${ROUNDS} career rounds) plus ${HISTORY_ROUNDS} past quarterly 1on1 rounds of one 部: over 1,000,000 interviews; ${HISTORY_PEOPLE} people with a full record (direction, 2–3 plan items, follow-up, notes, sheet and survey) of every held interview, and their running interview's forms submitted`,
  run: async (opts) => {
    const rows: ResultRow[] = [];
    for (const kind of opts.dbs) rows.push(...(await runOn(kind, opts, opts.fresh)));
    return rows;
  },
};
