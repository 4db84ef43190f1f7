import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employees, interviews } from '../../src/db/schema';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 15.6: a reader kept from a 「人事のみ」 answer is told that it exists — never its value — so an empty box does
// not read as "nothing to say".

let t: TestApp;
let org: Org;
let hr: TestClient;
let interviewId: string;
const SECRET = '親の介護で来年から時短勤務を考えています';

type Form = { answers: Record<string, { value: unknown; hrOnly: boolean }>; hidden: string[] };
type Prep = { sheet: Form | null };

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  const { interviewOf } = await launchRound(t, hr, [org.report2.id]);
  interviewId = interviewOf(org.report2.id);
  const emp = await t.client().login(org.report2.email);
  const answers = {
    currentIssues: { value: '残業が多いこと', hrOnly: false },
    careerGoals: { value: { short: 'リーダー経験', mid: '', long: '' }, hrOnly: false },
    currentEfforts: { value: '設計レビュー', hrOnly: false },
    supportDetail: { value: SECRET, hrOnly: true },
    // Marked 人事のみ but left blank: nothing is kept from anyone, so nothing is announced.
    workGoalLink: { value: '', hrOnly: true },
  };
  expect((await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, { answers })).status).toBe(200);
  expect((await emp.post(`/api/v1/interviews/${interviewId}/forms/sheet/submit`)).status).toBe(200);
});
afterAll(() => t.close());

describe('人事のみ answers, as the manager reads the sheet', () => {
  it('the manager is told the answer exists and gets no value, on the sheet and on the prep page', async () => {
    const mgr = await t.client().login(org.manager.email);
    const res = await mgr.get(`/api/v1/interviews/${interviewId}/forms/sheet`);
    const raw = await res.text();
    const form = JSON.parse(raw) as Form;
    expect(form.hidden).toEqual(['supportDetail']);
    expect(Object.keys(form.answers).sort()).toEqual(['careerGoals', 'currentEfforts', 'currentIssues']);
    expect(raw).not.toContain(SECRET);

    const prepRaw = await (await mgr.get(`/api/v1/interviews/${interviewId}/prep`)).text();
    expect((JSON.parse(prepRaw) as Prep).sheet!.hidden).toEqual(['supportDetail']);
    expect(prepRaw).not.toContain(SECRET);
  });

  it('HR and the employee read the answer itself, and nothing is announced as hidden to them', async () => {
    const emp = await t.client().login(org.report2.email);
    for (const c of [hr, emp]) {
      const form = (await (await c.get(`/api/v1/interviews/${interviewId}/forms/sheet`)).json()) as Form;
      expect(form.hidden).toEqual([]);
      expect(form.answers.supportDetail).toEqual({ value: SECRET, hrOnly: true });
    }
  });
});

describe('who the answers are kept from, while the employee writes', () => {
  const keptFrom = async (id: string) =>
    ((await t.db.select({ k: interviews.keptFrom }).from(interviews).where(eq(interviews.id, id)))[0]?.k ?? []).slice().sort();

  it('the manager and interviewer at the first save, and a manager who takes over before the next one', async () => {
    const { interviewOf } = await launchRound(t, hr, [org.report.id], { name: '保存ごとの確認' });
    const id = interviewOf(org.report.id);
    const emp = await t.client().login(org.report.email);
    const save = (text: string) =>
      emp.put(`/api/v1/interviews/${id}/forms/sheet/answers`, { answers: { supportDetail: { value: text, hrOnly: true } } });
    expect((await save('一度目')).status).toBe(200);
    expect(await keptFrom(id)).toEqual([org.manager.id]);
    // Saved again with nobody new: nothing to add (the statement is skipped, the list unchanged).
    expect((await save('二度目')).status).toBe(200);
    expect(await keptFrom(id)).toEqual([org.manager.id]);
    await t.db.update(employees).set({ managerId: org.otherManager.id }).where(eq(employees.id, org.report.id));
    expect((await save('三度目')).status).toBe(200);
    expect(await keptFrom(id)).toEqual([org.manager.id, org.otherManager.id].sort());
  });
});
