import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { companyToday } from '../../src/domain/shared/calendar';
import type { TestApp, TestClient } from '../support/harness';
import { matrixFixtures, SECRETS } from '../support/matrix-fixtures';
import { type Org, orgApp } from '../support/org-app';

// Issue 17.3: the employee downloads what Mendan holds about them that they may see; HR exports a person's file on a
// formal request. Both are made of the screens' own reads, so neither can hold more than those screens show.

let t: TestApp;
let org: Org;
let hr: TestClient;
let fx: Awaited<ReturnType<typeof matrixFixtures>>;
const SHARED = '共有メモ: 来期はリーダー研修に参加する';
const OTHERS = '同僚の回答: 別部署への異動を考えている';

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  fx = await matrixFixtures(t, org, hr);
  await fx.clients.manager.post(`/api/v1/interviews/${fx.ids.interview}/notes`, { visibility: 'shared', body: SHARED });
  // A colleague's answer in the same round: never in the employee's file.
  await fx.clients.colleague.put(`/api/v1/interviews/${fx.ids.openInterview}/forms/survey/answers`, {
    answers: { lifeEvents: { value: OTHERS } },
  });
  await fx.clients.self.put('/api/v1/me/inventory', {
    skills: [{ name: 'TypeScript', level: 4, years: 3, note: '' }],
    items: [{ kind: 'achievement', title: '決済基盤の刷新', description: '', periodFrom: '2025-04', periodTo: null }],
  });
}, 120_000);
afterAll(() => t.close());

describe('the employee’s own download (GET /me/data-export)', () => {
  it('is a JSON attachment named with the company date, holding their own records, 人事のみ answer included', async () => {
    const res = await fx.clients.self.get('/api/v1/me/data-export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="mendan-my-data-${companyToday()}.json"`);
    const raw = await res.text();
    const data = JSON.parse(raw);
    expect(data).toMatchObject({ format: 'mendan-data-export', scope: 'self', reason: null });
    expect(data.profile.id).toBe(org.report.id);
    expect(data.interviews).toHaveLength(1);
    expect(data.interviews[0].survey.answers.lifeEvents).toEqual({ value: SECRETS.hrOnly, hrOnly: true });
    expect(data.interviews[0].record.plan.items.map((i: { what: string }) => i.what)).toEqual(['研修を受講する']);
    expect(data.wishes.map((w: { desiredRole: string }) => w.desiredRole)).toEqual([SECRETS.wish]);
    expect(data.inventory.skills.map((s: { name: string }) => s.name)).toEqual(['TypeScript']);
    expect(data.notifications.length).toBeGreaterThan(0);
    expect(data.consents).toHaveLength(1);
    expect(raw).toContain(SHARED);
  });

  it('never holds a private memo, an hr_manager note or another person’s answer', async () => {
    const raw = await (await fx.clients.self.get('/api/v1/me/data-export')).text();
    for (const s of [SECRETS.privateNote, SECRETS.hrManagerNote, OTHERS]) expect(raw).not.toContain(s);
  });

  it('is audited as data_export.self', async () => {
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'data_export.self'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.actorId === r.entityId)).toBe(true);
  });

  it('needs a signed-in person', async () => {
    expect((await t.client().get('/api/v1/me/data-export')).status).toBe(401);
  });
});

describe('HR’s export of a person’s file (POST /employees/{id}/data-export)', () => {
  const url = () => `/api/v1/employees/${org.report.id}/data-export`;

  it('asks for the reason', async () => {
    const res = await hr.post(url(), { reason: '  ' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('書き出す理由');
  });

  it('is HR’s and the admin’s only: everyone else is told it does not exist', async () => {
    for (const c of [fx.clients.self, fx.clients.manager, fx.clients.partner, fx.clients.colleague])
      expect((await c.post(url(), { reason: '開示請求' })).status).toBe(404);
  });

  it('holds every record HR may read — hr_manager notes and 人事のみ answers — but not the manager’s private memo', async () => {
    const res = await hr.post(url(), { reason: '本人からの開示請求(12月1日受付)' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="mendan-employee-[\w.-]+-\d{4}-\d\d-\d\d\.json"$/);
    const raw = await res.text();
    const data = JSON.parse(raw);
    expect(data).toMatchObject({ scope: 'hr', reason: '本人からの開示請求(12月1日受付)', notifications: [], consents: [] });
    for (const s of [SECRETS.hrManagerNote, SECRETS.hrOnly, SECRETS.wish, SHARED]) expect(raw).toContain(s);
    expect(raw).not.toContain(SECRETS.privateNote);
    expect(raw).not.toContain(OTHERS);
  });

  it('writes the reason to the audit log', async () => {
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'data_export.person'));
    expect(row).toMatchObject({ actorId: org.hr.id, entityId: org.report.id, entityType: 'employee' });
    expect(row!.detail).toMatchObject({ reason: '本人からの開示請求(12月1日受付)', interviews: 1 });
  });
});
