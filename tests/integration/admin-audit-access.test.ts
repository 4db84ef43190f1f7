import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../src/domain/audit/actions';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

// Issue 15.7 and decision 0013: HR staff read the audit log only when an admin turns it on; every action is filterable.
let t: TestApp;
let org: Org;
let hr: TestClient;
let admin: TestClient;
type Me = { can: { viewAudit: boolean; manageAuditAccess: boolean } };
type Entries = { items: { action: string; entityType: string; detail: Record<string, unknown> | null }[] };

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  admin = await t.client().login(org.admin.email);
});
afterAll(() => t.close());

const me = async (c: TestClient) => (await (await c.get('/api/v1/auth/me')).json()) as Me;

describe('HR and the audit log', () => {
  it('is closed to HR by default, and /me says so', async () => {
    expect((await me(hr)).can).toMatchObject({ viewAudit: false, manageAuditAccess: false });
    expect((await hr.get('/api/v1/admin/audit')).status).toBe(403);
    expect((await admin.get('/api/v1/admin/audit-access')).status).toBe(200);
    expect(await (await admin.get('/api/v1/admin/audit-access')).json()).toEqual({ hrRead: false });
  });

  it('opens to HR (read and export, not the setting) when an admin turns it on, at once, and closes again', async () => {
    expect((await hr.put('/api/v1/admin/audit-access', { hrRead: true })).status).toBe(403);
    expect(await (await admin.put('/api/v1/admin/audit-access', { hrRead: true })).json()).toEqual({ hrRead: true });
    // The same session: the setting is read with it on every request.
    expect((await me(hr)).can).toMatchObject({ viewAudit: true, manageAuditAccess: false });
    const list = await hr.get('/api/v1/admin/audit?action=settings.audit.update');
    expect(list.status).toBe(200);
    const entries = (await list.json()) as Entries;
    expect(entries.items[0]).toMatchObject({
      action: 'settings.audit.update',
      entityType: 'settings',
      detail: { hrRead: true, before: false },
    });
    expect((await hr.get('/api/v1/admin/audit.csv')).status).toBe(200);
    expect((await hr.get('/api/v1/admin/outbox')).status).toBe(403);
    // Someone without HR gains nothing from the setting.
    const emp = await t.client().login(org.report.email);
    expect((await emp.get('/api/v1/admin/audit')).status).toBe(403);

    await admin.put('/api/v1/admin/audit-access', { hrRead: false });
    expect((await hr.get('/api/v1/admin/audit')).status).toBe(403);
  });

  it('filters by any action of the catalog, and by a group of them', async () => {
    // The reads above wrote audit.read rows; the group filter finds them with the exports.
    const group = (await (await admin.get('/api/v1/admin/audit?action=audit.&pageSize=200')).json()) as Entries;
    expect(new Set(group.items.map((i) => i.action))).toEqual(new Set(['audit.read', 'audit.export']));
    for (const action of AUDIT_ACTIONS) {
      const res = await admin.get(`/api/v1/admin/audit?action=${encodeURIComponent(action)}&pageSize=5`);
      expect(res.status, action).toBe(200);
      const found = (await res.json()) as Entries;
      // A prefix filter: 'auth.login' also finds 'auth.login.failed', never another group.
      expect(
        found.items.every((i) => i.action.startsWith(action)),
        action,
      ).toBe(true);
    }
  });
});
