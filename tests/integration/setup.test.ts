import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows';
import { testConfig } from '../../src/config';
import { DEMO_PASSWORD } from '../../src/domain/demo/names';
import { PUBLIC_ROUTES } from '../../src/server/middleware/gate';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, TestClient } from '../support/harness';

// Issue 15.1: the first visit to a new installation leads the way in — the first administrator or the demo
// company, in the browser, once. Public routes (the gate's list), closed for good afterwards.

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const ADMIN = { familyName: '管理', givenName: '花子', email: 'Kanri.Hanako@example.jp', password: 'a long enough secret' };
let ip = 0;
const anon = (app: TestApp) => new TestClient(app.app, `10.9.0.${++ip}`);
const count = async (app: TestApp, q: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await app.db.execute(q))[0]!.n;

// Each test starts a database of its own; a loaded machine takes its time.
describe('first run', { timeout: 120_000 }, () => {
  it('is public: the four setup routes are on the gate list', () => {
    for (const r of ['GET /api/v1/setup', 'POST /api/v1/setup/admin', 'POST /api/v1/setup/demo', 'GET /api/v1/setup/demo']) {
      expect(PUBLIC_ROUTES).toContain(r);
    }
  });

  it('creates the first administrator once, signs them in, audits it, and then answers 404/409 for good', async () => {
    t = await makeTestApp();
    expect(await (await anon(t).get('/api/v1/setup')).json()).toEqual({ demoAvailable: true });

    const short = await anon(t).post('/api/v1/setup/admin', { ...ADMIN, password: 'short' });
    expect(short.status).toBe(400);
    expect((await short.json()).error.fields.password).toBeTruthy();

    const c = anon(t);
    const res = await c.post('/api/v1/setup/admin', ADMIN);
    expect(res.status).toBe(201);
    const me = await (await c.get('/api/v1/auth/me')).json();
    expect(me).toMatchObject({ familyName: '管理', givenName: '花子', email: 'kanri.hanako@example.jp', employeeNumber: 'ADMIN' });
    expect(me.roles).toEqual(expect.arrayContaining(['admin', 'hr']));
    expect(await count(t, sql`select count(*)::int as n from audit_log where action = 'setup.admin.create' and actor_id = ${me.id}`)).toBe(
      1,
    );

    const late = anon(t);
    expect((await late.get('/api/v1/setup')).status).toBe(404);
    const again = await late.post('/api/v1/setup/admin', { ...ADMIN, email: 'other@example.jp' });
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe('初期設定はすでに終わっています。ログインしてください。');
    expect((await late.post('/api/v1/setup/demo')).status).toBe(409);
    expect((await late.get('/api/v1/setup/demo')).status).toBe(404);
    expect(await count(t, sql`select count(*)::int as n from employees`)).toBe(1);
  });

  it('makes exactly one administrator of two concurrent submits', async () => {
    t = await makeTestApp();
    const app = t;
    const tries = await Promise.all(
      ['one@example.jp', 'two@example.jp', 'three@example.jp'].map((email) => anon(app).post('/api/v1/setup/admin', { ...ADMIN, email })),
    );
    expect(tries.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await count(t, sql`select count(*)::int as n from role_grants where role = 'admin'`)).toBe(1);
    expect(await count(t, sql`select count(*)::int as n from employees`)).toBe(1);
  });

  it('is closed when an administrator exists already (created with the CLI)', async () => {
    t = await makeTestApp();
    await makeEmployee(t.db, { roles: ['admin'] });
    expect((await anon(t).get('/api/v1/setup')).status).toBe(404);
    expect((await anon(t).post('/api/v1/setup/admin', ADMIN)).status).toBe(409);
  });

  it('with people but no administrator: no demo, and an address in use is refused rather than taken over', async () => {
    t = await makeTestApp();
    const someone = await makeEmployee(t.db);
    expect(await (await anon(t).get('/api/v1/setup')).json()).toEqual({ demoAvailable: false });
    const demo = await anon(t).post('/api/v1/setup/demo');
    expect(demo.status).toBe(409);
    expect((await demo.json()).error.code).toBe('notEmpty');
    const taken = await anon(t).post('/api/v1/setup/admin', { ...ADMIN, email: someone.email });
    expect(taken.status).toBe(400);
    expect((await taken.json()).error.fields.email).toBe('このメールアドレスはすでに登録されています。別のアドレスを入力してください。');
    // Neither refusal used the setup up.
    expect((await anon(t).post('/api/v1/setup/admin', ADMIN)).status).toBe(201);
    expect(await count(t, sql`select count(*)::int as n from employees where employee_number = 'ADMIN'`)).toBe(1);
  });

  it('throttles by address', async () => {
    // Behind a proxy: each client's X-Forwarded-For is its address.
    t = await makeTestApp({ config: testConfig({ trustProxy: true }) });
    await makeEmployee(t.db, { roles: ['admin'] });
    const c = anon(t);
    for (let i = 0; i < 10; i++) expect((await c.post('/api/v1/setup/admin', ADMIN)).status).toBe(409);
    expect((await c.post('/api/v1/setup/admin', ADMIN)).status).toBe(429);
    expect((await anon(t).post('/api/v1/setup/admin', ADMIN)).status).toBe(409);
  });

  it('loads the demo company as a job that only the starting browser follows, then closes', async () => {
    t = await makeTestApp();
    const app = t;
    const [a, b] = [anon(app), anon(app)];
    const [first, second] = await Promise.all([a.post('/api/v1/setup/demo'), b.post('/api/v1/setup/demo')]);
    expect([first!.status, second!.status].sort()).toEqual([202, 409]);
    const [browser, started] = first!.status === 202 ? [a, first!] : [b, second!];
    expect(await started.json()).toMatchObject({ status: 'queued', signIns: [], password: null });
    // Its token travels in an HttpOnly cookie sent to the setup routes only.
    expect(started.headers.getSetCookie().find((c) => c.startsWith('mendan_setup='))).toMatch(
      /HttpOnly.*Path=\/api\/v1\/setup|Path=\/api\/v1\/setup.*HttpOnly/,
    );
    expect((await browser.get('/api/v1/setup/demo')).status).toBe(200);
    expect((await anon(app).get('/api/v1/setup/demo')).status).toBe(404);
    expect((await anon(app).get('/api/v1/setup')).status).toBe(404);
    expect((await anon(app).post('/api/v1/setup/admin', ADMIN)).status).toBe(409);

    await app.drain();
    const done = await (await browser.get('/api/v1/setup/demo')).json();
    expect(done).toMatchObject({ status: 'done', password: DEMO_PASSWORD });
    expect(done.signIns.map((s: { role: string }) => s.role)).toEqual(['admin', 'hr', 'manager', 'employee']);
    const hr = await anon(app).login(done.signIns[1].email, DEMO_PASSWORD);
    const rounds = await (await hr.get('/api/v1/rounds?status=started')).json();
    expect(rounds.items).toHaveLength(4);
    expect((await anon(app).get('/api/v1/setup')).status).toBe(404);
  }, 300_000);
});
