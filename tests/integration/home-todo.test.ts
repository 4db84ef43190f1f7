import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeTodo } from '../../src/domain/home/responses';
import { addDays, companyToday } from '../../src/domain/shared/calendar';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 15.3: the home page as a to-do list — the employee's and the interviewer's parts. Each person sees
// their own steps and the interviews they hold, never another manager's people or an answer's text.

let t: TestApp;
let org: Org;
let hr: TestClient;
let emp: TestClient;
let emp2: TestClient;
let mgr: TestClient;
let other: TestClient;
let partner: TestClient;
let id: string;
let id2: string;
let otherId: string;

const today = companyToday();
const HR_ONLY = '来年から親の介護が始まる';
const OTHER_ITEM = '別チームの人の行動計画';

const todo = async (c: TestClient) => {
  const res = await c.get('/api/v1/me/todo');
  expect(res.status).toBe(200);
  const text = await res.text();
  return { body: JSON.parse(text) as HomeTodo, text };
};
/** Two days from now at 14:00 in Tokyo: inside "this week", and a time the employee can still choose. */
const slot = (hours = 0) => {
  const s = new Date(Date.now() + 2 * 86_400_000);
  s.setUTCHours(5 + hours, 0, 0, 0);
  return { start: s.toISOString(), end: new Date(s.getTime() + 3_600_000).toISOString(), locationType: 'room', location: '第2会議室' };
};

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  emp = await t.client().login(org.report.email);
  emp2 = await t.client().login(org.report2.email);
  mgr = await t.client().login(org.manager.email);
  other = await t.client().login(org.otherManager.email);
  partner = await t.client().login(org.partner.email);
  const r = await launchRound(t, hr, [org.report.id, org.report2.id, org.otherReport.id], {
    periodStart: addDays(today, -5),
    periodEnd: addDays(today, 60),
    prepDueOn: addDays(today, 10),
  });
  id = r.interviewOf(org.report.id);
  id2 = r.interviewOf(org.report2.id);
  otherId = r.interviewOf(org.otherReport.id);
  // The employee keeps an answer from the manager: it must never reach anyone's home page.
  await emp.put(`/api/v1/interviews/${id}/forms/survey/answers`, { answers: { lifeEvents: { value: HR_ONLY, hrOnly: true } } });
});
afterAll(() => t.close());

describe('the employee’s part', () => {
  it('asks for the sheet and the survey by the round’s due date', async () => {
    const { body } = await todo(emp);
    expect(body.today).toBe(today);
    expect(body.employee.forms.map((f) => [f.interviewId, f.kind, f.state, f.dueOn, f.overdue])).toEqual([
      [id, 'sheet', 'notStarted', addDays(today, 10), false],
      [id, 'survey', 'draft', addDays(today, 10), false],
    ]);
    // Only their own: nothing of the colleague in the same round.
    expect(JSON.stringify(body)).not.toContain(id2);
    // Not an interviewer, not HR: those parts are not there at all.
    expect(body.interviewer).toBeNull();
    expect(body.hr).toBeNull();
  });

  it('asks to choose a time once the manager offered some, then shows the appointment', async () => {
    expect((await todo(emp)).body.employee.chooseTime).toEqual([]);
    const offered = await mgr.post(`/api/v1/interviews/${id}/slots`, { slots: [slot(), slot(2)] });
    expect(offered.status).toBe(200);
    const { body } = await todo(emp);
    expect(body.employee.chooseTime).toEqual([{ interviewId: id, round: expect.any(Object), offeredSlots: 2 }]);
    const slots = (await (await emp.get(`/api/v1/interviews/${id}/slots`)).json()) as { slots: { id: string }[] };
    expect((await emp.post(`/api/v1/interviews/${id}/schedule`, { slotId: slots.slots[0]!.id })).status).toBe(200);
    const after = (await todo(emp)).body.employee;
    expect(after.chooseTime).toEqual([]);
    expect(after.upcoming.map((u) => [u.interviewId, u.appointment.location, u.with?.id])).toEqual([[id, '第2会議室', org.manager.id]]);
  });
});

