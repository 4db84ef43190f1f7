import { existsSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { auditLog, departments } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { TestClient } from '../support/harness';
import { isAlive, killAllServers, type ServerProcess, serverDatabase, startServer } from '../support/server-process';

// Issue 14.1: SIGTERM lets a write in flight finish and answer, then closes the database. Before, a
// POST /departments in flight answered 500 ("Cannot use a pool after calling end on the pool") while
// its row and audit entry were committed.

const onPg = process.env.TEST_DB === 'pg';

let env: Record<string, string>;
let dbUrl = '';
let dataDir = '';
let open: () => Promise<DbHandle>;
let cleanup: () => Promise<void>;
let adminEmail: string;
let parentId: string;

beforeAll(async () => {
  const db = await serverDatabase('stop');
  ({ env, url: dbUrl, dataDir, open, drop: cleanup } = db);
  const h = await open();
  try {
    adminEmail = (await makeEmployee(h.db, { roles: ['hr', 'admin'] })).email;
    parentId = (await makeDepartment(h.db, { code: 'STOP-PARENT' })).id;
  } finally {
    await h.close();
  }
});

afterAll(async () => {
  await killAllServers();
  await cleanup?.();
});

async function signedIn(server: ServerProcess) {
  const client = new TestClient({ request: (path, init) => fetch(server.baseUrl + path, init) }, '127.0.0.1');
  return client.login(adminEmail);
}

/** What the database holds for a department code after the server is gone: the row and its audit entry. */
async function landed(code: string) {
  const h = await open();
  try {
    const [row] = await h.db.select().from(departments).where(eq(departments.code, code));
    const audits = row
      ? await h.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'department.create'), eq(auditLog.entityId, row.id)))
      : [];
    return { row, audits: audits.length };
  } finally {
    await h.close();
  }
}

type Answer = { status: number; connection: string | undefined; body: string };

/**
 * A POST whose JSON body arrives in two parts: the server has the request (it answered
 * `100 Continue`) but cannot finish it before the test sends the rest. Deterministic on both drivers.
 */
function slowPost(server: ServerProcess, client: TestClient, path: string, body: object) {
  const text = JSON.stringify(body);
  const cut = Math.floor(text.length / 2);
  const req = http.request(`${server.baseUrl}${path}`, {
    method: 'POST',
    agent: new http.Agent({ keepAlive: true }),
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'x-csrf-token': client.csrf!,
      expect: '100-continue',
    },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      let out = '';
      res.on('data', (c: Buffer) => (out += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: out }));
    });
    req.on('error', reject);
  });
  // A failed test may never await it.
  answer.catch(() => {});
  const started = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  return {
    /** Resolves once the server is handling the request (first half sent). */
    started: started.then(() => new Promise<void>((resolve) => req.write(text.slice(0, cut), () => resolve()))),
    finish: () => req.end(text.slice(cut)),
    answer,
  };
}

const refused = (url: string) =>
  fetch(`${url}/api/v1/health`).then(
    () => 'answered',
    (err: { cause?: { code?: string } }) => err.cause?.code ?? 'failed',
  );

describe(`SIGTERM (${onPg ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('lets a write in flight finish with its real answer, ignores a second signal, then exits 0', async () => {
    const server = await startServer(env);
    const client = await signedIn(server);
    const post = slowPost(server, client, '/api/v1/departments', { code: 'STOP-1', name: '停止中に作成', parentId });
    await post.started;

    process.kill(server.pid, 'SIGTERM');
    await sleep(300);
    // A second signal (an impatient operator, a supervisor) must change nothing.
    process.kill(server.pid, 'SIGTERM');
    process.kill(server.pid, 'SIGINT');
    await sleep(300);
    // Still finishing the request, but taking no new connection.
    expect(isAlive(server.pid)).toBe(true);
    expect(await refused(server.baseUrl)).toBe('ECONNREFUSED');

    post.finish();
    const answer = await post.answer;
    const finishedAt = performance.now();
    expect(answer.status, answer.body).toBe(201);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'STOP-1', name: '停止中に作成' });
    // The answer closes its connection: no keep-alive holds the stop open.
    expect(answer.connection).toBe('close');

    // The client's own keep-alive connections (login) do not hold the stop open either.
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(performance.now() - finishedAt).toBeLessThan(5000);
    expect(server.output()).toMatch(/"event":"shutdown\.start","msg":"SIGTERM: no new connections; finishing 1 request/);
    expect(server.output()).toMatch(/"event":"shutdown\.repeat","msg":"SIGTERM again/);
    expect(server.output()).toMatch(/"event":"shutdown\.repeat","msg":"SIGINT again/);
    expect(server.output()).not.toMatch(/unhandled error|Cannot use a pool/);
    // Stopped cleanly despite the repeated signals: nothing left that would block the CLI or the next start.
    if (!onPg) expect(['mendan.lock', 'postmaster.pid'].filter((f) => existsSync(join(dataDir, f)))).toEqual([]);
    expect(await landed('STOP-1')).toMatchObject({ row: { name: '停止中に作成', parentId }, audits: 1 });
  }, 120_000);
});

describe.runIf(onPg)('SIGTERM while a write waits on a lock (PostgreSQL)', () => {
  /** Another connection holds the parent department's row: inserting a child waits for its foreign-key check. */
  async function lockParent() {
    const locker = new pg.Client({ connectionString: dbUrl });
    await locker.connect();
    await locker.query('begin');
    await locker.query('select id from departments where id = $1 for update', [parentId]);
    const waiting = async () => {
      for (let i = 0; i < 200; i++) {
        const { rows } = await locker.query(
          "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
        );
        if (rows[0].n > 0) return;
        await sleep(50);
      }
      throw new Error('the write never waited on the lock');
    };
    return { locker, waiting };
  }

  it('answers the waiting write once the lock is released, inside its transaction, then exits 0', async () => {
    const server = await startServer(env);
    const client = await signedIn(server);
    const { locker, waiting } = await lockParent();
    try {
      const answer = client.post('/api/v1/departments', { code: 'STOP-LOCK', name: 'ロック待ち', parentId });
      await waiting();
      process.kill(server.pid, 'SIGTERM');
      await sleep(500);
      expect(isAlive(server.pid)).toBe(true);
      await locker.query('commit');
      const res = await answer;
      expect(res.status, await res.clone().text()).toBe(201);
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(await landed('STOP-LOCK')).toMatchObject({ row: { name: 'ロック待ち' }, audits: 1 });
    } finally {
      await locker.end();
    }
  }, 120_000);

  it('stops waiting after SHUTDOWN_TIMEOUT_SECONDS: the cut write leaves nothing half-made, exit 1', async () => {
    const server = await startServer({ ...env, SHUTDOWN_TIMEOUT_SECONDS: '1' });
    const client = await signedIn(server);
    const { locker, waiting } = await lockParent();
    try {
      const answer = client.post('/api/v1/departments', { code: 'STOP-CUT', name: '打ち切り', parentId }).then(
        (res) => res.status,
        () => 'cut',
      );
      await waiting();
      const sent = performance.now();
      process.kill(server.pid, 'SIGTERM');
      expect(await server.exited).toEqual({ code: 1, signal: null });
      // One second of waiting, at most five more for the database to close.
      expect(performance.now() - sent).toBeLessThan(8000);
      expect(await answer).toBe('cut');
      expect(server.output()).toMatch(/"event":"shutdown\.timeout","msg":"gave up waiting after 1\.0 s: 1 request\(s\) cut/);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    expect(await landed('STOP-CUT')).toEqual({ row: undefined, audits: 0 });
  }, 120_000);
});
