import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadyDb } from '../../src/bootstrap';
import { testConfig } from '../../src/config';
import type { DbHandle } from '../../src/db/client';
import { rowsOf } from '../../src/db/rows';
import { mailOutbox, notifications } from '../../src/db/schema';
import { jobHandlers } from '../../src/jobs/handlers';
import { drainJobs, type JobDeps, startQueue } from '../../src/jobs/queue';
import { reconcileJobs } from '../../src/jobs/reconcile';
import { createLogger } from '../../src/log';
import { createMailer } from '../../src/mail/mailer';
import { runCli } from '../support/cli';
import { openTestDb, type TestApp, type TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// The queue (pgboss schema) is not in a backup: reconcile.ts derives what the data still owes from the data.

let t: TestApp;
let org: Org;
let interviewId: string;
let roundId: string;
let start: string;
const dir = mkdtempSync(join(tmpdir(), 'mendan-reconcile-'));
const handles: DbHandle[] = [];

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(Date.now() + ms).toISOString().slice(0, 10);

/** The queued (not yet run) jobs of the kinds reconcile derives, as comparable text. */
async function queued(db: DbHandle['db']) {
  const rows = rowsOf<{ name: string; k: string; at: Date; data: unknown }>(
    await db.execute(sql`select name, singleton_key as k, start_after as at, data from pgboss.job
      where state = 'created' and name in ('interview.reminder', 'plan.overdue', 'round.remind', 'mail.send') order by name, singleton_key`),
  );
  return rows.map((r) => `${r.name} ${r.k} ${new Date(r.at).toISOString()} ${JSON.stringify(r.data)}`);
}

beforeAll(async () => {
  let hr: TestClient;
  ({ t, org, hr } = await orgApp());
  // A launched round (its sheet/survey reminders queued), an appointment three days ahead (its reminder
  // queued), plan items due ahead and three days ago: all through the normal paths.
  ({ roundId } = await launchRound(t, hr, [org.report.id, org.report2.id], { prepDueOn: isoDay(20 * DAY) }).then((r) => {
    interviewId = r.interviewOf(org.report.id);
    return r;
  }));
  const mgr = await t.client().login(org.manager.email);
  const emp = await t.client().login(org.report.email);
  start = new Date(Math.ceil((Date.now() + 3 * DAY) / 3_600_000) * 3_600_000).toISOString();
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  const offered = await mgr.post(`/api/v1/interviews/${interviewId}/slots`, {
    slots: [{ start, end, locationType: 'room', location: '第1会議室' }],
  });
  expect(offered.status).toBe(200);
  const slotId = ((await offered.json()) as { slots: { id: string }[] }).slots[0]!.id;
  expect((await emp.post(`/api/v1/interviews/${interviewId}/schedule`, { slotId })).status).toBe(200);
  for (const dueOn of [isoDay(10 * DAY), isoDay(-3 * DAY)]) {
    const item = await mgr.post(`/api/v1/interviews/${interviewId}/plan/items`, { what: `期限 ${dueOn}`, owner: 'employee', dueOn });
    expect(item.status).toBe(200);
  }
});
afterAll(async () => {
  for (const h of handles) await h.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reconciling jobs from the data', () => {
  it('on a live system queues nothing, however often it runs and however far back it looks', async () => {
    // A live server reconciled when it started: that queued the daily retention run (always one ahead).
    expect(await reconcileJobs(t.deps)).toEqual({ 'retention.sweep': 1 });
    const before = await queued(t.db);
    expect(before.some((j) => j.startsWith(`interview.reminder ${interviewId}:${start}`))).toBe(true);
    expect(await reconcileJobs(t.deps)).toEqual({});
    expect(await reconcileJobs(t.deps, { since: new Date(Date.now() - 30 * DAY) })).toEqual({});
    expect(await queued(t.db)).toEqual(before);
  });

  it('re-derives a lost queue with the same keys, payloads and times, once', async () => {
    const before = await queued(t.db);
    await t.db.execute(sql`delete from pgboss.job`);
    // A server start (since = now): what is ahead. The item due three days ago had its morning: not owed.
    expect(await reconcileJobs(t.deps)).toEqual({ 'interview.reminder': 1, 'plan.overdue': 1, 'round.remind': 2, 'retention.sweep': 1 });
    expect(await queued(t.db)).toEqual(before.filter((j) => !j.includes(isoDay(-3 * DAY))));
    expect(await reconcileJobs(t.deps)).toEqual({});
    // Looking back past its morning (a restore of an older backup): the overdue reminder goes now, once.
    const since = new Date(Date.now() - 5 * DAY);
    expect(await reconcileJobs(t.deps, { since })).toEqual({ 'plan.overdue': 1 });
    expect(await reconcileJobs(t.deps, { since })).toEqual({});
  });

  it('queues undelivered mail (pending, retrying) again, never a sent one', async () => {
    const rows = await t.db
      .insert(mailOutbox)
      .values(
        ['pending', 'retrying', 'sent', 'failed', 'outbox'].map((status) => ({
          toAddress: `${status}@example.jp`,
          subject: status,
          bodyText: '本文',
          status,
        })),
      )
      .returning({ id: mailOutbox.id, status: mailOutbox.status });
    expect(await reconcileJobs(t.deps)).toEqual({ 'mail.send': 2 });
    const keys = rowsOf<{ k: string }>(await t.db.execute(sql`select singleton_key as k from pgboss.job where name = 'mail.send'`)).map(
      (r) => r.k,
    );
    expect(keys.sort()).toEqual(
      rows
        .filter((r) => ['pending', 'retrying'].includes(r.status))
        .map((r) => r.id)
        .sort(),
    );
    expect(await reconcileJobs(t.deps)).toEqual({});
    await t.db.delete(mailOutbox).where(sql`${mailOutbox.subject} in ('pending', 'retrying', 'sent', 'failed', 'outbox')`);
    await t.db.execute(sql`delete from pgboss.job where name = 'mail.send'`);
  });

  it('a backup restored into a fresh database gets its reminders back, and they fire', async () => {
    const file = join(dir, 'backup.ndjson.gz');
    expect((await runCli(t.handle, ['backup', file])).code).toBe(0);
    // A fresh PGlite (the move's target when testing PGlite) and a fresh test database (PostgreSQL with TEST_DB=pg).
    for (const open of [() => openReadyDb({ dataDir: 'memory://' }), openTestDb]) {
      const target = await open();
      handles.push(target);
      const r = await runCli(target, ['restore', file, '--yes']);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toMatch(/予定されていた処理 \d+ 件/);
      const jobs = await startQueue(target, createLogger('silent'));
      try {
        const keys = await queued(target.db);
        expect(keys.filter((k) => k.startsWith(`interview.reminder ${interviewId}:${start}`))).toHaveLength(1);
        expect(keys.filter((k) => k.startsWith(`round.remind auto:${roundId}:`))).toHaveLength(2);
        const config = testConfig();
        const deps: JobDeps = { db: target.db, config, mailer: createMailer({ from: config.mailFrom }), jobs, log: createLogger('silent') };
        // Restoring again, or starting the server, adds nothing.
        expect(await reconcileJobs(deps)).toEqual({});
        // The day before the interview comes.
        await target.db.execute(sql`update pgboss.job set start_after = now() where name = 'interview.reminder'`);
        await drainJobs(deps, { 'interview.reminder': jobHandlers['interview.reminder'] });
        const reminded = await target.db
          .select()
          .from(notifications)
          .where(and(eq(notifications.kind, 'interviewReminder'), eq(notifications.recipientId, org.report.id)));
        expect(reminded).toHaveLength(1);
        const mail = await target.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.report.email));
        expect(mail.filter((m) => m.subject.includes('まもなく面談'))).toHaveLength(1);
      } finally {
        await jobs.stop();
      }
    }
  }, 120_000);
});
