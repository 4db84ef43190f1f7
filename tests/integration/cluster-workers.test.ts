import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { openReadyDb } from '../../src/bootstrap';
import { loadConfig } from '../../src/config';
import { makeEmployee } from '../support/factories';
import { TestClient } from '../support/harness';
import { childPids, clonePgDatabase, isAlive, killAllServers, type ServerProcess, serverAt, startServer } from '../support/server-process';

// Issue 14.8: WORKERS=N runs N servers on one machine under node's cluster (src/cluster.ts).
const onPg = process.env.TEST_DB === 'pg';
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  await killAllServers();
  for (const c of cleanups.reverse()) await c();
});

async function until(what: string, server: ServerProcess, check: () => boolean | Promise<boolean>, ms = 60_000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (await check()) return;
  throw new Error(`timed out waiting for ${what}:\n${server.output()}`);
}
const listening = (s: ServerProcess) => s.output().match(/Mendan: http:/g)?.length ?? 0;

describe('WORKERS on the embedded database', () => {
  it('is refused with a clear message before the data folder is touched', async () => {
    expect(loadConfig({} as NodeJS.ProcessEnv).workers).toBe(1);
    expect(loadConfig({ WORKERS: '3', DATABASE_URL: 'postgres://x@h/db' } as NodeJS.ProcessEnv).workers).toBe(3);
    // Unset on PostgreSQL: one per core.
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db' } as NodeJS.ProcessEnv).workers).toBe(availableParallelism());
    const dir = mkdtempSync(join(tmpdir(), 'mendan-workers-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, 'data');
    await expect(startServer({ WORKERS: '2', DATA_DIR: dataDir })).rejects.toThrow(
      /exited \(1\)[\s\S]*WORKERS: more than one worker needs PostgreSQL \(DATABASE_URL\)/,
    );
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe.skipIf(!onPg)('WORKERS=2 on PostgreSQL (TEST_DB=pg only: PGlite is one process per data folder)', () => {
  // Three generations of processes start one after another (primary, workers, a replacement), each loading
  // the whole app: seconds on an idle machine, much longer on a busy one (hence the generous timeout).
  it('serves from both workers, replaces one that dies, and stops them all on SIGTERM', async () => {
    const db = await clonePgDatabase();
    cleanups.push(db.drop);
    const h = await openReadyDb({ databaseUrl: db.url, poolSize: 1, migrate: false });
    const person = await makeEmployee(h.db);
    await h.close();

    const server = await startServer({ DATABASE_URL: db.url, WORKERS: '2' });
    await until('two workers listening', server, () => listening(server) === 2);
    const [w1, w2] = childPids(server.pid);
    expect(childPids(server.pid)).toHaveLength(2);
    const client = await new TestClient(serverAt(server.baseUrl), '127.0.0.1').login(person.email);
    // Many requests at once, handed to the workers in turn: every one answered, the session valid on each.
    const all = async (n: number) =>
      (await Promise.all(Array.from({ length: n }, () => client.get('/api/v1/auth/me')))).map((r) => r.status);
    expect(await all(40)).toEqual(Array(40).fill(200));

    // A worker dies: the other answers everything meanwhile, and the primary starts a replacement.
    process.kill(w1!, 'SIGKILL');
    await until(`worker ${w1} reported dead`, server, () => server.output().includes(`worker ${w1} exited (SIGKILL)`));
    expect(isAlive(w1!)).toBe(false);
    expect(await all(20)).toEqual(Array(20).fill(200));
    await until('a replacement listening', server, () => listening(server) === 3);
    const now = childPids(server.pid);
    expect(now).toHaveLength(2);
    expect(now).toContain(w2);
    expect(await all(20)).toEqual(Array(20).fill(200));

    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    for (const pid of now) expect(isAlive(pid)).toBe(false);
  }, 150_000);
});
