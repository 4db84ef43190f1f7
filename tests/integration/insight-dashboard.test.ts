import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentMoves } from '../../src/db/schema';
import type { Actor } from '../../src/domain/actor';
import { type CoverageCursor, notInterviewed } from '../../src/domain/insight/coverage';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let t: TestApp;
let org: Org;
let hr: TestClient;
let mgr: TestClient;
let emp: TestClient;
let roundId: string;
let id: string;

type Counts = { total: number; sheetSubmitted: number; done: number; planConfirmed: number; followedUp: number };
type Progress = {
  total: Counts;
  plan: { items: number; done: number; overdue: number };
  byDepartment: (Counts & { plan: { items: number } })[];
};

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  mgr = await t.client().login(org.manager.email);
  emp = await t.client().login(org.report.email);
  const r = await launchRound(t, hr, [org.report.id, org.report2.id, org.otherReport.id]);
  roundId = r.roundId;
  id = r.interviewOf(org.report.id);
  // One interview goes the whole way: held, a plan both confirm, an overdue item, a follow-up.
  await mgr.post(`/api/v1/interviews/${id}/plan/items`, { what: '研修を受講する', owner: 'employee', dueOn: '2026-01-31' });
  await mgr.post(`/api/v1/interviews/${id}/plan/items`, { what: 'アサインを調整する', owner: 'manager' });
  await mgr.post(`/api/v1/interviews/${id}/held`);
  await mgr.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 });
  await emp.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 });
  const items = ((await (await mgr.get(`/api/v1/interviews/${id}/record`)).json()) as { plan: { items: { id: string; what: string }[] } })
    .plan.items;
  await mgr.post(`/api/v1/interviews/${id}/follow-ups`, {
    heldOn: '2026-12-10',
    items: [{ itemId: items.find((i) => i.what === 'アサインを調整する')!.id, status: 'done' }],
  });
});
afterAll(() => t.close());

describe('round funnel (HR)', () => {
  it('counts each step from sheet to follow-up, and the plan items done and overdue', async () => {
    const p = (await (await hr.get(`/api/v1/rounds/${roundId}/progress?refresh=true`)).json()) as Progress;
    expect(p.total).toMatchObject({ total: 3, done: 1, planConfirmed: 1, followedUp: 1 });
    expect(p.plan).toEqual({ items: 2, done: 1, overdue: 1 });
    const team = p.byDepartment.find((d) => d.total === 2)!;
    expect(team).toMatchObject({ done: 1, planConfirmed: 1, plan: { items: 2 } });
  });
});

describe('a manager’s view of their own people', () => {
  it('is suppressed below five people', async () => {
    const mine = (await (await mgr.get('/api/v1/me/team-progress')).json()) as {
      items: { counts: { suppressed: boolean; total: number | null } }[];
    };
    expect(mine.items[0]!.counts).toEqual({ suppressed: true, total: null, minGroup: 5 });
  });

  it('shows the funnel from five people on, and only their own', async () => {
    const lead = await makeEmployee(t.db, { departmentId: org.team.id, familyName: '大野' });
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => makeEmployee(t.db, { departmentId: org.team.id, managerId: lead.id })));
    await launchRound(
      t,
      hr,
      people.map((p) => p.id),
      { name: '大野チームの面談' },
    );
    const c = await t.client().login(lead.email);
    const mine = (await (await c.get('/api/v1/me/team-progress')).json()) as {
      items: { round: { name: string }; counts: { suppressed: boolean; total: number; done: number } }[];
    };
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ round: { name: '大野チームの面談' }, counts: { suppressed: false, total: 5, done: 0 } });
    // Stored per interviewer for 15 s, like HR's round funnel: the next read is the same count, dated.
    const again = (await (await c.get('/api/v1/me/team-progress')).json()) as { asOf: string; items: unknown[] };
    expect(again).toEqual({ ...mine, asOf: expect.any(String) });
    expect(again.asOf).toBe((mine as unknown as { asOf: string }).asOf);
  });
});

describe('not interviewed for N months', () => {
  it('lists people never interviewed or not within N months, oldest first; HR only', async () => {
    type Cov = { items: { id: string; lastInterviewAt: string | null }[]; total: number };
    const cov = (await (await hr.get('/api/v1/insight/coverage?months=12&pageSize=200')).json()) as Cov;
    expect(cov.items.some((p) => p.id === org.report.id)).toBe(false);
    expect(cov.items.some((p) => p.id === org.report2.id && p.lastInterviewAt === null)).toBe(true);
    const inTeam = (await (await hr.get(`/api/v1/insight/coverage?months=12&departmentId=${org.division.id}&pageSize=200`)).json()) as Cov;
    expect(inTeam.items.some((p) => p.id === org.otherReport.id)).toBe(false);
    expect((await mgr.get('/api/v1/insight/coverage')).status).toBe(404);
    const bad = await hr.get('/api/v1/insight/coverage?months=0');
    expect(bad.status).toBe(400);
  });

  it('walks the whole list by cursor in the same order as its numbered pages, ties and never-interviewed included', async () => {
    // Ties to the microsecond, and times a JS date cannot hold exactly.
    const ids = (await Promise.all([1, 2, 3, 4, 5].map((k) => makeEmployee(t.db, { familyName: `順序${k}` })))).map((e) => e.id);
    await t.db.execute(
      sql`update employees set last_interview_at = timestamptz '2020-01-02 03:04:05.123456+00' where id in ${ids.slice(0, 3)}`,
    );
    await t.db.execute(sql`update employees set last_interview_at = timestamptz '2020-01-02 03:04:05.123999+00' where id = ${ids[3]!}`);
    const hrActor: Actor = { id: org.hr.id, roles: new Set(['employee', 'hr']), locale: 'ja' };
    const numbered = await notInterviewed(t.db, { actor: hrActor, months: 12, pageSize: 1000 });
    const walked: string[] = [];
    let cursor: CoverageCursor | undefined;
    for (let n = 0; n < 1000; n++) {
      const page = await notInterviewed(t.db, { actor: hrActor, months: 12, pageSize: 2, after: cursor });
      walked.push(...page.items.map((p) => p.id));
      if (!page.next) break;
      cursor = page.next;
    }
    expect(walked).toEqual(numbered.items.map((p) => p.id));
    expect(walked).toEqual(expect.arrayContaining(ids));
  });
});

describe('internal moves', () => {
  it('a department change on any path is recorded as a move', async () => {
    const before = ((await (await hr.get(`/api/v1/employees/${org.report2.id}`)).json()) as { version: number }).version;
    expect((await hr.patch(`/api/v1/employees/${org.report2.id}`, { version: before, departmentId: org.otherTeam.id })).status).toBe(200);
    const moves = await t.db.select().from(departmentMoves).where(eq(departmentMoves.employeeId, org.report2.id));
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ fromDepartmentId: org.team.id, toDepartmentId: org.otherTeam.id });
  });
});
