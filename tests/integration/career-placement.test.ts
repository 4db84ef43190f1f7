import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CAREER_PATHS_CSV } from '../../src/domain/demo/career-paths';
import { makeDepartment } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

// Issue 18.4: a position names a career role; candidates' skills are scored by their shortfall against its levels.

let t: TestApp;
let org: Org;
let hr: TestClient;
let positionId: string;

type Candidate = {
  employee: { id: string };
  score: number;
  reasons: { code: string; text: string; points: number }[];
  gap: { shortfall: number; skills: { name: string; current: number; expected: number; met: boolean }[] } | null;
};
type Page = { position: { careerRoleCode: string | null; version: number }; careerRole: { name: string } | null; items: Candidate[] };
const candidates = async () => (await (await hr.get(`/api/v1/positions/${positionId}/candidates?skills=true`)).json()) as Page;
const inventory = async (email: string, skills: [string, number][]) => {
  const c = await t.client().login(email);
  const res = await c.put('/api/v1/me/inventory', { skills: skills.map(([name, level]) => ({ name, level })), items: [] });
  expect(res.status).toBe(200);
};

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  await makeDepartment(t.db, { code: 'SALES', name: '営業本部' });
  await makeDepartment(t.db, { code: 'DEV', name: '開発本部' });
  expect((await hr.post('/api/v1/imports/careerPaths/commit', DEMO_CAREER_PATHS_CSV, { 'content-type': 'text/csv' })).status).toBe(200);
  // シニアエンジニア (E-S4) expects TypeScript 4, 設計 4, AWS 3.
  await inventory(org.report.email, [
    ['TypeScript', 4],
    ['設計', 4],
    ['AWS', 3],
  ]); // ready: 11 levels
  await inventory(org.report2.email, [
    ['TypeScript', 5],
    ['設計', 3],
    ['AWS', 5],
  ]); // more levels (13), one short
  await inventory(org.otherReport.email, [
    ['TypeScript', 3],
    ['設計', 3],
  ]); // five short
  const res = await hr.post('/api/v1/positions', {
    kind: 'position',
    title: '決済基盤のエンジニア',
    requiredSkills: ['TypeScript', '設計', 'AWS'],
  });
  positionId = (await res.json()).id;
});
afterAll(() => t.close());

describe('placement candidates ranked on a career role', () => {
  it('without a role: the most levels first, no gap', async () => {
    const page = await candidates();
    expect(page.careerRole).toBeNull();
    expect(page.items.map((c) => c.employee.id)).toEqual([org.report2.id, org.report.id, org.otherReport.id]);
    expect(page.items[0]!.gap).toBeNull();
  });

  it('refuses a code that is not a role of the current map, in Japanese', async () => {
    const res = await hr.patch(`/api/v1/positions/${positionId}`, { version: 1, careerRoleCode: 'NOPE' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.careerRoleCode).toBe('この役割は最新のキャリアパスにありません。一覧から選んでください。');
  });

  it('with a role: the ready person first, then by shortfall; the gap per candidate', async () => {
    const res = await hr.patch(`/api/v1/positions/${positionId}`, { version: 1, careerRoleCode: 'E-S4' });
    expect(res.status).toBe(200);
    expect((await res.json()).careerRoleCode).toBe('E-S4');
    const page = await candidates();
    expect(page.careerRole?.name).toBe('シニアエンジニア');
    expect(page.items.map((c) => c.employee.id)).toEqual([org.report.id, org.report2.id, org.otherReport.id]);
    expect(page.items.map((c) => c.gap?.shortfall)).toEqual([0, 1, 5]);
    const [ready, oneShort] = page.items;
    expect(ready!.reasons.find((r) => r.code === 'roleFit')).toMatchObject({
      points: 40,
      text: 'キャリアロール「シニアエンジニア」の期待レベルをすべて満たしています',
    });
    // 40 × 10 / 11 = 36.4 → 36: a level above the expected one earns nothing more.
    expect(oneShort!.reasons.find((r) => r.code === 'roleFit')).toMatchObject({
      points: 36,
      text: 'キャリアロール「シニアエンジニア」の期待スキル: あと1段階(期待レベルの合計 11 のうち 10)',
    });
    expect(oneShort!.gap!.skills[0]).toEqual({ name: '設計', expected: 4, current: 3, met: false });
    expect(page.items[2]!.gap!.skills.find((s) => s.name === 'AWS')).toEqual({ name: 'AWS', expected: 3, current: 0, met: false });
  });

  it('clearing the role goes back to the required skills', async () => {
    const res = await hr.patch(`/api/v1/positions/${positionId}`, { version: 2, careerRoleCode: null });
    expect(res.status).toBe(200);
    expect((await candidates()).items[0]!.employee.id).toBe(org.report2.id);
  });

  it('nobody but HR sees the position (404)', async () => {
    const mgr = await t.client().login(org.manager.email);
    expect((await mgr.patch(`/api/v1/positions/${positionId}`, { version: 3, careerRoleCode: 'E-S4' })).status).toBe(404);
  });
});
