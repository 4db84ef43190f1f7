import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { DEFAULT_PASSWORD, makeTestApp, type TestApp } from '../support/harness';

const NEW_PASSWORD = 'another long passphrase';
const PATH = '/api/v1/auth/password';
let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe('own password change', () => {
  it('changes the password, keeps this session, ends the others and audits', async () => {
    const e = await makeEmployee(t.db);
    const here = await t.client().login(e.email);
    const elsewhere = await t.client().login(e.email);
    const res = await here.post(PATH, { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect((await here.get('/api/v1/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/me')).status).toBe(401);
    expect((await t.client().post('/api/v1/auth/login', { email: e.email, password: DEFAULT_PASSWORD })).status).toBe(401);
    await t.client().login(e.email, NEW_PASSWORD);
    const rows = await t.db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.password.changed'), eq(auditLog.entityId, e.id)));
    expect(rows).toEqual([{ actorId: e.id }]);
  });

  it('answers a wrong current password with a localized field error', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    const res = await c.post(PATH, { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fields).toEqual({ currentPassword: '現在のパスワードが正しくありません。' });
    const en = await makeEmployee(t.db, { locale: 'en' });
    const ce = await t.client().login(en.email);
    const resEn = await ce.post(PATH, { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect((await resEn.json()).error.fields.currentPassword).toBe('The current password is incorrect.');
    await t.client().login(e.email);
  });

  it('checks the new password: length, unchanged, unknown fields', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    const short = await c.post(PATH, { currentPassword: DEFAULT_PASSWORD, newPassword: 'short', extra: 1 });
    expect(short.status).toBe(400);
    const fields = (await short.json()).error.fields;
    expect(fields.newPassword).toBe('10文字以上で入力してください。');
    expect(fields.extra).toBe('不明な項目です。');
    const same = await c.post(PATH, { currentPassword: DEFAULT_PASSWORD, newPassword: DEFAULT_PASSWORD });
    expect(same.status).toBe(400);
    expect((await same.json()).error.fields.newPassword).toBe('新しいパスワードには、現在とは異なるものを指定してください。');
  });

  it('needs a session and the CSRF header', async () => {
    const anon = t.client();
    expect((await anon.post(PATH, { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(401);
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    const res = await c.post(PATH, { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD }, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
  });

  it('stops guessing the current password after five wrong tries', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    for (let i = 0; i < 5; i++) {
      expect((await c.post(PATH, { currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD })).status).toBe(400);
    }
    const res = await c.post(PATH, { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(429);
  });
});
