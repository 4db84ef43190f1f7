import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_ROUTES } from '../../src/server/middleware/gate';
import { makeTestApp, type TestApp } from '../support/harness';

// Sign-in is required for all of /api/v1 except an explicit list (issue 13.2): every operation the
// served OpenAPI document names is tried signed out.

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('the sign-in gate', () => {
  it('answers 401 to a signed-out caller on every operation but the public ones, before validation', async () => {
    const doc = (await (await t.client().get('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.length).toBeGreaterThan(100);
    const open: string[] = [];
    for (const op of operations) {
      const [method, path] = op.split(' ') as [string, string];
      const url = path.replace(/\{[^}]+\}/g, SOME_ID);
      // A fresh client each time: no session, a CSRF cookie as the web app would have.
      const res = await t.client().request(method, url, method === 'GET' || method === 'DELETE' ? undefined : {});
      if (res.status !== 401) open.push(`${op} → ${res.status}`);
      else expect((await res.json()).error.message).toBe('ログインしてください。');
    }
    const publicInDoc = PUBLIC_ROUTES.filter((r) => operations.includes(r));
    expect(publicInDoc.length).toBeGreaterThanOrEqual(4);
    expect(open.map((o) => o.split(' →')[0]).sort()).toEqual([...publicInDoc].sort());
  });

  it('hides whether a path exists from a signed-out caller, and lets the public routes through', async () => {
    expect((await t.client().get('/api/v1/no-such-route')).status).toBe(401);
    expect((await t.client().get('/api/v1/health')).status).toBe(200);
    expect((await t.client().get('/api/v1/openapi.json')).status).toBe(200);
    expect((await t.client().post('/api/v1/auth/login', { email: 'nobody@example.jp', password: 'x'.repeat(12) })).status).toBe(401);
  });
});
