import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../support/harness';
import { type MatrixIds, matrixFixtures, ROLES, type Role, SECRETS } from '../support/matrix-fixtures';
import { type Org, orgApp } from '../support/org-app';
import { type Entry, MATRIX, pathOf } from './security-matrix';

let t: TestApp;
let org: Org;
let hr: TestClient;
let fx: Awaited<ReturnType<typeof matrixFixtures>>;
let routes: string[];

/**
 * Sign-in, sign-out and password endpoints have their own tests (security-session, auth-*): they change sessions.
 * So do the public SSO ones (sso-*.test.ts, against a real OpenID provider); the admin's /admin/sso is in the matrix.
 * So do the first-run endpoints (setup.test.ts): public, and closed for good once an administrator exists;
 * and health/ready, public too (observability).
 */
const OWN_TESTS = /^(GET|POST|PUT) \/(auth\/|me\/locale|setup|health$|ready$)/;

async function call(c: TestClient, route: string, e: Entry, ids: MatrixIds) {
  const method = route.slice(0, route.indexOf(' '));
  const url = `/api/v1${pathOf(route, e, ids)}`;
  if (e.raw) return c.request(method, url, e.raw.body, { 'content-type': e.raw.type });
  return c.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : (e.body?.(ids) ?? {}));
}

const allowed = (e: Entry, r: Role) => r !== 'anon' && (e.allow === 'signedIn' || e.allow.includes(r));

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  fx = await matrixFixtures(t, org, hr);
  const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(doc.paths).flatMap(([p, ms]) => Object.keys(ms).map((m) => `${m.toUpperCase()} ${p.replace('/api/v1', '')}`));
}, 120_000);
afterAll(() => t.close());

describe('authorization matrix', () => {
  it('has an entry for every endpoint of the route table, and none for endpoints that are gone', () => {
    expect(routes.length).toBeGreaterThan(90);
    const missing = routes.filter((r) => !OWN_TESTS.test(r) && !MATRIX[r]);
    expect(missing, 'endpoints without a matrix entry').toEqual([]);
    const stale = Object.keys(MATRIX).filter((r) => !routes.includes(r));
    expect(stale, 'matrix entries for endpoints that do not exist').toEqual([]);
  });

  it('refuses every role that is not allowed, with the expected answer and nothing of the record', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => MATRIX[r])) {
      const e = MATRIX[route]!;
      for (const role of ROLES) {
        if (allowed(e, role)) continue;
        const res = await call(fx.clients[role], route, e, fx.ids);
        const expected = role === 'anon' ? 401 : (e.deny?.[role] ?? 404);
        const text = await res.text();
        if (res.status !== expected) wrong.push(`${route} as ${role}: ${res.status}, expected ${expected}`);
        for (const secret of Object.values(SECRETS)) if (text.includes(secret)) wrong.push(`${route} as ${role}: answer contains a secret`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('lets every allowed role read, and never shows a private note to anyone but its author', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.startsWith('GET ') && MATRIX[r])) {
      const e = MATRIX[route]!;
      for (const role of ROLES) {
        if (!allowed(e, role)) continue;
        const res = await call(fx.clients[role], route, e, fx.ids);
        const text = await res.text();
        // The interview is held: its .ics has no time left to offer (409) — still an answer to an allowed reader.
        if (res.status !== 200 && !(route.endsWith('invite.ics') && res.status === 409)) wrong.push(`${route} as ${role}: ${res.status}`);
        if (role !== 'manager' && text.includes(SECRETS.privateNote)) wrong.push(`${route} as ${role}: shows the private note`);
        if (role === 'manager' && text.includes(SECRETS.hrOnly)) wrong.push(`${route} as the manager: shows the 人事のみ answer`);
        if (role === 'self' && text.includes(SECRETS.hrManagerNote)) wrong.push(`${route} as the employee: shows an hr_manager note`);
        if (role === 'manager' && text.includes(SECRETS.wish)) wrong.push(`${route} as the manager: shows a wish meant for HR only`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
