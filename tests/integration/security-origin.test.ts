import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employees } from '../../src/db/schema';
import { DENIED_READS_THRESHOLD, DENIED_READS_WINDOW_SECONDS, deniedReadsRule } from '../../src/domain/audit/denied-reads';
import { makeEmployee } from '../support/factories';
import { createApp } from '../../src/server/app';
import { makeTestApp, type TestApp, TestClient } from '../support/harness';

const CROSS_JA = '別のサイトからの操作は受け付けていません。Mendan の画面から操作してください。';
const CROSS_EN = 'Requests from another site are not accepted. Please use Mendan’s own pages.';
const ACTION = 'security.denied_reads';

let t: TestApp;
let colleagues: { id: string }[];
beforeAll(async () => {
  t = await makeTestApp();
  colleagues = [];
  for (let i = 0; i < 25; i++) colleagues.push(await makeEmployee(t.db));
});
afterAll(() => t.close());

const as = async (over: Parameters<typeof makeEmployee>[1] = {}) => {
  const e = await makeEmployee(t.db, over);
  return { e, c: await t.client().login(e.email) };
};
const localeOf = async (id: string) => (await t.db.select({ l: employees.locale }).from(employees).where(eq(employees.id, id)))[0]!.l;
const deniedRows = (actorId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, ACTION), eq(auditLog.actorId, actorId)));

async function expectCrossSite(res: Response, message = CROSS_JA) {
  expect(res.status).toBe(403);
  expect((await res.json()).error).toEqual({ code: 'crossSite', message });
}