describe('the interviewer’s part', () => {
  it('lists this week’s appointments with preparation, and the people still waiting for times — own people only', async () => {
    const { body, text } = await todo(mgr);
    const week = body.interviewer!.thisWeek;
    expect(week.items.map((w) => [w.interviewId, w.employee.id, w.sheet, w.survey])).toEqual([[id, org.report.id, 'notStarted', 'draft']]);
    expect(body.interviewer!.toOffer.items.map((o) => o.interviewId)).toEqual([id2]);
    // Another manager's person, and the 人事のみ answer, are nowhere in it.
    expect(text).not.toContain(otherId);
    expect(text).not.toContain(org.otherReport.id);
    expect(text).not.toContain(HR_ONLY);
    expect(body.hr).toBeNull();
  });

  it('another manager sees only their own person; an HR partner sees no interview they do not hold', async () => {
    const mine = (await todo(other)).body;
    expect(mine.interviewer!.toOffer.items.map((o) => o.interviewId)).toEqual([otherId]);
    expect(JSON.stringify(mine)).not.toContain(id);
    const p = await todo(partner);
    expect(p.body.interviewer).not.toBeNull();
    expect(p.text).not.toContain(id);
    expect(p.text).not.toContain(HR_ONLY);
  });

  it('plans to confirm, overdue items and follow-ups due, for the interviewer and the employee', async () => {
    expect((await mgr.post(`/api/v1/interviews/${id}/held?early=true`)).status).toBe(200);
    const add = (what: string, owner: string, dueOn: string) => mgr.post(`/api/v1/interviews/${id}/plan/items`, { what, owner, dueOn });
    expect((await add('資格の勉強計画を立てる', 'employee', addDays(today, 3))).status).toBe(200);
    expect((await add('研修の枠を確保する', 'manager', addDays(today, -2))).status).toBe(200);
    expect((await add('来年の目標を書く', 'employee', addDays(today, 40))).status).toBe(200);
    const rec = (await (await mgr.get(`/api/v1/interviews/${id}/record`)).json()) as { version: number };
    const saved = await mgr.patch(`/api/v1/interviews/${id}/record`, {
      version: rec.version,
      changes: { followRhythm: 'weekly' },
      base: { followRhythm: 'none' },
    });
    expect(saved.status).toBe(200);
    // Someone else's overdue item: the other manager's, never this one's.
    await other.post(`/api/v1/interviews/${otherId}/held?early=true`);
    await other.post(`/api/v1/interviews/${otherId}/plan/items`, { what: OTHER_ITEM, owner: 'employee', dueOn: addDays(today, -1) });

    const m = (await todo(mgr)).body.interviewer!;
    expect(m.plansToConfirm.items.map((p) => [p.interviewId, p.with?.id, p.heldOn])).toEqual([[id, org.report.id, today]]);
    expect(m.overdueItems.items.map((i) => [i.what, i.owner, i.employee.id])).toEqual([['研修の枠を確保する', 'manager', org.report.id]]);
    expect(m.followUpsDue.items.map((f) => [f.interviewId, f.rhythm, f.lastOn, f.dueOn, f.overdue])).toEqual([
      [id, 'weekly', today, addDays(today, 7), false],
    ]);
    // The interview is held: no longer this week's appointment to prepare.
    expect(m.thisWeek.items).toEqual([]);
    expect(JSON.stringify(m)).not.toContain(OTHER_ITEM);

    const e = (await todo(emp)).body.employee;
    expect(e.plansToConfirm.items.map((p) => [p.interviewId, p.with?.id])).toEqual([[id, org.manager.id]]);
    // Their own items due within two weeks; the manager's item and one due in 40 days are not theirs to do now.
    expect(e.itemsDue.items.map((i) => [i.what, i.overdue])).toEqual([['資格の勉強計画を立てる', false]]);
    expect(e.forms).toEqual([]);
    expect(e.upcoming).toEqual([]);
    const o = (await todo(other)).body.interviewer!;
    expect(o.overdueItems.items.map((i) => i.what)).toEqual([OTHER_ITEM]);
    expect(JSON.stringify(o)).not.toContain('研修の枠を確保する');
  });

  it('a confirmed plan leaves each side’s list as they confirm; a recorded follow-up moves the next one on', async () => {
    expect((await mgr.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 })).status).toBe(200);
    expect((await todo(mgr)).body.interviewer!.plansToConfirm.items).toEqual([]);
    expect((await todo(emp)).body.employee.plansToConfirm.items).toHaveLength(1);
    expect((await emp.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 })).status).toBe(200);
    expect((await todo(emp)).body.employee.plansToConfirm.items).toEqual([]);

    const later = addDays(today, 1);
    expect((await mgr.post(`/api/v1/interviews/${id}/follow-ups`, { heldOn: later, note: '順調', items: [] })).status).toBe(200);
    const f = (await todo(mgr)).body.interviewer!.followUpsDue.items;
    // Due a week after that follow-up: beyond the seven days a home page looks ahead.
    expect(f).toEqual([]);
  });

  it('the colleague in the same round sees only their own steps', async () => {
    const { body, text } = await todo(emp2);
    expect(body.employee.forms.map((f) => f.interviewId)).toEqual([id2, id2]);
    expect(text).not.toContain(id);
    expect(body.employee.itemsDue.items).toEqual([]);
  });
});
