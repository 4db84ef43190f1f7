import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clonePgDatabase, killAllServers, runToExit } from '../support/server-process';

// Issue 14.5: a start-up failure the operator can fix says what and how, in both languages, without a
// stack trace, and exits 1; nothing is left behind that would block the next start.

const onPg = process.env.TEST_DB === 'pg';
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'mendan-startup-'));
});
afterAll(async () => {
  await killAllServers();
  rmSync(scratch, { recursive: true, force: true });
});

/** A port something else listens on, and a port nothing listens on. */
async function portHeld(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, server };
}
async function portFree(): Promise<number> {
  const { port, server } = await portHeld();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function expectPlainFailure(run: { code: number | null; out: string }, ja: RegExp, en: RegExp) {
  expect(run.code, run.out).toBe(1);
  expect(run.out).toMatch(ja);
  expect(run.out).toMatch(en);
  expect(run.out, 'no stack trace').not.toMatch(/\n\s+at /);
}

describe('start-up failures an operator can fix', () => {
  it.runIf(!onPg)(
    'a DATA_DIR that cannot be created (a file in the way, which stops root too)',
    async () => {
      const file = join(scratch, 'a-file');
      writeFileSync(file, 'not a folder');
      const run = await runToExit('src/main.ts', [], { DATA_DIR: join(file, 'data') });
      expectPlainFailure(
        run,
        /データフォルダ「.*a-file\/data」に書き込めません\(ENOTDIR/,
        /Cannot write to the data folder ".*a-file\/data" \(ENOTDIR/,
      );
    },
    60_000,
  );

  it.runIf(!onPg && process.getuid?.() !== 0)(
    'a DATA_DIR without write permission',
    async () => {
      const dir = join(scratch, 'read-only');
      mkdirSync(dir);
      chmodSync(dir, 0o500);
      const run = await runToExit('src/main.ts', [], { DATA_DIR: join(dir, 'data') });
      chmodSync(dir, 0o700);
      expectPlainFailure(run, /書き込めません\(EACCES/, /Cannot write to the data folder .*\(EACCES/);
    },
    60_000,
  );

  it.runIf(onPg)(
    'a DATABASE_URL nothing answers at',
    async () => {
      const port = await portFree();
      const run = await runToExit('src/main.ts', [], { DATABASE_URL: `postgres://mendan:secret@127.0.0.1:${port}/mendan` });
      expectPlainFailure(
        run,
        /DATABASE_URL のデータベース\(127\.0\.0\.1:\d+\/mendan\)に接続できません/,
        /Cannot connect to the database of DATABASE_URL/,
      );
      expect(run.out).not.toContain('secret');
    },
    60_000,
  );

  it('a port in use, after opening the database: which is closed again for the next start', async () => {
    const held = await portHeld();
    const dataDir = join(scratch, 'port-data');
    const clone = onPg ? await clonePgDatabase() : null;
    try {
      const env = clone ? { DATABASE_URL: clone.url } : { DATA_DIR: dataDir };
      const run = await runToExit('src/main.ts', [], { ...env, PORT: String(held.port) });
      expectPlainFailure(
        run,
        new RegExp(`ポート ${held.port}\\(127\\.0\\.0\\.1\\)はすでに別のプログラムが使用しています`),
        /is already used by another program/,
      );
      // The first start on an empty folder migrates, and says so.
      if (!clone)
        expect(run.out).toMatch(
          /"event":"startup\.migrate","msg":"migrating the database: \d+ step\(s\)…[\s\S]*"event":"startup\.migrated","msg":"database migrated in [\d.]+ s/,
        );
      if (!clone) expect(existsSync(join(dataDir, 'mendan.lock'))).toBe(false);
      if (!clone) expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    } finally {
      await new Promise((resolve) => held.server.close(resolve));
      await clone?.drop();
    }
  }, 120_000);
});