describe('cross-site state changes', () => {
  it('refuses Sec-Fetch-Site: cross-site even with a valid token, and changes nothing', async () => {
    const { e, c } = await as();
    await expectCrossSite(await c.put('/api/v1/me/locale', { locale: 'en' }, { 'sec-fetch-site': 'cross-site' }));
    await expectCrossSite(await c.post('/api/v1/auth/logout', undefined, { 'sec-fetch-site': 'same-site' }));
    expect(await localeOf(e.id)).toBe('ja');
    // Still signed in: the logout was not done either.
    expect((await c.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('refuses a foreign Origin and Origin: null, in the person’s language', async () => {
    const { e, c } = await as({ locale: 'en' });
    await expectCrossSite(await c.put('/api/v1/me/locale', { locale: 'ja' }, { origin: 'https://evil.example' }), CROSS_EN);
    await expectCrossSite(await c.put('/api/v1/me/locale', { locale: 'ja' }, { origin: 'null' }), CROSS_EN);
    await expectCrossSite(
      await c.put('/api/v1/me/locale', { locale: 'ja' }, { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }),
      CROSS_EN,
    );
    expect(await localeOf(e.id)).toBe('en');
  });

  it('refuses a cross-site sign-in (login CSRF)', async () => {
    const e = await makeEmployee(t.db);
    const c = t.client();
    const res = await c.post(
      '/api/v1/auth/login',
      { email: e.email, password: 'correct horse battery' },
      { origin: 'https://evil.example' },
    );
    await expectCrossSite(res);
    expect(c.cookies.has('mendan_sid')).toBe(false);
  });

  it('accepts the browser’s own origin, the public URL’s origin, and a request with neither header', async () => {
    const { e, c } = await as();
    const own = new URL('http://localhost').origin;
    const pub = new URL(t.deps.config.publicUrl).origin;
    const ok = async (headers: Record<string, string>, locale: 'ja' | 'en') => {
      const res = await c.put('/api/v1/me/locale', { locale }, headers);
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(await localeOf(e.id)).toBe(locale);
    };
    await ok({ origin: own, 'sec-fetch-site': 'same-origin' }, 'en');
    await ok({ origin: pub }, 'ja');
    await ok({ 'sec-fetch-site': 'same-origin' }, 'en');
    await ok({ 'sec-fetch-site': 'none' }, 'ja');
    await ok({}, 'en');
  });

  it('refuses reads another site starts too (no audit entry or denied-read burst in someone else’s name); a typed URL opens', async () => {
    const { e, c } = await as();
    const nav = { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', referer: 'https://evil.example/' };
    expect((await c.get('/api/v1/auth/me', nav)).status).toBe(403);
    for (const x of colleagues) expect((await c.get(`/api/v1/employees/${x.id}`, nav)).status).toBe(403);
    expect(await deniedRows(e.id)).toHaveLength(0);
    expect((await c.get('/api/v1/auth/me', { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await c.get('/api/v1/auth/me', { 'sec-fetch-site': 'none' })).status).toBe(200);
  });
});

describe('a burst of 404s on other people’s records', () => {
  it('writes exactly one audit row naming the actor, with the count, the window and the path that reached it', async () => {
    const { e, c } = await as();
    const paths = colleagues.map((x) => `/api/v1/employees/${x.id}`);
    for (const [i, p] of paths.entries()) {
      // A query string may carry a secret: it never reaches the log.
      const res = await c.get(i === DENIED_READS_THRESHOLD - 1 ? `${p}?token=s3cret` : p);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('notFound');
    }
    const rows = await deniedRows(e.id);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ entityType: 'employee', entityId: e.id });
    expect(row.detail).toEqual({
      count: DENIED_READS_THRESHOLD,
      windowSeconds: DENIED_READS_WINDOW_SECONDS,
      path: paths[DENIED_READS_THRESHOLD - 1],
    });
    expect(JSON.stringify(row.detail)).not.toContain('s3cret');

    // More of the same within the window stays quiet.
    for (const p of paths.slice(0, 10)) expect((await c.get(p)).status).toBe(404);
    expect(await deniedRows(e.id)).toHaveLength(1);

    // The admin finds it by action, with the actor named.
    const admin = await as({ roles: ['admin'] });
    const res = await admin.c.get(`/api/v1/admin/audit?action=${ACTION}`);
    expect(res.status).toBe(200);
    const items = (await res.json()).items as { action: string; entityId: string; actor: { id: string } | null }[];
    expect(items.filter((i) => i.actor?.id === e.id)).toEqual([expect.objectContaining({ action: ACTION, entityId: e.id })]);
  });

  it('counts again once the window has ended', async () => {
    const { e, c } = await as();
    const burst = async () => {
      for (const x of colleagues.slice(0, DENIED_READS_THRESHOLD)) expect((await c.get(`/api/v1/employees/${x.id}`)).status).toBe(404);
    };
    await burst();
    expect(await deniedRows(e.id)).toHaveLength(1);
    await t.db.execute(sql`update throttles set reset_at = now() - interval '1 second' where key = ${deniedReadsRule(e.id).key}`);
    await burst();
    expect(await deniedRows(e.id)).toHaveLength(2);
  });

  it('counts once across two servers on one database, requests arriving at the same time', async () => {
    const { e, c } = await as();
    // A second app on the same database: the count may live nowhere but there.
    const other = new TestClient(createApp(t.deps));
    other.cookies = new Map(c.cookies);
    const results = await Promise.all(colleagues.map((x, i) => (i % 2 ? other : c).get(`/api/v1/employees/${x.id}`).then((r) => r.status)));
    expect(results.every((s) => s === 404)).toBe(true);
    const rows = await deniedRows(e.id);
    expect(rows).toHaveLength(1);
    expect(colleagues.map((x) => `/api/v1/employees/${x.id}`)).toContain((rows[0]!.detail as { path: string }).path);
  });

  it('writes nothing below the threshold, and does not count unknown API paths', async () => {
    const { e, c } = await as();
    for (const x of colleagues.slice(0, 5)) expect((await c.get(`/api/v1/employees/${x.id}`)).status).toBe(404);
    for (let i = 0; i < DENIED_READS_THRESHOLD + 5; i++) expect((await c.get(`/api/v1/no-such-thing/${i}`)).status).toBe(404);
    expect(await deniedRows(e.id)).toHaveLength(0);
  });

  it('still answers 404 when the count cannot be recorded', async () => {
    const { e, c } = await as();
    await t.db.execute(sql`alter table throttles rename to throttles_away`);
    try {
      for (const x of colleagues.slice(0, 3)) {
        const res = await c.get(`/api/v1/employees/${x.id}`);
        expect(res.status).toBe(404);
        expect((await res.json()).error.code).toBe('notFound');
      }
    } finally {
      await t.db.execute(sql`alter table throttles_away rename to throttles`);
    }
    expect(await deniedRows(e.id)).toHaveLength(0);
  });
});
