import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows';
import { auditLog, interviewReflections } from '../../src/db/schema';
import { closedPeriods, periodOf } from '../../src/domain/reflection/rules';
import { companyToday } from '../../src/domain/shared/calendar';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let t: TestApp;
let org: Org;
let hr: TestClient;
let emp: TestClient;
let mgr: TestClient;
let other: TestClient;
let id: string;
let ids: string[] = [];
let otherIds: string[] = [];
const COMMENT = '面談者には見せたくない一言: 途中で話を遮られた';
const [CLOSED, BEFORE] = closedPeriods(companyToday(), 2) as [string, string];
const CURRENT = periodOf(companyToday());
type Scores = { n: number; scores: Record<string, number> | null };
type Card = { period: string; own: Scores; company: Scores; ownPrevious: Scores; weakest: string | null; managerSees: boolean };
const card = async (c: TestClient, path = '/api/v1/me/reflection') => {
  const res = await c.get(path);
  return { status: res.status, body: (await res.json()) as Card };
};
const answer = { listen: 2, strengths: 4, support: 3, followUp: 5 };

/** Answers written straight into the table (the API counts an answer in the running period only). */
async function seedAnswers(interviewerId: string, period: string, values: number[], ids: string[]) {
  for (const [k, v] of values.entries())
    await t.db.insert(interviewReflections).values({
      interviewId: ids[k]!,
      interviewerId,
      period,
      listen: v,
      strengths: v,
      support: v,
      followUp: v,
    });
}

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  emp = await t.client().login(org.report.email);
  mgr = await t.client().login(org.manager.email);
  other = await t.client().login(org.otherManager.email);
  const r = await launchRound(t, hr, [org.report.id]);
  id = r.interviewOf(org.report.id);
  // Twelve more reports of the manager and five of another interviewer, each with a held interview.
  const people = [];
  for (let i = 0; i < 12; i++) people.push(await makeEmployee(t.db, { departmentId: org.team.id, managerId: org.manager.id }));
  const others = [];
  for (let i = 0; i < 5; i++) others.push(await makeEmployee(t.db, { departmentId: org.otherTeam.id, managerId: org.otherManager.id }));
  const more = await launchRound(
    t,
    hr,
    [...people, ...others].map((p) => p.id),
    { name: '振り返りの検証' },
  );
  ids = people.map((p) => more.interviewOf(p.id));
  otherIds = others.map((p) => more.interviewOf(p.id));
  // Closed periods hold every answer they will ever hold before anyone reads them (answers file in the running one).
  await seedAnswers(org.manager.id, CLOSED, [5, 4, 4, 3], ids.slice(0, 4));
  await seedAnswers(org.manager.id, BEFORE, [5, 4, 4, 3, 2], ids.slice(5, 10));
  await seedAnswers(org.otherManager.id, BEFORE, [2, 2, 2], otherIds.slice(0, 3));
});
afterAll(async () => t?.close());

describe('the employee answers the four questions', () => {
  it('only after the interview is held, only as the employee, once', async () => {
    expect((await (await emp.get(`/api/v1/interviews/${id}/reflection`)).json()) as object).toMatchObject({
      canAnswer: false,
      answered: false,
    });
    expect((await emp.put(`/api/v1/interviews/${id}/reflection`, answer)).status).toBe(403);
    expect((await mgr.post(`/api/v1/interviews/${id}/held`)).status).toBe(200);
    expect((await (await emp.get(`/api/v1/interviews/${id}/reflection`)).json()) as object).toMatchObject({ canAnswer: true });
    // The interviewer cannot answer, nor learn whether the employee did.
    expect((await mgr.put(`/api/v1/interviews/${id}/reflection`, answer)).status).toBe(404);
    expect((await mgr.get(`/api/v1/interviews/${id}/reflection`)).status).toBe(404);
    const bad = await emp.put(`/api/v1/interviews/${id}/reflection`, { ...answer, listen: 6 });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('1〜5で選んでください');
    const ok = await emp.put(`/api/v1/interviews/${id}/reflection`, { ...answer, comment: COMMENT });
    expect(ok.status).toBe(200);
    const status = (await ok.json()) as Record<string, unknown>;
    expect(status).toMatchObject({ answered: true, canAnswer: false, period: CURRENT });
    // The status says that the answer counted, never what it said.
    expect(Object.keys(status).sort()).toEqual(['answered', 'answeredAt', 'canAnswer', 'period']);
    expect((await emp.put(`/api/v1/interviews/${id}/reflection`, answer)).status).toBe(409);
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'reflection.answer'));
    expect(JSON.stringify(audit)).not.toContain(COMMENT);
  });

  it('no path the interviewer can call shows the answer: every GET of the API, as the interviewer', async () => {
    const doc = (await (await mgr.get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const fill: Record<string, string> = { id, interviewId: id, employeeId: org.report.id, roundId: id };
    let called = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || path.includes('{kind}') || path.includes('{token')) continue;
      const url = path.replace(/\{(\w+)\}/g, (_, k: string) => fill[k] ?? id);
      for (const u of new Set([url, url.replace(id, org.report.id)])) {
        const res = await mgr.get(u);
        const body = await res.text();
        called++;
        expect(body, u).not.toContain(COMMENT);
        expect(body, u).not.toContain('"listen":2');
      }
    }
    expect(called).toBeGreaterThan(50);
  });
});

