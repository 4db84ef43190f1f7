import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { apiProblems, dbProblems } from '../support/crash-check';
import { makeEmployee } from '../support/factories';
import { TestClient } from '../support/harness';
import { commandLine, isAlive, killAllServers, serverDatabase, startServer } from '../support/server-process';
import { WriteStream } from '../support/write-stream';

// Issue 6, item 3: the real server is killed with SIGKILL in the middle of a stream of writes and
// started again on the same database; every write it acknowledged must be there, nothing half-made.

const onPg = process.env.TEST_DB === 'pg';
const KILLS = 2;
const WORKERS = 6;
const MIN_ACKED = 30;

/** fetch() against whichever server is up; the session cookies stay in the TestClient. */
class Http {
  base = '';
  request = (path: string, init?: RequestInit) => fetch(this.base + path, init);
}

let env: Record<string, string>;
let open: () => Promise<DbHandle>;
let cleanup: () => Promise<void>;
let dataDir = '';
let adminEmail: string;

beforeAll(async () => {
  ({ env, dataDir, open, drop: cleanup } = await serverDatabase('crash'));
  // The HR admin who sends the writes; the database is closed again before the server owns it.
  const h = await open();
  try {
    adminEmail = (await makeEmployee(h.db, { roles: ['hr', 'admin'] })).email;
  } finally {
    await h.close();
  }
});

afterAll(async () => {
  await killAllServers();
  await cleanup?.();
});

const lockOwner = () => readFileSync(join(dataDir, 'mendan.lock'), 'utf8').split('\n')[0];

describe(`SIGKILL during writes (${onPg ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('keeps every acknowledged write, tears none, and starts again', async () => {
    const http = new Http();
    const client = new TestClient(http, '127.0.0.1');
    let server = await startServer(env);
    http.base = server.baseUrl;
    await client.login(adminEmail);
    const streams: WriteStream[] = [];

    for (let kill = 1; kill <= KILLS; kill++) {
      // The pid about to be killed is the node process that holds the database, not a wrapper.
      expect(commandLine(server.pid)).toEqual([process.execPath, '--import', 'tsx', 'src/main.ts']);
      if (!onPg) expect(lockOwner()).toBe(String(server.pid));

      const stream = new WriteStream(client, `C${kill}-`);
      streams.push(stream);
      const started = performance.now();
      const writing = stream.run(WORKERS);
      // A different kill point each time: half a second to two seconds in, and never before MIN_ACKED.
      await sleep(500 + Math.random() * 1500);
      for (let waited = 0; stream.acknowledged < MIN_ACKED && waited < 20_000; waited += 20) await sleep(20);
      const at = { ms: Math.round(performance.now() - started), acknowledged: stream.acknowledged, inFlight: stream.inFlight };
      stream.markKill();
      const exit = await server.kill('SIGKILL');
      await writing;
      expect(exit.signal).toBe('SIGKILL');
      expect(isAlive(server.pid)).toBe(false);
      expect(stream.failures).toEqual([]);
      expect(at.acknowledged).toBeGreaterThanOrEqual(MIN_ACKED);
      expect(at.inFlight).toBeGreaterThan(0);
      // The dead server's lock is still there: the next start must take it over.
      if (!onPg) expect(lockOwner()).toBe(String(server.pid));

      server = await startServer(env);
      http.base = server.baseUrl;
      const health = await client.get('/api/v1/health');
      expect(health.status).toBe(200);
      // The session is an acknowledged write too: still signed in, no new login.
      expect((await client.get('/api/v1/auth/me')).status).toBe(200);
      const { problems, inFlight } = await apiProblems(client, streams);
      expect(problems, server.output()).toEqual([]);
      console.log(
        `[crash-safety ${onPg ? 'pg' : 'pglite'}] kill ${kill} at ${at.ms} ms: ${stream.acknowledged} writes acknowledged ` +
          `(${at.acknowledged} when the kill was sent); in flight: ${inFlight.landed} landed, ${inFlight.lost} lost`,
      );
    }

    // A clean stop, then the database itself: audit rows match the data, counters in range.
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    const h = await open();
    try {
      expect(await dbProblems(h.db, streams)).toEqual([]);
    } finally {
      await h.close();
    }
  }, 180_000);
});
