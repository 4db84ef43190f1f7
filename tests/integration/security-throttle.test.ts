import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { makeEmployee } from '../support/factories';
import { DEFAULT_PASSWORD, makeTestApp, TestClient, type TestApp } from '../support/harness';

let t: TestApp;
let ipSeq = 0;
// The app trusts X-Forwarded-For here, so every client can come from its own address.
const client = (ip = `203.0.113.${++ipSeq}`) => new TestClient(t.app, ip);
const login = (c: TestClient, email: string, password: string) => c.post('/api/v1/auth/login', { email, password });

beforeAll(async () => {
  t = await makeTestApp({ config: { ...testConfig(), trustProxy: true } });
});
afterAll(() => t.close());

describe('login throttling', () => {
  it('refuses the 6th attempt on one account within the window, even with the right password', async () => {
    const e = await makeEmployee(t.db);
    for (let i = 0; i < 5; i++) expect((await login(client(), e.email, `wrong guess ${i}`)).status).toBe(401);
    const res = await login(client(), e.email, DEFAULT_PASSWORD);
    expect(res.status).toBe(429);
    const body = await res.json();
    expect(body.error).toEqual({ code: 'tooManyRequests', message: '試行回数が多すぎます。しばらく待ってからやり直してください。' });
    const en = await client().post('/api/v1/auth/login', { email: e.email, password: DEFAULT_PASSWORD }, { 'accept-language': 'en' });
    expect(en.status).toBe(429);
    expect((await en.json()).error.message).toBe('Too many attempts. Please wait a while and try again.');
    // Other accounts are untouched.
    await client().login((await makeEmployee(t.db)).email);
  });

  it('lets exactly five of a burst of parallel guesses be checked', async () => {
    // Counted before the (slow) password check: a check-then-count would let all twelve through.
    const e = await makeEmployee(t.db);
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => login(client(), e.email, `guess ${i}`)));
    expect(burst.map((r) => r.status).sort()).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    expect((await login(client(), e.email, DEFAULT_PASSWORD)).status).toBe(429);
  });

  it('a successful login resets the account counter', async () => {
    const e = await makeEmployee(t.db);
    for (let i = 0; i < 4; i++) expect((await login(client(), e.email, `wrong guess ${i}`)).status).toBe(401);
    expect((await login(client(), e.email, DEFAULT_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(client(), e.email, `wrong again ${i}`)).status).toBe(401);
    expect((await login(client(), e.email, DEFAULT_PASSWORD)).status).toBe(200);
  });

  it('does not count successful logins against the IP', async () => {
    const ip = '198.18.0.78';
    for (let i = 0; i < 31; i++) await client(ip).login((await makeEmployee(t.db)).email);
  });

  it('limits one IP across many accounts, while other IPs still sign in', async () => {
    const ip = '198.18.0.77';
    const attacker = client(ip);
    for (let i = 0; i < 30; i++) {
      expect((await login(attacker, `victim${i}@example.jp`, 'password123!')).status).toBe(401);
    }
    const e = await makeEmployee(t.db);
    expect((await login(attacker, e.email, DEFAULT_PASSWORD)).status).toBe(429);
    expect((await login(client(ip), e.email, DEFAULT_PASSWORD)).status).toBe(429);
    expect((await login(client(), e.email, DEFAULT_PASSWORD)).status).toBe(200);
  });

  it('records throttled attempts in the audit log', async () => {
    const e = await makeEmployee(t.db);
    for (let i = 0; i < 6; i++) await login(client(), e.email, `wrong guess ${i}`);
    const admin = await makeEmployee(t.db, { roles: ['admin'] });
    const c = await client().login(admin.email);
    const body = await (await c.get('/api/v1/admin/audit?action=auth.login.throttled')).json();
    expect(body.items.some((i: { detail: { email?: string } }) => i.detail.email === e.email)).toBe(true);
  });
});
