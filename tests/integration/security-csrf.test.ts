import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp } from '../support/harness';

const CSRF_JA = 'セッションの確認に失敗しました。画面を再読み込みしてからやり直してください。';
const CSRF_EN = 'Your session could not be verified. Reload the page and try again.';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

/** A request with exactly the cookies and headers given, nothing added. */
function raw(method: string, path: string, cookies: Record<string, string>, headers: Record<string, string> = {}, body?: unknown) {
  const h: Record<string, string> = { ...headers };
  const cookie = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  if (cookie) h.cookie = cookie;
  if (body !== undefined) h['content-type'] = 'application/json';
  return t.app.request(path, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function expectCsrf(res: Response, message = CSRF_JA) {
  expect(res.status).toBe(403);
  const body = await res.json();
  expect(body.error).toEqual({ code: 'csrf', message });
}

describe('CSRF', () => {
  it('refuses a signed-out POST without the header, or with one that does not match the cookie', async () => {
    const e = await makeEmployee(t.db);
    const login = { email: e.email, password: 'correct horse battery' };
    await expectCsrf(await raw('POST', '/api/v1/auth/login', { mendan_csrf: 'abc' }, {}, login));
    await expectCsrf(await raw('POST', '/api/v1/auth/login', {}, {}, login));
    await expectCsrf(await raw('POST', '/api/v1/auth/login', { mendan_csrf: 'abc' }, { 'x-csrf-token': 'xyz' }, login));
    await expectCsrf(await raw('POST', '/api/v1/auth/login', {}, { 'x-csrf-token': 'xyz', 'accept-language': 'en' }, login), CSRF_EN);
    expect((await raw('POST', '/api/v1/auth/login', { mendan_csrf: 'abc' }, { 'x-csrf-token': 'abc' }, login)).status).toBe(200);
  });

  it('refuses a signed-in POST without the header or with a wrong one', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    await expectCsrf(await c.post('/api/v1/auth/logout', undefined, { 'x-csrf-token': '' }));
    await expectCsrf(await c.post('/api/v1/auth/logout', undefined, { 'x-csrf-token': 'wrong' }));
    await expectCsrf(await c.put('/api/v1/me/locale', { locale: 'en' }, { 'x-csrf-token': 'wrong' }));
    // Still signed in, still Japanese: nothing was done.
    const me = await (await c.get('/api/v1/auth/me')).json();
    expect(me.locale).toBe('ja');
  });

  it('refuses a header that matches a planted cookie but not the session', async () => {
    const e = await makeEmployee(t.db, { locale: 'en' });
    const c = await t.client().login(e.email);
    const sid = c.cookies.get('mendan_sid')!;
    const res = await raw(
      'PUT',
      '/api/v1/me/locale',
      { mendan_sid: sid, mendan_csrf: 'planted' },
      { 'x-csrf-token': 'planted' },
      { locale: 'ja' },
    );
    // The message is in the signed-in person's language.
    await expectCsrf(res, CSRF_EN);
  });

  it('refuses another person’s valid token', async () => {
    const a = await t.client().login((await makeEmployee(t.db)).email);
    const b = await t.client().login((await makeEmployee(t.db)).email);
    const res = await raw(
      'PUT',
      '/api/v1/me/locale',
      { mendan_sid: a.cookies.get('mendan_sid')!, mendan_csrf: b.csrf! },
      { 'x-csrf-token': b.csrf! },
      { locale: 'en' },
    );
    await expectCsrf(res);
  });

  it('accepts the session’s own token, and the login response hands it out', async () => {
    const e = await makeEmployee(t.db);
    const c = t.client();
    const login = await c.post('/api/v1/auth/login', { email: e.email, password: 'correct horse battery' });
    const { csrfToken } = await login.json();
    expect(csrfToken).toBe(c.csrf);
    const res = await raw(
      'PUT',
      '/api/v1/me/locale',
      { mendan_sid: c.cookies.get('mendan_sid')!, mendan_csrf: csrfToken },
      { 'x-csrf-token': csrfToken },
      { locale: 'en' },
    );
    expect(res.status).toBe(200);
  });

  it('does not ask GET requests for a token', async () => {
    const e = await makeEmployee(t.db);
    const c = await t.client().login(e.email);
    expect((await raw('GET', '/api/v1/auth/me', { mendan_sid: c.cookies.get('mendan_sid')! })).status).toBe(200);
  });
});
