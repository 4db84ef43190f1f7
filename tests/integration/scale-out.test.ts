import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { type DbHandle, openDb } from '../../src/db/client';
import { rowsOf } from '../../src/db/rows';
import { type JobQueue, QUEUES, startQueue } from '../../src/jobs/queue';
import { createLogger } from '../../src/log';
import { createMailer } from '../../src/mail/mailer';
import { makeEmployee } from '../support/factories';
import { DEFAULT_PASSWORD, TestClient } from '../support/harness';
import { clonePgDatabase, killAllServers, type ServerProcess, serverAt, startServer } from '../support/server-process';
import { parseMail, startSmtpSink } from '../support/smtp';

// Issue 14.8: two real Mendan processes on one PostgreSQL database behave as one server (ARCHITECTURE:
// scale-out). PGlite is one process per data folder, so there is nothing to show on it.
const onPg = process.env.TEST_DB === 'pg';

let a: ServerProcess;
let b: ServerProcess;
let h: DbHandle;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let drop: () => Promise<void>;
let ipSeq = 0;

/** A fresh client on one server, from its own address (the servers trust X-Forwarded-For here). */
const on = (s: ServerProcess, ip = `203.0.113.${++ipSeq}`) => new TestClient(serverAt(s.baseUrl), ip);
const count = async (query: ReturnType<typeof sql>) => Number(rowsOf<{ n: number }>(await h.db.execute(query))[0]!.n);
const journal = JSON.parse(readFileSync(new URL('../../src/db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as {
  entries: unknown[];
};

async function until(what: string, check: () => Promise<boolean>, ms = 20_000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (await check()) return;
  throw new Error(`timed out waiting for ${what}\n--- A ---\n${a.output()}\n--- B ---\n${b.output()}`);
}

beforeAll(async () => {
  if (!onPg) return;
  sink = await startSmtpSink();
  // An empty database: both servers start on it at once, and must migrate it (and install defaults) once.
  const db = await clonePgDatabase({ empty: true });
  drop = db.drop;
  const env = { DATABASE_URL: db.url, SMTP_URL: `smtp://127.0.0.1:${sink.port}`, TRUST_PROXY: 'true' };
  [a, b] = await Promise.all([startServer(env), startServer(env)]);
  h = await openDb({ databaseUrl: db.url, poolSize: 2, migrate: false });
}, 120_000); // two servers loading the app and migrating a new database at once: slow on a busy machine

afterAll(async () => {
  await killAllServers();
  await h?.close();
  await drop?.();
  await sink?.close();
});

describe.skipIf(!onPg)('two servers on one PostgreSQL database (TEST_DB=pg only: PGlite is one process per data folder)', () => {
  it('started together, they migrated and installed the defaults once', async () => {
    expect(await count(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)).toBe(journal.entries.length);
    expect(await count(sql`select count(*)::int as n from app_settings where key = 'defaults.installed'`)).toBe(1);
    // One default per kind: the career sheet, the pre-survey, the hiring-criteria hearing sheet.
    expect(await count(sql`select count(*)::int as n from form_templates where is_default`)).toBe(3);
    expect(await count(sql`select count(distinct kind)::int as n from form_templates where is_default`)).toBe(3);
    expect(await count(sql`select count(*)::int as n from pgboss.queue`)).toBe(QUEUES.length);
  });

  it('a session made on A works on B, its CSRF token too, and logout on A ends it on B', async () => {
    const e = await makeEmployee(h.db);
    const onA = on(a);
    // Signed out: the CSRF cookie A handed out is accepted by B for the login itself.
    await onA.get('/api/v1/health');
    const onB = new TestClient(serverAt(b.baseUrl), onA.ip);
    onB.cookies = onA.cookies; // one browser, two servers behind a balancer: the same cookie jar
    await onB.login(e.email);
    expect((await onA.get('/api/v1/auth/me')).status).toBe(200);
    // A write on A with the session's token, seen on B.
    expect((await onA.put('/api/v1/me/locale', { locale: 'en' })).status).toBe(200);
    const me = (await (await onB.get('/api/v1/auth/me')).json()) as { id: string; locale: string };
    expect(me).toMatchObject({ id: e.id, locale: 'en' });
    expect((await onB.put('/api/v1/me/locale', { locale: 'ja' }, { 'x-csrf-token': 'forged' })).status).toBe(403);

    const stolen = new TestClient(serverAt(b.baseUrl), '198.51.100.1');
    stolen.cookies = new Map(onA.cookies);
    expect((await onA.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await stolen.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('counts failed logins on both servers against one limit, a burst split between them too', async () => {
    const login = (s: ServerProcess, email: string, password: string) => on(s).post('/api/v1/auth/login', { email, password });
    const e = await makeEmployee(h.db);
    for (const s of [a, b, a, b, a]) expect((await login(s, e.email, 'wrong guess')).status).toBe(401);
    expect((await login(b, e.email, DEFAULT_PASSWORD)).status).toBe(429);
    expect((await login(a, e.email, DEFAULT_PASSWORD)).status).toBe(429);

    // Twelve guesses at once, half on each server: five are checked, the rest refused.
    const f = await makeEmployee(h.db);
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => login(i % 2 ? a : b, f.email, `guess ${i}`)));
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
    expect((await login(a, f.email, DEFAULT_PASSWORD)).status).toBe(429);
  });

  it('delivers each mail once, however the two servers share the queue', async () => {
    // One mail through a request on A; twenty more queued at once (as a round launch does), with the
    // outbox row and its job written together, for both servers' workers to compete for.
    const e = await makeEmployee(h.db);
    expect((await on(a).post('/api/v1/auth/password-reset/request', { email: e.email })).status).toBe(202);
    const jobs: JobQueue = await startQueue(h, createLogger('silent'));
    try {
      const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: testConfig().mailFrom, jobs });
      for (let i = 0; i < 20; i++) await mailer.send(h.db, { to: `many${i}@example.jp`, subject: `件名 ${i}`, text: `本文 ${i}` });
    } finally {
      await jobs.stop();
    }
    await until('21 mails', async () => sink.inbox.length >= 21);
    // Longer than a polling interval (2 s) of both servers: a second delivery would have happened by now.
    await sleep(3_000);
    expect(sink.inbox.length).toBe(21);
    const ids = sink.inbox.map((m) => parseMail(m.raw).messageId);
    expect(new Set(ids).size).toBe(21);
    expect(sink.inbox.filter((m) => m.to.includes(e.email))).toHaveLength(1);
    expect(await count(sql`select count(*)::int as n from mail_outbox where status = 'sent' and attempts = 1`)).toBe(21);
    expect(await count(sql`select count(*)::int as n from pgboss.job where name = 'mail.send' and state = 'completed'`)).toBe(21);
  });

  it('a stale aggregate read on both servers is refreshed once, and both then answer the same', async () => {
    const hr = await makeEmployee(h.db, { roles: ['hr'] });
    const onA = await on(a).login(hr.email);
    const onB = new TestClient(serverAt(b.baseUrl), onA.ip);
    onB.cookies = onA.cookies;
    const url = '/api/v1/insight/outcomes?from=2026-01-01&to=2026-12-31';
    const key = 'outcomes:2026-01-01:2026-12-31';
    const asOf = async (c: TestClient) => ((await (await c.get(url)).json()) as { asOf: string }).asOf;
    const first = await asOf(onA);
    // Past its time to live (two minutes), within the figures' bound (five): stale, served, refreshed behind.
    await h.db.execute(sql`update insight_snapshots set computed_at = now() - interval '3 minutes' where key = ${key}`);
    const [stale] = rowsOf<{ at: Date }>(await h.db.execute(sql`select computed_at as at from insight_snapshots where key = ${key}`));

    const seen = await Promise.all([onA, onB, onA, onB, onA, onB].map(asOf));
    const refreshJobs = (state: string) =>
      count(
        sql`select count(*)::int as n from pgboss.job where name = 'aggregate.refresh' and singleton_key = ${key} and state = ${state}`,
      );
    await until('the refresh', async () => (await refreshJobs('completed')) === 1);
    const after = await Promise.all([asOf(onA), asOf(onB)]);
    expect(after[0]).toBe(after[1]);
    expect(Date.parse(after[0]!)).toBeGreaterThan(Date.parse(first));
    // Every read before the refresh answered the stored (stale) answer, or the refreshed one if the job was that quick.
    for (const s of seen) expect([new Date(stale!.at).toISOString(), after[0]]).toContain(s);
    // Six stale reads on two servers: one job queued at a time (the queue's 'short' policy), so at most a second
    // one when a read came after the first had started; that one finds the answer already newer and computes nothing.
    const jobs = () => count(sql`select count(*)::int as n from pgboss.job where name = 'aggregate.refresh' and singleton_key = ${key}`);
    expect(await jobs()).toBeLessThanOrEqual(2);
    await until('no refresh pending', async () => (await refreshJobs('completed')) === (await jobs()));
    const [stored] = rowsOf<{ at: Date }>(await h.db.execute(sql`select computed_at as at from insight_snapshots where key = ${key}`));
    expect(new Date(stored!.at).toISOString()).toBe(after[0]);
  });
});
