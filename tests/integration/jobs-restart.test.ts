import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { openReadyDb } from '../../src/bootstrap';
import { drainJobs, type JobDeps, startQueue } from '../../src/jobs/queue';
import { createLogger } from '../../src/log';
import { createMailer } from '../../src/mail/mailer';

const log = createLogger('silent');
const dir = mkdtempSync(join(tmpdir(), 'mendan-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the job queue on the embedded database', () => {
  it('keeps a queued reminder across a restart and runs it when due', async () => {
    const first = await openReadyDb({ dataDir: dir });
    const q1 = await startQueue(first, log);
    await q1.send(
      first.db,
      'round.remind',
      { roundId: 'r1', target: 'sheet' },
      { singletonKey: 'restart', startAfter: new Date(Date.now() + 3_600_000) },
    );
    await q1.stop();
    await first.close();

    // A new process: same folder, nothing in memory.
    const second = await openReadyDb({ dataDir: dir });
    const q2 = await startQueue(second, log);
    const config = testConfig();
    const deps: JobDeps = { db: second.db, config, mailer: createMailer({ from: config.mailFrom }), jobs: q2, log };
    const seen: unknown[] = [];
    const handlers = { 'round.remind': async (data: Record<string, unknown>) => void seen.push(data) };
    expect(await drainJobs(deps, handlers)).toBe(0); // not due for an hour
    // The hour passes.
    await second.db.execute(sql`update pgboss.job set start_after = now() where name = 'round.remind'`);
    expect(await drainJobs(deps, handlers)).toBe(1);
    expect(seen).toEqual([{ roundId: 'r1', target: 'sheet' }]);
    expect(await drainJobs(deps, handlers)).toBe(0); // done once
    await q2.stop();
    await second.close();
  }, 120_000); // opens an embedded database twice (migrating it once): slow on a loaded machine
});
