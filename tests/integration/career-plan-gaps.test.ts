import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { DEMO_CAREER_PATHS_CSV } from '../../src/domain/demo/career-paths';
import { makeDepartment } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 18.3: action-plan items linked to a gap of the employee's career goal, with the level then / now / expected.

let t: TestApp;
let org: Org;
let hr: TestClient;
let emp: TestClient;
let mgr: TestClient;
let other: TestClient;
let colleague: TestClient;
let id: string;
let itemId: string;

type Gap = { skill: string; kind: string; linked: number; now: number | null; expected: number } | null;
type Item = { id: string; version: number; gap: Gap };
type Plan = { items: Item[]; gapOptions: { roleName: string; gaps: { name: string; current: number; expected: number }[] } | null };
const plan = async (c: TestClient) => (await (await c.get(`/api/v1/interviews/${id}/record`)).json()).plan as Plan;
const version = async () => (await plan(mgr)).items.find((i) => i.id === itemId)!.version;
const skills = (list: [string, number][]) => ({ skills: list.map(([name, level]) => ({ name, level })), items: [] });

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  emp = await t.client().login(org.report.email);
  mgr = await t.client().login(org.manager.email);
  other = await t.client().login(org.otherManager.email);
  colleague = await t.client().login(org.report2.email);
  // The demo map names these departments' codes.
  await makeDepartment(t.db, { code: 'SALES', name: '営業本部' });
  await makeDepartment(t.db, { code: 'DEV', name: '開発本部' });
  expect((await hr.post('/api/v1/imports/careerPaths/commit', DEMO_CAREER_PATHS_CSV, { 'content-type': 'text/csv' })).status).toBe(200);
  expect(
    (
      await emp.put(
        '/api/v1/me/inventory',
        skills([
          ['TypeScript', 3],
          ['設計', 4],
        ]),
      )
    ).status,
  ).toBe(200);
  id = (await launchRound(t, hr, [org.report.id, org.report2.id])).interviewOf(org.report.id);
  const res = await mgr.post(`/api/v1/interviews/${id}/plan/items`, { what: '型設計の社内研修を受ける', owner: 'employee' });
  itemId = ((await res.json()) as Item).id;
});
afterAll(() => t.close());

