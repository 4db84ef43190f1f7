import { and, eq } from 'drizzle-orm';
import { parseCsv } from '../../src/domain/imports/csv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 12, items 2 and 3: 人事のみ answers and wishes stay hidden from an HR person who is (or was, when the
// employee wrote them) the employee's manager — in the risk list too, and after moving the employee away.

let t: TestApp;
let hr: TestClient;
/** H: HR staff and the manager of E and F. */
let h: TestClient;
let ids: { h: string; e: string; f: string; m2: string };
let people: Record<'e' | 'm2', { email: string; employeeNumber: string }>;
let roundId: string;
let interviewOf: (employeeId: string) => string;
let hiddenWishId: string;

type Flag = { employee: { id: string }; matched: { rule: string; reasons: { field: string; hrOnly: boolean }[] }[] };
type Risks = { items: Flag[]; total: number; counts: Record<string, number> };
type Form = { answers: Record<string, { value: unknown; hrOnly: boolean }> };

const v = (value: number | string, hrOnly = false) => ({ value, hrOnly });
const risks = async (c: TestClient) => {
  const res = await c.get(`/api/v1/rounds/${roundId}/risks?refresh=true`);
  expect(res.status).toBe(200);
  return (await res.json()) as Risks;
};

beforeAll(async () => {
  ({ t, hr } = await orgApp());
  const dept = await makeDepartment(t.db, { name: '人事部' });
  const H = await makeEmployee(t.db, { departmentId: dept.id, roles: ['hr'], familyName: '人事', givenName: '上司' });
  const E = await makeEmployee(t.db, { departmentId: dept.id, managerId: H.id });
  const F = await makeEmployee(t.db, { departmentId: dept.id, managerId: H.id });
  const M2 = await makeEmployee(t.db, { departmentId: dept.id });
  ids = { h: H.id, e: E.id, f: F.id, m2: M2.id };
  people = { e: E, m2: M2 };
  h = await t.client().login(H.email);
  ({ roundId, interviewOf } = await launchRound(t, hr, [E.id, F.id]));

  // E: flagged only through answers kept from the manager. F: one rule on visible answers, one resting on a hidden one.
  const answers = {
    [E.email]: { jobSatisfaction: v(1, true), careerAnxiety: v(1, true), rewarding: v(3) },
    [F.email]: { jobSatisfaction: v(1, true), careerAnxiety: v(2), rewarding: v(1), workload: v(2) },
  };
  for (const [email, body] of Object.entries(answers)) {
    const c = await t.client().login(email);
    const id = interviewOf(email === E.email ? E.id : F.id);
    expect((await c.put(`/api/v1/interviews/${id}/forms/survey/answers`, { answers: body })).status).toBe(200);
    expect((await c.post(`/api/v1/interviews/${id}/forms/survey/submit`)).status).toBe(200);
  }
  const e = await t.client().login(E.email);
  const wish = await e.post('/api/v1/me/wishes', {
    kind: 'transfer',
    desiredRole: '人事企画',
    timeframe: 'within1y',
    disclosure: 'hr_only',
    note: '介護のため',
  });
  expect(wish.status).toBe(201);
  hiddenWishId = ((await wish.json()) as { id: string }).id;
}, 120_000);
afterAll(() => t.close());

describe('retention-risk list and 人事のみ (issue 12.2)', () => {
  it('an HR person who manages the employee sees no flag that rests on a hidden answer, nor the hidden answer', async () => {
    const d = await risks(h);
    expect(d.items.map((i) => i.employee.id)).toEqual([ids.f]);
    expect(d.total).toBe(1);
    expect(d.counts).toEqual({ dissatisfiedAndWorried: 0, dissatisfiedAndWantsMove: 0, unrewardedAndOverloaded: 1 });
    const f = d.items[0]!;
    expect(f.matched.map((m) => m.rule)).toEqual(['unrewardedAndOverloaded']);
    expect(f.matched.flatMap((m) => m.reasons).some((r) => r.hrOnly || r.field === 'jobSatisfaction')).toBe(false);
    expect(JSON.stringify(d)).not.toContain('"hrOnly":true');
  });

  it('other HR staff see every flag with the 人事のみ answers marked', async () => {
    const d = await risks(hr);
    expect(new Set(d.items.map((i) => i.employee.id))).toEqual(new Set([ids.e, ids.f]));
    expect(d.counts).toEqual({ dissatisfiedAndWorried: 2, dissatisfiedAndWantsMove: 0, unrewardedAndOverloaded: 1 });
    const e = d.items.find((i) => i.employee.id === ids.e)!;
    expect(e.matched[0]!.reasons.every((r) => r.hrOnly)).toBe(true);
  });

  it('a flag that does not exist for the reader cannot be acted on', async () => {
    expect((await h.post(`/api/v1/rounds/${roundId}/risks/${ids.e}/actions`, { action: 'watch' })).status).toBe(404);
    expect((await h.post(`/api/v1/rounds/${roundId}/risks/${ids.f}/actions`, { action: 'watch' })).status).toBe(201);
    expect((await hr.post(`/api/v1/rounds/${roundId}/risks/${ids.e}/actions`, { action: 'watch' })).status).toBe(201);
  });
});

