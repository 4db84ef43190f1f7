import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, roleGrants, sessions } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

let t: TestApp;
let org: Org;
let hr: TestClient;
let admin: TestClient;
beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  admin = await t.client().login(org.admin.email);
});
afterAll(() => t.close());

const lastAudit = async (entityId: string, action: string) => {
  const rows = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return rows[0];
};

describe('retire and reinstate', () => {
  it('retires a person, signs them out everywhere and audits the status change', async () => {
    const e = await makeEmployee(t.db, { hireDate: '2015-04-01' });
    const phone = await t.client().login(e.email);
    const laptop = await t.client().login(e.email);
    expect((await phone.get('/api/v1/auth/me')).status).toBe(200);

    const res = await hr.post(`/api/v1/employees/${e.id}/retire`, { retiredOn: '2025-03-31' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'retired', retiredOn: '2025-03-31', version: 2 });

    expect((await phone.get('/api/v1/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/v1/employees')).status).toBe(401);
    expect(await t.db.select().from(sessions).where(eq(sessions.employeeId, e.id))).toEqual([]);
    expect((await t.client().post('/api/v1/auth/login', { email: e.email, password: 'correct horse battery' })).status).toBe(401);

    const row = await lastAudit(e.id, 'employee.retire');
    expect(row!.actorId).toBe(org.hr.id);
    expect(row!.detail).toMatchObject({ status: { before: 'active', after: 'retired' }, retiredOn: '2025-03-31', sessionsEnded: 2 });
  });

  it('retires as of today without a body', async () => {
    const e = await makeEmployee(t.db);
    const res = await hr.post(`/api/v1/employees/${e.id}/retire`);
    expect(res.status).toBe(200);
    expect((await res.json()).retiredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses twice, before the hire date, unknown fields and oneself', async () => {
    const e = await makeEmployee(t.db, { hireDate: '2020-04-01' });
    const early = await hr.post(`/api/v1/employees/${e.id}/retire`, { retiredOn: '2019-01-01' });
    expect((await early.json()).error.fields.retiredOn).toBe('退職日は入社日以降の日付にしてください。');
    const extra = await hr.post(`/api/v1/employees/${e.id}/retire`, { reason: 'x' });
    expect((await extra.json()).error.fields.reason).toBe('不明な項目です。');
    expect((await hr.post(`/api/v1/employees/${e.id}/retire`)).status).toBe(200);
    const again = await hr.post(`/api/v1/employees/${e.id}/retire`);
    expect(again.status).toBe(400);
    expect((await again.json()).error.message).toBe('この社員はすでに退職済みです。');
    const self = await hr.post(`/api/v1/employees/${org.hr.id}/retire`);
    expect(self.status).toBe(400);
    expect((await self.json()).error.message).toBe('自分自身を退職にすることはできません。');
  });

  it('reinstates a retired person, who can sign in again', async () => {
    const e = await makeEmployee(t.db);
    await hr.post(`/api/v1/employees/${e.id}/retire`);
    const res = await hr.post(`/api/v1/employees/${e.id}/reinstate`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'active', retiredOn: null, version: 3 });
    await t.client().login(e.email);
    const row = await lastAudit(e.id, 'employee.reinstate');
    expect(row!.detail).toMatchObject({ status: { before: 'retired', after: 'active' } });
    const again = await hr.post(`/api/v1/employees/${e.id}/reinstate`);
    expect((await again.json()).error.message).toBe('この社員は在籍中のため、復職の操作はできません。');
  });

  it('is for hr/admin only: 404 outside the scope, 403 inside it', async () => {
    const mgr = await t.client().login(org.manager.email);
    expect((await mgr.post(`/api/v1/employees/${org.report2.id}/retire`)).status).toBe(403);
    expect((await mgr.post(`/api/v1/employees/${org.otherReport.id}/retire`)).status).toBe(404);
    expect((await mgr.post(`/api/v1/employees/${org.otherReport.id}/reinstate`)).status).toBe(404);
    expect((await hr.post(`/api/v1/employees/${org.admin.id}/retire`)).status).toBe(403);
  });
});

describe('PUT /employees/:id/roles', () => {
  it('replaces the granted roles (admin), which take effect on the next request', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    const res = await admin.put(`/api/v1/employees/${e.id}/roles`, { roles: ['hr'] });
    expect(res.status).toBe(200);
    expect((await res.json()).roles).toEqual(['hr']);
    expect((await (await c.get('/api/v1/auth/me')).json()).roles).toEqual(['employee', 'hr']);
    expect((await admin.put(`/api/v1/employees/${e.id}/roles`, { roles: ['hr', 'admin'] })).status).toBe(200);
    const body = await (await admin.put(`/api/v1/employees/${e.id}/roles`, { roles: ['admin'] })).json();
    expect(body.roles).toEqual(['admin']);
    const grants = await t.db.select().from(roleGrants).where(eq(roleGrants.employeeId, e.id));
    expect(grants.map((g) => g.role)).toEqual(['admin']);
    const row = await lastAudit(e.id, 'employee.roles.update');
    expect(row!.detail).toEqual({ roles: { before: ['admin', 'hr'], after: ['admin'] } });
    await admin.put(`/api/v1/employees/${e.id}/roles`, { roles: [] });
    expect((await (await c.get('/api/v1/auth/me')).json()).roles).toEqual(['employee']);
  });

  it('will not let an admin remove their own admin role', async () => {
    const res = await admin.put(`/api/v1/employees/${org.admin.id}/roles`, { roles: ['hr'] });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.message).toBe('自分自身のシステム管理者権限は外せません。ほかのシステム管理者に依頼してください。');
    expect(body.error.fields.roles).toBe(body.error.message);
    expect((await admin.put(`/api/v1/employees/${org.admin.id}/roles`, { roles: ['admin', 'hr'] })).status).toBe(200);
  });

  it('rejects roles that cannot be granted', async () => {
    const res = await admin.put(`/api/v1/employees/${org.report.id}/roles`, { roles: ['interviewer'] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields['roles.0']).toBe('選択肢から選んでください。');
  });

  it('is forbidden to HR and not found for people outside the scope', async () => {
    expect((await hr.put(`/api/v1/employees/${org.report.id}/roles`, { roles: ['hr'] })).status).toBe(403);
    const mgr = await t.client().login(org.manager.email);
    expect((await mgr.put(`/api/v1/employees/${org.otherReport.id}/roles`, { roles: ['admin'] })).status).toBe(404);
    expect((await mgr.put(`/api/v1/employees/${org.manager.id}/roles`, { roles: ['admin'] })).status).toBe(403);
  });
});
