import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp } from '../support/harness';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe('login and session', () => {
  it('signs in, reads /auth/me with roles, signs out', async () => {
    const hr = await makeEmployee(t.db, { roles: ['hr'] });
    const c = t.client();
    await c.login(hr.email);
    const sid = c.cookies.get('mendan_sid');
    expect(sid).toBeTruthy();
    const me = await c.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    const body = await me.json();
    expect(body.id).toBe(hr.id);
    expect(body.roles).toEqual(['employee', 'hr']);
    expect(body.can.manageDirectory).toBe(true);
    expect(body).not.toHaveProperty('passwordHash');
    expect((await c.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('session cookie is HttpOnly and SameSite', async () => {
    const e = await makeEmployee(t.db);
    const c = t.client();
    await c.get('/api/v1/health');
    const res = await c.post('/api/v1/auth/login', { email: e.email.toUpperCase(), password: 'correct horse battery' });
    expect(res.status).toBe(200);
    const sc = res.headers.getSetCookie().find((s) => s.startsWith('mendan_sid='))!;
    expect(sc).toMatch(/HttpOnly/);
    expect(sc).toMatch(/SameSite=Lax/);
  });

  it('a wrong password answers 401 with a Japanese message and no session', async () => {
    const e = await makeEmployee(t.db);
    const c = t.client();
    const res = await c.post('/api/v1/auth/login', { email: e.email, password: 'wrong password!' });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/メールアドレスまたはパスワード/);
    expect(c.cookies.has('mendan_sid')).toBe(false);
  });

  it('retired employees cannot sign in', async () => {
    const e = await makeEmployee(t.db, { status: 'retired' });
    const res = await t.client().post('/api/v1/auth/login', { email: e.email, password: 'correct horse battery' });
    expect(res.status).toBe(401);
  });

  it('derives the interviewer role from having reports', async () => {
    const boss = await makeEmployee(t.db);
    await makeEmployee(t.db, { managerId: boss.id });
    const c = await t.client().login(boss.email);
    expect((await (await c.get('/api/v1/auth/me')).json()).roles).toEqual(['employee', 'interviewer']);
  });

  it('validation errors are field-level, localized and reject unknown fields', async () => {
    const c = t.client();
    const res = await c.post('/api/v1/auth/login', { email: 'not-an-email', password: 'x', extra: 1 });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fields.email).toBe('メールアドレスの形式が正しくありません。');
    expect(body.error.fields.extra).toBe('不明な項目です。');
    const en = await c.post('/api/v1/auth/login', { email: 'x' }, { 'accept-language': 'en' });
    const bodyEn = await en.json();
    expect(bodyEn.error.fields.password).toBe('This field is required.');
  });

  it('malformed JSON answers 400, not 500', async () => {
    const c = t.client();
    await c.get('/api/v1/health');
    const res = await c.request('POST', '/api/v1/auth/login', '{"email":', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
  });
});
