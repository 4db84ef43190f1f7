import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import type { TestApp, TestClient } from '../support/harness';
import type { Org } from '../support/org-app';
import { SCIM, type ScimCall, scimApp } from '../support/scim';

const { ERROR } = SCIM;

let t: TestApp;
let org: Org;
let admin: TestClient;
let token: string;
let scim: ScimCall;

beforeAll(async () => {
  ({ t, org, admin, token, scim } = await scimApp());
}, 60_000);
afterAll(async () => {
  await t.close();
});

// SCIM tokens (issue 17.4, decision 0023): shown once, stored as a hash, revocable, admin only, and useless anywhere but /scim/v2.
describe('SCIM tokens', () => {
  it('are shown once, stored as a hash, listed by their end and audited', async () => {
    const list = (await (await admin.get('/api/v1/admin/scim/tokens')).json()) as { items: Record<string, unknown>[] };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.hint).toBe(token.slice(-4));
    expect(JSON.stringify(list)).not.toContain(token);
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'scim.token.create'));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('answers 401 with a SCIM error for a missing, wrong or revoked token', async () => {
    for (const bearer of [null, 'scim_wrong', 'not-a-scim-token']) {
      const res = await scim('GET', '/Users', undefined, bearer);
      expect(res.status).toBe(401);
      expect(res.type).toContain('application/scim+json');
      expect(res.body).toMatchObject({ schemas: [ERROR], status: '401' });
    }
    const made = (await (await admin.post('/api/v1/admin/scim/tokens', { name: '一時' })).json()) as { id: string; token: string };
    expect((await scim('GET', '/ServiceProviderConfig', undefined, made.token)).status).toBe(200);
    expect((await admin.delete(`/api/v1/admin/scim/tokens/${made.id}`)).status).toBe(200);
    expect((await scim('GET', '/ServiceProviderConfig', undefined, made.token)).status).toBe(401);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'scim.token.revoke'))).toHaveLength(1);
  });

  it('opens nothing under /api/v1, and an HR session cannot manage tokens', async () => {
    for (const path of ['/api/v1/employees', '/api/v1/admin/scim/tokens', '/api/v1/auth/me']) {
      const res = await t.app.request(path, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
    }
    const hr = await t.client().login(org.hr.email);
    expect((await hr.get('/api/v1/admin/scim/tokens')).status).toBe(403);
    // A session cookie is no SCIM credential either.
    expect((await hr.get('/scim/v2/Users')).status).toBe(401);
  });
});
