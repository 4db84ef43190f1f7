import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

// Issue 15.9i: a position in the person's own department moves nobody's house, whatever they said about relocation.
let t: TestApp;
let org: Org;
let hr: TestClient;
type Reason = { code: string; text: string; points: number; caution: boolean };
type Candidates = { items: { employee: { id: string }; score: number; reasons: Reason[] }[] };

const wish = (departmentId: string) => ({
  kind: 'transfer',
  desiredRole: '',
  desiredDepartmentId: departmentId,
  track: 'undecided',
  timeframe: 'within1y',
  relocation: 'no',
  note: '',
  disclosure: 'manager_hr',
});

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  // Both would rather not move house; one already works in the position's department, the other does not.
  for (const p of [org.report, org.otherReport]) {
    const c = await t.client().login(p.email);
    expect((await c.post('/api/v1/me/wishes', wish(org.team.id))).status).toBe(201);
  }
});
afterAll(() => t.close());

describe('relocation in a candidate’s reasons', () => {
  it('is not a caution for a position in their own department, and still one for a position elsewhere', async () => {
    const res = await hr.post('/api/v1/positions', {
      kind: 'position',
      title: 'チームリーダー',
      departmentId: org.team.id,
      track: 'undecided',
    });
    const positionId = ((await res.json()) as { id: string }).id;
    const c = (await (await hr.get(`/api/v1/positions/${positionId}/candidates`)).json()) as Candidates;
    const of = (id: string) => c.items.find((i) => i.employee.id === id)!;

    const same = of(org.report.id);
    expect(same.reasons.find((r) => r.code === 'relocation')).toBeUndefined();
    expect(same.reasons.find((r) => r.code === 'noRelocation')).toMatchObject({
      text: '今の部署のポジションのため、転居はありません',
      points: 5,
      caution: false,
    });
    const elsewhere = of(org.otherReport.id);
    expect(elsewhere.reasons.find((r) => r.code === 'relocation')).toMatchObject({
      text: '転居を伴う異動: 不可',
      points: 0,
      caution: true,
    });
    // Same wish otherwise: the difference is the relocation, and the order says so.
    expect(same.score - elsewhere.score).toBe(5);
    expect(c.items.map((i) => i.employee.id)).toEqual([org.report.id, org.otherReport.id]);
  });
});
