import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeVisits, mailOutbox } from '../../src/db/schema';
import { VISIT_GAP_MS } from '../../src/domain/home/policy';
import type { HomeTodo } from '../../src/domain/home/responses';
import { addDays, companyToday } from '../../src/domain/shared/calendar';
import { makeDepartment, makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 15.3: HR's and the system owner's home — running rounds with the departments behind, retention-risk
// signs new since the last visit, failed mail. Each only for those who already see it elsewhere; a flag that
// rests on 「人事のみ」 answers kept from the reader does not exist for them.

let t: TestApp;
let org: Org;
let hr: TestClient;
let admin: TestClient;
let mgr: TestClient;
let emp: TestClient;
let hrBoss: TestClient;
let hrBossId: string;
let roundId: string;
let ids: Record<'report' | 'report2' | 'otherReport' | 'kept', string>;

const today = companyToday();
const HR_ONLY = '上司には言っていないが転職を考えている';
const SHEET = {
  currentIssues: { value: '残業が多いこと' },
  careerGoals: { value: { short: 'リーダー経験', mid: '', long: '' } },
  currentEfforts: { value: '設計レビュー' },
};
/** Low satisfaction and worried about the future: the rule 'dissatisfiedAndWorried'. */
const worried = (hrOnly: boolean) => ({
  jobSatisfaction: { value: 1, hrOnly },
  rewarding: { value: 3 },
  careerAnxiety: { value: 1, hrOnly },
  lifeEvents: { value: HR_ONLY, hrOnly: true },
});

const todo = async (c: TestClient) => {
  const res = await c.get('/api/v1/me/todo');
  expect(res.status).toBe(200);
  const text = await res.text();
  return { body: JSON.parse(text) as HomeTodo, text };
};
const submit = async (c: TestClient, id: string, kind: 'sheet' | 'survey', answers: Record<string, unknown>) => {
  expect((await c.put(`/api/v1/interviews/${id}/forms/${kind}/answers`, { answers })).status).toBe(200);
  expect((await c.post(`/api/v1/interviews/${id}/forms/${kind}/submit`)).status).toBe(200);
};
const risksOf = (b: HomeTodo) => b.hr!.risks!.rounds.find((r) => r.round.id === roundId)!;

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  admin = await t.client().login(org.admin.email);
  mgr = await t.client().login(org.manager.email);
  emp = await t.client().login(org.report.email);
  // An HR staff member who is also someone's manager: that person's 人事のみ answers are kept from them.
  const office = await makeDepartment(t.db, { name: '総務部' });
  const boss = await makeEmployee(t.db, { roles: ['hr'], departmentId: office.id, familyName: '人事', givenName: '部長' });
  const kept = await makeEmployee(t.db, { departmentId: office.id, managerId: boss.id });
  hrBossId = boss.id;
  hrBoss = await t.client().login(boss.email);
  const r = await launchRound(t, hr, [org.report.id, org.report2.id, org.otherReport.id, kept.id], {
    periodStart: addDays(today, -5),
    periodEnd: addDays(today, 60),
    prepDueOn: addDays(today, 10),
  });
  roundId = r.roundId;
  ids = {
    report: r.interviewOf(org.report.id),
    report2: r.interviewOf(org.report2.id),
    otherReport: r.interviewOf(org.otherReport.id),
    kept: r.interviewOf(kept.id),
  };
  // The first team prepares; the other team has not started; the kept person's worry is all 人事のみ.
  await submit(emp, ids.report, 'sheet', SHEET);
  await submit(emp, ids.report, 'survey', worried(false));
  await submit(await t.client().login(org.report2.email), ids.report2, 'sheet', SHEET);
  await submit(await t.client().login(kept.email), ids.kept, 'survey', worried(true));
});
afterAll(() => t.close());

