import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Db, DbHandle } from '../db/client';
import type { Mailer } from '../mail/mailer';
import { rowsOf } from '../db/rows';

/**
 * The job queue: pg-boss, on PostgreSQL and on PGlite alike (its tables live in the `pgboss` schema of
 * the same database), so a due reminder is a row that survives a restart, whichever database runs.
 * Jobs are enqueued through the caller's transaction: the job exists exactly when the change commits.
 * See docs/decisions/0004-job-queue.md.
 */
export const QUEUES = [
  'round.launch',
  'round.remind',
  'interview.reminder',
  'plan.overdue',
  'export.run',
  // Mail delivery (one job per outbox row).
  'mail.send',
  // Stored aggregates: recomputes and the themes count.
  'aggregate.refresh',
  'themes.count',
] as const;
export type QueueName = (typeof QUEUES)[number];

export type SendOptions = {
  /** Not before this time (reminders). */
  startAfter?: Date;
  /** At most one queued job per key (a second send with the same key is dropped). Every job has one. */
  singletonKey: string;
  retryLimit?: number;
};

export type JobQueue = {
  send: (db: Db, name: QueueName, data: object, opts: SendOptions) => Promise<void>;
  boss: PgBoss;
  stop: () => Promise<void>;
};

/** pg-boss writes `$1`-style SQL; this replays it through drizzle, so it joins the caller's transaction. */
export function drizzleAdapter(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const chunks: SQL[] = [];
      let last = 0;
      for (const m of text.matchAll(/\$(\d+)/g)) {
        chunks.push(sql.raw(text.slice(last, m.index)));
        chunks.push(sql`${values[Number(m[1]) - 1] ?? null}`);
        last = m.index + m[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      return { rows: rowsOf<unknown>(await db.execute(sql.join(chunks))) };
    },
  };
}

export async function startQueue(handle: Pick<DbHandle, 'executeSql'>): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => handle.executeSql(text, values) },
    // Cron schedules are not used; maintenance (expiry, archiving) runs in every process, guarded by pg-boss.
    schedule: false,
    supervise: true,
  });
  boss.on('error', (err) => console.error('[mendan] job queue', err));
  await boss.start();
  // 'short': at most one queued job per singleton key (a second "remind" press before it ran is dropped).
  for (const name of QUEUES) await boss.createQueue(name, { name, policy: 'short' });
  return {
    boss,
    async send(db, name, data, opts) {
      await boss.send(name, data, {
        startAfter: opts.startAfter,
        singletonKey: opts.singletonKey,
        retryLimit: opts.retryLimit ?? 3,
        retryDelay: 30,
        retryBackoff: true,
        db: drizzleAdapter(db),
      });
    },
    stop: () => boss.stop({ graceful: true, wait: true, close: false }),
  };
}

/** What a job handler may use: the same dependencies as a request, without a request. */
export type JobDeps = { db: Db; config: Config; mailer: Mailer; jobs: JobQueue };
export type JobHandler = (data: Record<string, unknown>, deps: JobDeps) => Promise<void>;
export type JobHandlers = Partial<Record<QueueName, JobHandler>>;

/** Polls every queue that has a handler; failures are retried by pg-boss with backoff. */
export async function startWorkers(deps: JobDeps, handlers: JobHandlers, pollingIntervalSeconds = 2) {
  for (const [name, handler] of Object.entries(handlers) as [QueueName, JobHandler][]) {
    await deps.jobs.boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
      if (job) await handler(job.data, deps);
    });
  }
}

/**
 * Runs every job that is due now, queue by queue, until none is left (tests, and the CLI's one-shot
 * mode). Returns how many ran. A failing job is marked failed (pg-boss retries it later) and rethrown.
 */
export async function drainJobs(deps: JobDeps, handlers: JobHandlers): Promise<number> {
  let ran = 0;
  for (let round = 0; round < 100; round++) {
    let any = false;
    for (const [name, handler] of Object.entries(handlers) as [QueueName, JobHandler][]) {
      const jobs = await deps.jobs.boss.fetch<Record<string, unknown>>(name, { batchSize: 10 });
      for (const job of jobs) {
        any = true;
        ran++;
        try {
          await handler(job.data, deps);
          await deps.jobs.boss.complete(name, job.id);
        } catch (err) {
          await deps.jobs.boss.fail(name, job.id, { message: err instanceof Error ? err.message : String(err) });
          throw err;
        }
      }
    }
    if (!any) return ran;
  }
  return ran;
}