describe('moving the employee away unlocks nothing (issue 12.3)', () => {
  it('H moves E to another manager and reassigns the interview; the answers and the wish stay hidden from H', async () => {
    const before = (await (await h.get(`/api/v1/employees/${ids.e}`)).json()) as { version: number };
    expect((await h.patch(`/api/v1/employees/${ids.e}`, { managerId: ids.m2, version: before.version })).status).toBe(200);
    const moved = await h.post(`/api/v1/rounds/${roundId}/reassign`, { interviewIds: [interviewOf(ids.e)], interviewerId: ids.m2 });
    expect(moved.status).toBe(200);

    // The survey: H is plain HR to E now, and still does not see what E kept from them.
    const form = (await (await h.get(`/api/v1/interviews/${interviewOf(ids.e)}/forms/survey`)).json()) as Form;
    expect(form.answers.rewarding).toEqual({ value: 3, hrOnly: false });
    expect(form.answers.jobSatisfaction).toBeUndefined();
    expect(form.answers.careerAnxiety).toBeUndefined();
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'form.read'), eq(auditLog.actorId, ids.h), eq(auditLog.entityId, interviewOf(ids.e))));
    expect(audited.at(-1)!.detail).toMatchObject({ hrOnlyShown: false });

    expect((await risks(h)).items.map((i) => i.employee.id)).toEqual([ids.f]);

    // The CSV: E's line is there (H is HR), without the answers E kept from them.
    const csv = await (await h.get(`/api/v1/rounds/${roundId}/answers.csv?kind=survey`)).text();
    const eLine = csv.split('\r\n').find((l) => l.startsWith(people.e.employeeNumber)) ?? '';
    expect(eLine).not.toBe('');
    const hrOnlyOf = (text: string, number: string) => {
      const [head, ...rows] = parseCsv(text).map((r) => r.cells);
      return rows.find((r) => r[0] === number)![head!.indexOf('人事のみの項目')];
    };
    expect(hrOnlyOf(csv, people.e.employeeNumber)).toBe('');
    const other = await (await hr.get(`/api/v1/rounds/${roundId}/answers.csv?kind=survey`)).text();
    expect(hrOnlyOf(other, people.e.employeeNumber)).toContain('仕事内容に満足している');

    // The wish: not in E's list for H, not in H's list of wishes, and H cannot answer it.
    expect((await h.post(`/api/v1/wishes/${hiddenWishId}/decisions`, { version: 1, decision: 'considered' })).status).toBe(404);
    const wishes = (await (await h.get(`/api/v1/employees/${ids.e}/wishes`)).json()) as { items: { id: string }[] };
    expect(wishes.items.map((w) => w.id)).not.toContain(hiddenWishId);
    const list = (await (await h.get('/api/v1/wishes?status=all&pageSize=100')).json()) as { items: { id: string }[] };
    expect(list.items.map((w) => w.id)).not.toContain(hiddenWishId);
  });

  it('other HR staff still see them, and the new manager (not HR) never does', async () => {
    const form = (await (await hr.get(`/api/v1/interviews/${interviewOf(ids.e)}/forms/survey`)).json()) as Form;
    expect(form.answers.jobSatisfaction).toEqual({ value: 1, hrOnly: true });
    const wishes = (await (await hr.get(`/api/v1/employees/${ids.e}/wishes`)).json()) as { items: { id: string }[] };
    expect(wishes.items.map((w) => w.id)).toContain(hiddenWishId);
    const m2 = await t.client().login(people.m2.email);
    const seen = (await (await m2.get(`/api/v1/interviews/${interviewOf(ids.e)}/forms/survey`)).json()) as Form;
    expect(seen.answers.jobSatisfaction).toBeUndefined();
  });

  it('answers copied into the next round stay kept from whoever the originals were kept from', async () => {
    const next = await launchRound(t, hr, [ids.e], {
      name: '2027年度キャリア面談',
      periodStart: '2027-04-01',
      periodEnd: '2027-06-30',
      prepDueOn: null,
    });
    const id = next.interviewOf(ids.e);
    const e = await t.client().login(people.e.email);
    expect(await (await e.post(`/api/v1/interviews/${id}/forms/survey/copy-previous`)).json()).toMatchObject({ copied: 3 });
    expect((await e.post(`/api/v1/interviews/${id}/forms/survey/submit`)).status).toBe(200);
    const form = (await (await h.get(`/api/v1/interviews/${id}/forms/survey`)).json()) as Form;
    expect(form.answers.rewarding).toEqual({ value: 3, hrOnly: false });
    expect(form.answers.jobSatisfaction).toBeUndefined();
    const d = (await (await h.get(`/api/v1/rounds/${next.roundId}/risks?refresh=true`)).json()) as Risks;
    expect(d.items).toEqual([]);
    const other = (await (await hr.get(`/api/v1/interviews/${id}/forms/survey`)).json()) as Form;
    expect(other.answers.jobSatisfaction).toEqual({ value: 1, hrOnly: true });
  });
});

describe('an HR person who interviews the employee (issue 12.2)', () => {
  it('sees no flag resting on answers hidden from the interviewer, as on the survey screen', async () => {
    const dept = await makeDepartment(t.db, { name: '人事部2' });
    const p = await makeEmployee(t.db, { departmentId: dept.id, roles: ['hr'] });
    expect((await hr.post(`/api/v1/rounds/${roundId}/reassign`, { interviewIds: [interviewOf(ids.f)], interviewerId: p.id })).status).toBe(
      200,
    );
    const pc = await t.client().login(p.email);
    const form = (await (await pc.get(`/api/v1/interviews/${interviewOf(ids.f)}/forms/survey`)).json()) as Form;
    expect(form.answers.jobSatisfaction).toBeUndefined();
    const d = await risks(pc);
    const f = d.items.find((i) => i.employee.id === ids.f)!;
    expect(f.matched.map((m) => m.rule)).toEqual(['unrewardedAndOverloaded']);
    expect(JSON.stringify(f)).not.toContain('"hrOnly":true');
    // E, whom P neither manages nor interviews, P reads as HR: with the 人事のみ answers marked.
    expect(JSON.stringify(d.items.find((i) => i.employee.id === ids.e))).toContain('"hrOnly":true');
  });
});