describe('action-plan items linked to a career gap', () => {
  it('without a goal there is nothing to link: no options, and a link is refused in Japanese', async () => {
    expect((await plan(mgr)).gapOptions).toBeNull();
    const res = await mgr.put(`/api/v1/plan-items/${itemId}/gap`, { version: await version(), skill: 'TypeScript', kind: 'training' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.skill).toBe('キャリア目標が選ばれていないため、ギャップに紐づけられません。');
  });

  it('offers the goal’s gaps to the interviewer only, unmet first', async () => {
    const map = await (await emp.get('/api/v1/me/career')).json();
    const senior = map.framework.roles.find((r: { code: string }) => r.code === 'E-S4');
    expect((await emp.put('/api/v1/me/career/goal', { roleId: senior.id, term: 'mid' })).status).toBe(200);
    const options = (await plan(mgr)).gapOptions!;
    expect(options.roleName).toBe('シニアエンジニア');
    // Unmet first; within each, the order the role's skills are read in.
    expect(options.gaps.slice(0, 2).map((g) => [g.name, g.current, g.expected])).toEqual(
      expect.arrayContaining([
        ['TypeScript', 3, 4],
        ['AWS', 0, 3],
      ]),
    );
    expect(options.gaps[2]).toMatchObject({ name: '設計', current: 4, expected: 4 });
    // HR reads the plan but does not write it: no options.
    expect((await plan(hr)).gapOptions).toBeNull();
  });

  it('refuses a skill the goal’s role does not expect', async () => {
    const res = await mgr.put(`/api/v1/plan-items/${itemId}/gap`, { version: await version(), skill: 'コーチング', kind: 'mentor' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.skill).toBe('「コーチング」は目標の役割(シニアエンジニア)の期待スキルではありません。');
    const bad = await mgr.put(`/api/v1/plan-items/${itemId}/gap`, { version: await version(), skill: 'TypeScript', kind: 'holiday' });
    expect(bad.status).toBe(400);
  });

  it('links with the level then, and shows now and expected from the inventory; audited', async () => {
    const res = await mgr.put(`/api/v1/plan-items/${itemId}/gap`, { version: await version(), skill: 'typescript', kind: 'training' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Item).gap).toEqual({ skill: 'TypeScript', kind: 'training', linked: 3, now: 3, expected: 4 });
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'plan.item.gap'), eq(auditLog.entityId, id)));
    expect(row?.detail).toMatchObject({ item: itemId, skill: 'TypeScript', kind: 'training', linked: 3 });
  });

  it('the inventory moves: "now" follows it, "linked" stays; a kind change keeps "linked"', async () => {
    expect(
      (
        await emp.put(
          '/api/v1/me/inventory',
          skills([
            ['TypeScript', 4],
            ['設計', 4],
          ]),
        )
      ).status,
    ).toBe(200);
    expect((await plan(mgr)).items[0]!.gap).toEqual({ skill: 'TypeScript', kind: 'training', linked: 3, now: 4, expected: 4 });
    const res = await mgr.put(`/api/v1/plan-items/${itemId}/gap`, { version: await version(), skill: 'TypeScript', kind: 'assignment' });
    expect(((await res.json()) as Item).gap).toMatchObject({ kind: 'assignment', linked: 3, now: 4 });
  });

  it('a follow-up keeps the level at that follow-up', async () => {
    expect((await mgr.post(`/api/v1/interviews/${id}/held`)).status).toBe(200);
    const res = await mgr.post(`/api/v1/interviews/${id}/follow-ups`, {
      heldOn: '2027-01-10',
      items: [{ itemId, status: 'inProgress', note: '研修受講済み' }],
    });
    expect(res.status).toBe(200);
    // The inventory moves on after the follow-up: the follow-up still says 4.
    await emp.put(
      '/api/v1/me/inventory',
      skills([
        ['TypeScript', 5],
        ['設計', 4],
      ]),
    );
    const rec = await (await emp.get(`/api/v1/interviews/${id}/record`)).json();
    expect(rec.followUps[0].items[0].gap).toEqual({ skill: 'TypeScript', kind: 'assignment', linked: 3, now: 4, expected: 4 });
    expect(rec.plan.items[0].gap).toMatchObject({ linked: 3, now: 5 });
    // The employee reads the plan but may not edit it: no options.
    expect(rec.plan.gapOptions).toBeNull();
  });

  it('only the interviewer links: the employee 403, another manager and a colleague 404', async () => {
    const body = { version: await version(), skill: null, kind: 'other' };
    expect((await emp.put(`/api/v1/plan-items/${itemId}/gap`, body)).status).toBe(403);
    expect((await hr.put(`/api/v1/plan-items/${itemId}/gap`, body)).status).toBe(403);
    expect((await other.put(`/api/v1/plan-items/${itemId}/gap`, body)).status).toBe(404);
    expect((await colleague.put(`/api/v1/plan-items/${itemId}/gap`, body)).status).toBe(404);
    expect((await mgr.put(`/api/v1/plan-items/00000000-0000-4000-8000-000000000000/gap`, body)).status).toBe(404);
  });

  it('unlinks with skill null; a stale version conflicts', async () => {
    const v = await version();
    expect((await mgr.put(`/api/v1/plan-items/${itemId}/gap`, { version: v - 1, skill: null })).status).toBe(409);
    const res = await mgr.put(`/api/v1/plan-items/${itemId}/gap`, { version: v, skill: null });
    expect(((await res.json()) as Item).gap).toBeNull();
  });
});
