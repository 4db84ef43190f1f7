import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killAllServers, runToExit, startServer } from '../support/server-process';

// Issue 14.5: the embedded database's folder is one process's. A live server blocks the CLI (and a second
// server); what a stopped or killed one leaves behind (its lock, PGlite's postmaster.pid) blocks nothing.

const onPg = process.env.TEST_DB === 'pg';
let dataDir = '';

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'mendan-cli-lock-'));
});
afterAll(async () => {
  await killAllServers();
  rmSync(dataDir, { recursive: true, force: true });
});

const cli = () => runToExit('src/cli/main.ts', ['outbox', '--to', 'nobody@example.jp'], { DATA_DIR: dataDir, MENDAN_LANG: 'en' });
const left = () => ({ lock: existsSync(join(dataDir, 'mendan.lock')), postmasterPid: existsSync(join(dataDir, 'postmaster.pid')) });

describe.runIf(!onPg)('the embedded database folder and the CLI', () => {
  it('a live server blocks the CLI and a second server; a killed or stopped one blocks neither', async () => {
    let server = await startServer({ DATA_DIR: dataDir }, 180_000);
    // A first start migrates, and says so.
    expect(server.output()).toMatch(/"event":"startup\.migrate","msg":"migrating the database: \d+ step\(s\)/);

    const blocked = await cli();
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain(`is in use by a running Mendan (pid ${server.pid})`);
    const second = await runToExit('src/main.ts', [], { DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.out).toContain(`in use by another Mendan process (pid ${server.pid})`);
    expect(second.out).not.toMatch(/\n\s+at /);

    // Killed: its lock and PGlite's postmaster.pid stay behind, and are no obstacle.
    await server.kill('SIGKILL');
    expect(left()).toEqual({ lock: true, postmasterPid: true });
    const afterKill = await cli();
    expect(afterKill.out).not.toContain('in use');
    expect(afterKill.code, afterKill.out).toBe(0);

    // Stopped cleanly: nothing stays behind. Nothing left to migrate either.
    server = await startServer({ DATA_DIR: dataDir }, 180_000);
    expect(server.output()).not.toMatch(/startup\.migrate/);
    expect(await server.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(left()).toEqual({ lock: false, postmasterPid: false });
    expect((await cli()).code).toBe(0);
  }, 600_000);
});