describe('running rounds', () => {
  it('are counted by a job, never by the home page itself; then name the departments behind', async () => {
    const first = (await todo(hr)).body.hr!;
    const round = first.rounds!.items.find((x) => x.round.id === roundId)!;
    expect(round).toMatchObject({ periodEnd: addDays(today, 60), prepDueOn: addDays(today, 10), progress: null });
    expect(risksOf((await todo(hr)).body).counts).toBeNull();
    await t.drain();
    const { progress } = (await todo(hr)).body.hr!.rounds!.items.find((x) => x.round.id === roundId)!;
    expect(progress!.total).toMatchObject({ total: 4, sheetSubmitted: 2, surveySubmitted: 2, done: 0 });
    // The other team has done nothing; 総務部 keeps pace with the round as a whole (one survey of one person).
    expect(progress!.lagging.map((d) => [d.name, d.total, d.sheetSubmitted])).toEqual([['営業部', 1, 0]]);
  });

  it('are HR’s: a manager or an employee has no HR part, and HR without the outbox sees no mail', async () => {
    expect((await todo(mgr)).body.hr).toBeNull();
    expect((await todo(emp)).body.hr).toBeNull();
    expect((await todo(hr)).body.hr!.failedMail).toBeNull();
  });
});

describe('risk signs', () => {
  it('count what the risk page shows the reader: none resting on answers kept from them', async () => {
    const forHr = risksOf((await todo(hr)).body);
    expect(forHr.counts).toMatchObject({ total: 2, new: 2 });
    // The HR person who manages the kept employee: that flag rests on 人事のみ answers, so it is not there.
    const forBoss = (await todo(hrBoss)).body;
    expect(risksOf(forBoss).counts).toMatchObject({ total: 1 });
    for (const c of [hr, hrBoss, admin]) expect((await todo(c)).text).not.toContain(HR_ONLY);
  });

  it('say how many are new since the previous visit, kept through one sitting', async () => {
    const mid = new Date();
    await submit(await t.client().login(org.report2.email), ids.report2, 'survey', worried(false));
    // The risk page's refresh recounts the flags (as its button does).
    expect((await hr.get(`/api/v1/rounds/${roundId}/risks?refresh=true`)).status).toBe(200);
    // In the middle of a sitting that began after the first two were submitted.
    await t.db.update(homeVisits).set({ seenAt: new Date(), previousAt: mid }).where(eq(homeVisits.employeeId, org.hr.id));
    const now = (await todo(hr)).body.hr!.risks!;
    expect(now.since).toBe(mid.toISOString());
    expect(risksOf((await todo(hr)).body).counts).toMatchObject({ total: 3, new: 1 });
  });

  it('a visit after a break starts a new sitting: the last visit becomes the one compared with', async () => {
    const last = new Date(Date.now() - VISIT_GAP_MS - 60_000);
    await t.db.update(homeVisits).set({ seenAt: last, previousAt: null }).where(eq(homeVisits.employeeId, org.hr.id));
    const { hr: part } = (await todo(hr)).body;
    expect(part!.risks!.since).toBe(last.toISOString());
    expect(risksOf((await todo(hr)).body).counts).toMatchObject({ total: 3, new: 3 });
    // Only readers of risks have a visit stored at all.
    expect(await t.db.select().from(homeVisits).where(eq(homeVisits.employeeId, org.manager.id))).toEqual([]);
    expect(await t.db.select().from(homeVisits).where(eq(homeVisits.employeeId, hrBossId))).toHaveLength(1);
  });
});

describe('failed mail', () => {
  it('is counted for whoever reads the outbox', async () => {
    expect((await todo(admin)).body.hr!.failedMail).toEqual({ total: 0, totalCapped: false });
    await t.db.insert(mailOutbox).values([
      { toAddress: 'a@example.jp', subject: '面談日時の確定', bodyText: '…', status: 'failed' },
      { toAddress: 'b@example.jp', subject: '面談日時の確定', bodyText: '…', status: 'sent' },
    ]);
    const { body, text } = await todo(admin);
    expect(body.hr!.failedMail).toEqual({ total: 1, totalCapped: false });
    // A count, never an address or a subject.
    expect(text).not.toContain('a@example.jp');
    expect((await todo(hr)).body.hr!.failedMail).toBeNull();
  });
});