describe("the interviewer's card: closed fixed periods and five answers", () => {
  it('hides the own figure below five answers and the company beside fewer than five others', async () => {
    const c = await card(mgr);
    expect(c.status).toBe(200);
    expect(c.body.period).toBe(CLOSED);
    expect(c.body.own).toEqual({ n: 4, scores: null });
    expect(c.body.company.scores).toBeNull();
    expect(c.body.managerSees).toBe(false);
  });

  it('a closed period is counted once: a later answer can never change what was shown', async () => {
    const before = await card(mgr);
    // An answer the app could never file in a closed period (it files answers in the running one): still no change.
    await seedAnswers(org.manager.id, CLOSED, [1], ids.slice(4, 5));
    const after = await card(mgr);
    expect(after.body).toEqual(before.body);
  });

  it('shows averages from five answers, against the company only when the others gave five too', async () => {
    // The previous period: five own answers and three of another interviewer's.
    const c = await card(mgr);
    expect(c.body.ownPrevious).toEqual({ n: 5, scores: { listen: 3.6, strengths: 3.6, support: 3.6, followUp: 3.6 } });
    // The other interviewer's card: three of their own (hidden), and the company minus them is the manager's five.
    const o = await card(other);
    expect(o.body.own.scores).toBeNull();
  });

  it('answers sent now count in the running period, which no card or HR view shows', async () => {
    const before = await card(mgr);
    const hrBefore = await (await hr.get('/api/v1/insight/reflection')).text();
    const [who] = rowsOf<{ email: string }>(
      await t.db.execute(sql`select e.email from employees e join interviews i on i.employee_id = e.id where i.id = ${ids[11]!}`),
    );
    const emp2 = await t.client().login(who!.email);
    expect((await mgr.post(`/api/v1/interviews/${ids[11]}/held`)).status).toBe(200);
    expect((await emp2.put(`/api/v1/interviews/${ids[11]}/reflection`, answer)).status).toBe(200);
    expect((await card(mgr)).body).toEqual(before.body);
    expect(await (await hr.get('/api/v1/insight/reflection')).text()).toBe(hrBefore);
    // Nor can anyone ask for the running period or any window of their own.
    expect((await hr.get(`/api/v1/insight/reflection?period=${CURRENT}`)).status).toBe(400);
    expect((await hr.get('/api/v1/insight/reflection?period=2026-10')).status).toBe(400);
    expect((await card(mgr, `/api/v1/me/reflection?period=${CURRENT}`)).body.period).toBe(CLOSED);
  });
});

describe("HR's view and the manager's", () => {
  it('hides departments and interviewers so that no small group can be worked out by subtraction', async () => {
    const res = await hr.get(`/api/v1/insight/reflection?period=${BEFORE}`);
    expect(res.status).toBe(200);
    const v = (await res.json()) as {
      company: Scores;
      departments: { answers: Scores; interviewers: { id: string; answers: Scores }[] }[];
      trend: { period: string; company: Scores }[];
      notRated: { id: string }[];
    };
    // Eight answers: five about the manager (第一開発部), three about the other manager (営業部).
    expect(v.company.n).toBe(8);
    expect(v.company.scores).not.toBeNull();
    // 営業部 has three: hidden; 第一開発部 would then give them away (8 − 5): hidden too, with its people.
    for (const d of v.departments) {
      expect(d.answers.scores).toBeNull();
      for (const p of d.interviewers) expect(p.answers.scores).toBeNull();
    }
    expect(v.trend.map((p) => p.period)).toContain(BEFORE);
    expect(v.notRated.map((p) => p.id)).not.toContain(org.manager.id);
    const bytes = new Uint8Array(await (await hr.get(`/api/v1/insight/reflection.csv?period=${BEFORE}`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain(',全社,,8,3,3,3,3,');
    expect(csv.split('\r\n').filter((l) => l.includes('第一開発部'))[0]).not.toMatch(/,\d\.\d/);
    const actions = (await t.db.select({ a: auditLog.action }).from(auditLog)).map((r) => r.a);
    expect(actions).toEqual(expect.arrayContaining(['reflection.overview.read', 'reflection.export']));
    expect((await mgr.get('/api/v1/insight/reflection')).status).toBe(404);
    expect((await mgr.get('/api/v1/insight/reflection.csv')).status).toBe(404);
  });

  it("the interviewer's manager sees the card only when the company turns it on (shown on the card), audited", async () => {
    const boss = await makeEmployee(t.db, { departmentId: org.division.id });
    await t.db.execute(sql`update employees set manager_id = ${boss.id} where id = ${org.manager.id}`);
    const b = await t.client().login(boss.email);
    expect((await b.get(`/api/v1/employees/${org.manager.id}/reflection`)).status).toBe(404);
    expect((await mgr.put('/api/v1/settings/reflection', { managerSees: true })).status).toBe(403);
    expect((await hr.put('/api/v1/settings/reflection', { managerSees: true })).status).toBe(200);
    expect((await card(mgr)).body.managerSees).toBe(true);
    const seen = await card(b, `/api/v1/employees/${org.manager.id}/reflection`);
    expect(seen.status).toBe(200);
    expect(seen.body.own).toEqual((await card(mgr)).body.own);
    // Nobody else's manager, and not a colleague.
    expect((await other.get(`/api/v1/employees/${org.manager.id}/reflection`)).status).toBe(404);
    const reads = await t.db.select().from(auditLog).where(eq(auditLog.action, 'reflection.card.read'));
    expect(reads).toHaveLength(1);
    await hr.put('/api/v1/settings/reflection', { managerSees: false });
    expect((await b.get(`/api/v1/employees/${org.manager.id}/reflection`)).status).toBe(404);
  });
});
