import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { roleGrants } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { DEFAULT_PASSWORD, makeTestApp, type TestApp } from '../support/harness';

// Issue 16.2: a server answers from sessions it resolved recently (domain/auth/session-cache.ts). The other
// integration tests switch the cache off (they change people in the database directly, as another process
// would); here it is on, as in production.
let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ config: testConfig({ sessionCacheSeconds: 2 }) });
});
afterAll(() => t.close());

const me = (c: { get: (p: string) => Promise<Response> }) => c.get('/api/v1/auth/me');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('revocation through this server takes effect at once', () => {
  it('logout', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    const sid = c.cookies.get('mendan_sid')!;
    expect((await me(c)).status).toBe(200);
    expect((await c.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await t.app.request('/api/v1/auth/me', { headers: { cookie: `mendan_sid=${sid}` } })).status).toBe(401);
  });

  it('a password change ends the other sessions', async () => {
    const e = await makeEmployee(t.db);
    const other = await t.client().login(e.email);
    const c = await t.client().login(e.email);
    expect((await me(other)).status).toBe(200);
    const res = await c.post('/api/v1/auth/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'a new long passphrase 2026' });
    expect(res.status).toBe(200);
    expect((await me(other)).status).toBe(401);
  });

  it('a role removal', async () => {
    const admin = await t.client().login((await makeEmployee(t.db, { roles: ['admin'] })).email);
    const hr = await makeEmployee(t.db, { roles: ['hr'] });
    const c = await t.client().login(hr.email);
    expect((await c.get('/api/v1/insight/trends')).status).toBe(200);
    expect((await admin.put(`/api/v1/employees/${hr.id}/roles`, { roles: [] })).status).toBe(200);
    expect((await c.get('/api/v1/insight/trends')).status).toBe(404);
  });

  it('a retirement', async () => {
    const hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
    const leaving = await makeEmployee(t.db);
    const c = await t.client().login(leaving.email);
    expect((await me(c)).status).toBe(200);
    expect((await hr.post(`/api/v1/employees/${leaving.id}/retire`, {})).status).toBe(200);
    expect((await me(c)).status).toBe(401);
  });

  it('a retirement by CSV import, which commits after its answer began', async () => {
    const hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
    const leaving = await makeEmployee(t.db, { employeeNumber: 'SC-GONE', email: 'sc-gone@example.jp' });
    const c = await t.client().login(leaving.email);
    expect((await me(c)).status).toBe(200);
    const header = '社員番号,姓,名,姓(フリガナ),名(フリガナ),メールアドレス,部署コード,役職,等級,上司社員番号,入社日,在籍状況,言語';
    const body = `${header}\r\nSC-GONE,伊藤,健,イトウ,ケン,sc-gone@example.jp,,一般,G2,,2010-10-01,退職,ja\r\n`;
    const res = await hr.post('/api/v1/imports/employees/commit', body, { 'content-type': 'text/csv' });
    expect(await res.text()).toMatch(/"type":"done"/);
    expect((await me(c)).status).toBe(401);
  });
});

describe('a change made elsewhere (another server process, the CLI)', () => {
  it('takes effect within the stated bound', async () => {
    const hr = await makeEmployee(t.db, { roles: ['hr'] });
    const c = await t.client().login(hr.email);
    expect((await c.get('/api/v1/insight/trends')).status).toBe(200);
    // As another process would: straight in the database, unseen by this server's cache.
    await t.db.delete(roleGrants).where(eq(roleGrants.employeeId, hr.id));
    expect((await c.get('/api/v1/insight/trends')).status).toBe(200);
    await sleep(2100);
    expect((await c.get('/api/v1/insight/trends')).status).toBe(404);
  });
});
