import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp } from '../support/harness';
import { lastMailTo, resetTokenIn } from '../support/mail';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const setCookie = (res: Response, name: string) => res.headers.getSetCookie().find((s) => s.startsWith(`${name}=`));

describe('session fixation', () => {
  it('issues a new session id at every login', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    const first = c.cookies.get('mendan_sid');
    await c.login(e.email);
    const second = c.cookies.get('mendan_sid');
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
  });

  it('never adopts a session id planted before login', async () => {
    const e = await makeEmployee(t.db);
    const c = t.client();
    c.cookies.set('mendan_sid', 'attacker-chosen-value');
    const before = await c.get('/api/v1/health');
    // An unknown id is cleared at once, and it never becomes a session.
    expect(setCookie(before, 'mendan_sid')).toMatch(/^mendan_sid=;/);
    c.cookies.set('mendan_sid', 'attacker-chosen-value');
    await c.login(e.email);
    expect(c.cookies.get('mendan_sid')).not.toBe('attacker-chosen-value');
    const planted = await t.app.request('/api/v1/auth/me', { headers: { cookie: 'mendan_sid=attacker-chosen-value' } });
    expect(planted.status).toBe(401);
  });

  it('rotates the CSRF token at login', async () => {
    const e = await makeEmployee(t.db);
    const c = t.client();
    await c.get('/api/v1/health');
    const anonymous = c.csrf;
    await c.login(e.email);
    expect(c.csrf).toBeTruthy();
    expect(c.csrf).not.toBe(anonymous);
  });

  it('logout ends the session on the server: replaying the old cookie answers 401', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    const sid = c.cookies.get('mendan_sid')!;
    expect((await t.app.request('/api/v1/auth/me', { headers: { cookie: `mendan_sid=${sid}` } })).status).toBe(200);
    const out = await c.post('/api/v1/auth/logout');
    expect(out.status).toBe(200);
    expect(setCookie(out, 'mendan_sid')).toMatch(/Max-Age=0/i);
    const replay = await t.app.request('/api/v1/auth/me', { headers: { cookie: `mendan_sid=${sid}` } });
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.message).toBe('ログインしてください。');
  });
});

describe('cookie flags', () => {
  it('session cookie: HttpOnly, SameSite=Lax, Path=/, not Secure over plain http; CSRF cookie readable by scripts', async () => {
    const e = await makeEmployee(t.db);
    const c = t.client();
    await c.get('/api/v1/health');
    const res = await c.post('/api/v1/auth/login', { email: e.email, password: 'correct horse battery' });
    const sid = setCookie(res, 'mendan_sid')!;
    expect(sid).toMatch(/; HttpOnly/);
    expect(sid).toMatch(/; SameSite=Lax/);
    expect(sid).toMatch(/; Path=\//);
    expect(sid).toMatch(/; Max-Age=\d+/);
    expect(sid).not.toMatch(/; Secure/);
    const csrf = setCookie(res, 'mendan_csrf')!;
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(csrf).toMatch(/; Path=\//);
  });

  it('marks both cookies Secure when COOKIE_SECURE=true', async () => {
    const secure = await makeTestApp({ config: testConfig({ cookieSecure: 'true' }) });
    try {
      const e = await makeEmployee(secure.db);
      const c = secure.client();
      const first = await c.get('/api/v1/health');
      expect(setCookie(first, 'mendan_csrf')).toMatch(/; Secure/);
      const res = await c.post('/api/v1/auth/login', { email: e.email, password: 'correct horse battery' });
      expect(res.status).toBe(200);
      expect(setCookie(res, 'mendan_sid')).toMatch(/; Secure/);
      expect(setCookie(res, 'mendan_sid')).toMatch(/; HttpOnly/);
      expect(setCookie(res, 'mendan_csrf')).toMatch(/; Secure/);
    } finally {
      await secure.close();
    }
  });
});

describe('password reset tokens', () => {
  it('work once: reusing a spent token answers 400', async () => {
    const e = await makeEmployee(t.db);
    const c = t.client();
    expect((await c.post('/api/v1/auth/password-reset/request', { email: e.email })).status).toBe(202);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    const body = { token, password: 'first new passphrase' };
    expect((await c.post('/api/v1/auth/password-reset/confirm', body)).status).toBe(200);
    const reuse = await c.post('/api/v1/auth/password-reset/confirm', { token, password: 'second new passphrase' });
    expect(reuse.status).toBe(400);
    expect((await reuse.json()).error.code).toBe('resetTokenInvalid');
    await t.client().login(e.email, 'first new passphrase');
  });
});
