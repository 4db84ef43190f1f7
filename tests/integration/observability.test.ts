import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { drainJobs } from '../../src/jobs/queue';
import { createApp } from '../../src/server/app';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, TestClient } from '../support/harness';
import { captureLog } from '../support/log';

// Issue 14 item 7: JSON logs with a request id, an access line per request, LOG_LEVEL, readiness.

let t: TestApp;
let lines: Record<string, unknown>[];
beforeAll(async () => {
  const captured = captureLog('info');
  lines = captured.lines;
  t = await makeTestApp({ log: captured.log });
});
afterAll(() => t.close());

describe('the access line and the request id', () => {
  it('writes one JSON line per request, whose id is the X-Request-Id answered, with the path but not its query', async () => {
    lines.length = 0;
    const res = await t.app.request('/api/v1/health?token=secret-in-query');
    expect(res.status).toBe(200);
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: id,
      method: 'GET',
      path: '/api/v1/health',
      route: '/api/v1/health',
      status: 200,
    });
    expect(typeof lines[0]!.ms).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('secret-in-query');
  });

  it('keeps a safe incoming request id and replaces one that could forge a log line', async () => {
    const kept = await t.app.request('/api/v1/health', { headers: { 'x-request-id': 'lb-1234.abc_DEF' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc_DEF');
    for (const unsafe of ['a b', 'x"}{"admin":true', 'z'.repeat(65)]) {
      const res = await t.app.request('/api/v1/health', { headers: { 'x-request-id': unsafe } });
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('names the signed-in actor by id only: no email, password, cookie or body in any line', async () => {
    const me = await makeEmployee(t.db);
    const c = await new TestClient(t.app).login(me.email);
    lines.length = 0;
    await c.get('/api/v1/auth/me');
    expect(lines).toEqual([expect.objectContaining({ msg: 'request', route: '/api/v1/auth/me', status: 200, actorId: me.id })]);
    const login = await t.client().post('/api/v1/auth/login', { email: me.email, password: 'wrong password!' });
    expect(login.status).toBe(401);
    const text = JSON.stringify(lines);
    for (const secret of [me.email, 'wrong password!', c.cookies.get('mendan_sid')!]) expect(text).not.toContain(secret);
  });

  it('logs an unexpected error once, at error level with its stack; a 4xx is no error', async () => {
    const app = createApp(t.deps);
    app.get('/boom', () => {
      throw new Error('kaboom');
    });
    lines.length = 0;
    expect((await app.request('/api/v1/employees')).status).toBe(401);
    expect((await app.request('/api/v1/nothing-here', { headers: { cookie: 'mendan_sid=unknown' } })).status).toBe(401);
    expect(lines.filter((l) => l.level !== 'info')).toEqual([]);
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'unhandled error', requestId: res.headers.get('x-request-id') });
    expect((errors[0]!.err as { stack: string }).stack).toContain('kaboom');
  });
});

describe('LOG_LEVEL', () => {
  it('accepts silent, error, warn, info and debug, and nothing else', () => {
    for (const level of ['silent', 'error', 'warn', 'info', 'debug']) expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });

  it('debug logs each job as it starts and finishes; info does not', async () => {
    for (const level of ['debug', 'info'] as const) {
      const captured = captureLog(level);
      await t.deps.jobs.send(t.db, 'round.remind', { roundId: 'r1' }, { singletonKey: `log-${level}` });
      expect(await drainJobs({ ...t.deps, log: captured.log }, { 'round.remind': async () => {} })).toBe(1);
      const jobLines = captured.lines.filter((l) => l.queue === 'round.remind').map((l) => `${l.level} ${l.msg}`);
      expect(jobLines).toEqual(level === 'debug' ? ['debug job started', 'debug job finished'] : []);
    }
  });
});

describe('/api/v1/ready', () => {
  // Its own app: the test stops its queue and closes its database.
  const { log, lines } = captureLog('warn');
  let own: TestApp;
  beforeAll(async () => {
    own = await makeTestApp({ log });
  });
  afterAll(async () => {
    await own.deps.jobs.stop().catch(() => {});
    await own.handle.close().catch(() => {});
  });

  it('answers 200 while the database answers and the queue runs; 503 once the queue stops or the database closes', async () => {
    const res = await own.client().get('/api/v1/ready');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: 'ok', queue: 'ok' });
    expect(lines).toEqual([]);

    await own.deps.jobs.stop();
    const stopped = await own.client().get('/api/v1/ready');
    expect(stopped.status).toBe(503);
    expect(await stopped.json()).toEqual({ ok: false, database: 'ok', queue: 'stopped' });

    await own.handle.close();
    const closed = await own.client().get('/api/v1/ready');
    expect(closed.status).toBe(503);
    expect(await closed.json()).toEqual({ ok: false, database: 'unavailable', queue: 'stopped' });
    expect(lines.at(-1)).toMatchObject({
      level: 'warn',
      msg: 'not ready',
      database: 'unavailable',
      requestId: closed.headers.get('x-request-id'),
    });
    // Liveness does not ask the database.
    expect((await own.client().get('/api/v1/health')).status).toBe(200);
  });
});
