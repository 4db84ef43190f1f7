import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employees } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let t: TestApp;
let org: Org;
let hr: TestClient;

type Group = {
  people: number;
  suppressed: boolean;
  retentionRate: number | null;
  moveRate: number | null;
  scaleChange: Record<string, { people: number; change: number } | null>;
};
type Outcomes = { interviewed: Group; notInterviewed: Group; minGroup: number };

async function survey(c: TestClient, interviewId: string, value: number) {
  await c.put(`/api/v1/interviews/${interviewId}/forms/survey/answers`, {
    answers: { jobSatisfaction: { value }, rewarding: { value: 3 } },
  });
  expect((await c.post(`/api/v1/interviews/${interviewId}/forms/survey/submit`)).status).toBe(200);
}

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  // Six people are interviewed by their manager, six are not; everyone answers two surveys.
  const lead = await makeEmployee(t.db, { departmentId: org.team.id });
  const heard = await Promise.all([1, 2, 3, 4, 5, 6].map(() => makeEmployee(t.db, { departmentId: org.team.id, managerId: lead.id })));
  const unheard = await Promise.all([1, 2, 3, 4, 5, 6].map(() => makeEmployee(t.db, { departmentId: org.team.id, managerId: lead.id })));
  const everyone = [...heard, ...unheard];
  const first = await launchRound(
    t,
    hr,
    everyone.map((p) => p.id),
    { name: '前期', periodStart: '2026-10-01', periodEnd: '2026-10-31', prepDueOn: '2026-10-20' },
  );
  const second = await launchRound(
    t,
    hr,
    everyone.map((p) => p.id),
    { name: '後期', periodStart: '2026-11-01', periodEnd: '2026-12-31' },
  );
  for (const p of everyone) {
    const c = await t.client().login(p.email);
    await survey(c, first.interviewOf(p.id), 2);
    await survey(c, second.interviewOf(p.id), heard.includes(p) ? 4 : 2);
  }
  const mgr = await t.client().login(lead.email);
  for (const p of heard) expect((await mgr.post(`/api/v1/interviews/${second.interviewOf(p.id)}/held`)).status).toBe(200);
  // One of the unheard leaves; one of the heard moves department (the trigger records it).
  await t.db
    .update(employees)
    .set({ status: 'retired', retiredOn: '2026-11-20' })
    .where(inArray(employees.id, [unheard[0]!.id]));
  await t.db.execute(sql`update employees set department_id = ${org.otherTeam.id} where id = ${heard[0]!.id}`);
});
afterAll(() => t.close());

describe('outcomes of career interviews', () => {
  it('compares retention, moves and scale change of the interviewed and the others', async () => {
    const res = await hr.get('/api/v1/insight/outcomes?from=2026-01-01&to=2027-03-31');
    expect(res.status).toBe(200);
    const o = (await res.json()) as Outcomes;
    expect(o.interviewed).toMatchObject({ people: 6, suppressed: false, retentionRate: 100, moveRate: 16.7 });
    expect(o.interviewed.scaleChange.jobSatisfaction).toEqual({ people: 6, change: 2 });
    // The rest of the company (the small org too) is the comparison group.
    expect(o.notInterviewed.suppressed).toBe(false);
    expect(o.notInterviewed.retentionRate).toBeLessThan(100);
    expect(o.notInterviewed.scaleChange.jobSatisfaction).toEqual({ people: 6, change: 0 });
  });

  it('hides a group under five and refuses a reversed period; HR only', async () => {
    const o = (await (await hr.get('/api/v1/insight/outcomes?from=2025-01-01&to=2025-12-31&refresh=true')).json()) as Outcomes;
    expect(o.interviewed).toMatchObject({ people: 0, suppressed: true, retentionRate: null });
    const bad = await hr.get('/api/v1/insight/outcomes?from=2027-01-01&to=2026-01-01');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields.to).toBe(
      '期間の終わりは始まり以降の日付にしてください。',
    );
    const mgr = await t.client().login(org.manager.email);
    expect((await mgr.get('/api/v1/insight/outcomes?from=2026-01-01&to=2026-12-31')).status).toBe(404);
  });
});
