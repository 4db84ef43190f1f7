import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Db, DbHandle } from '../db/client';
import type { Logger } from '../log';
import type { Mailer } from '../mail/mailer';
import { rowsOf } from '../db/rows';
import { reconcileJobs } from './reconcile';

/**
 * The job queue: pg-boss, on PostgreSQL and on PGlite alike (its tables live in the `pgboss` schema of
 * the same database), so a due reminder is a row that survives a restart, whichever database runs.
 * Jobs are enqueued through the caller's transaction: the job exists exactly when the change commits.
 * See docs/decisions/0004-job-queue.md.
 */
export const QUEUES = [
  'round.launch',
  'round.remind',
  // HR's reminder of a hiring-criteria hearing (domain/hiring/manage.ts).
  'hearing.remind',
  'interview.reminder',
  'plan.overdue',
  'export.run',
  // Mail delivery (one job per outbox row).
  'mail.send',
  // Chat and webhook deliveries (one job per delivery row; domain/webhooks).
  'webhook.deliver',
  // Stored aggregates: recomputes and the themes count.
  'aggregate.refresh',
  'themes.count',
  // The first-run page's demo company (domain/setup/demo.ts).
  'demo.load',
  // The daily retention run (domain/rights/retention.ts): retired people past the company's period.
  'retention.sweep',
] as const;
export type QueueName = (typeof QUEUES)[number];

export type SendOptions = {
  /** Not before this time (reminders). */
  startAfter?: Date;
  /** At most one queued job per key (a second send with the same key is dropped). Every job has one. */
  singletonKey: string;
  retryLimit?: number;
  /** Seconds before the first retry; each next one waits twice as long (30 unless given). */
  retryDelay?: number;
  /** Seconds a started job may run before pg-boss counts it dead and retries it (pg-boss: 15 minutes). */
  expireInSeconds?: number;
};

/**
 * One job as its kind builds it (payload, singleton key, timing). Each kind has one builder, used by the
 * code that queues it and by reconcile.ts, which re-derives due jobs from the data: same key, same job.
 */
export type DueJob = { name: QueueName; data: object; opts: SendOptions };

export type JobQueue = {
  /** The job's id; null when a job with the same singleton key was already queued. */
  send: (db: Db, name: QueueName, data: object, opts: SendOptions) => Promise<string | null>;
  sendJob: (db: Db, job: DueJob) => Promise<string | null>;
  boss: PgBoss;
  /** Started and not stopped (what /api/v1/ready reports). */
  running: () => boolean;
  /** Waits for running jobs (at most timeoutMs, default 30 s), then fails the rest so they are retried later. */
  stop: (timeoutMs?: number) => Promise<void>;
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

export type QueueOptions = {
  /** Sees every error of the queue's own polling and upkeep first; true = accounted for (an outage), no stack trace. */
  absorbError?: (err: unknown) => boolean;
};

export async function startQueue(handle: Pick<DbHandle, 'executeSql'>, log: Logger, opts: QueueOptions = {}): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => handle.executeSql(text, values) },
    // Cron schedules are not used; maintenance (expiry, archiving) runs in every process, guarded by pg-boss.
    schedule: false,
    supervise: true,
  });
  // pg-boss reports its own failures (a lost connection, maintenance) here; without a listener they would crash.
  boss.on('error', (err) => {
    if (!opts.absorbError?.(err)) log.error({ err }, 'job queue error');
  });
  let running = false;
  boss.on('stopped', () => {
    running = false;
  });
  await boss.start();
  running = true;
  for (const name of QUEUES) await createQueue(boss, name);
  const send: JobQueue['send'] = (db, name, data, opts) =>
    boss.send(name, data, {
      startAfter: opts.startAfter,
      singletonKey: opts.singletonKey,
      retryLimit: opts.retryLimit ?? 3,
      retryDelay: opts.retryDelay ?? 30,
      retryBackoff: true,
      // pg-boss rejects the key when present but undefined.
      ...(opts.expireInSeconds ? { expireInSeconds: opts.expireInSeconds } : {}),
      db: drizzleAdapter(db),
    });
  return {
    boss,
    send,
    sendJob: (db, job) => send(db, job.name, job.data, job.opts),
    running: () => running,
    stop: async (timeoutMs = 30_000) => {
      running = false;
      await boss.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
    },
  };
}

/** The states of a job not finished yet, in pg-boss's order. */
export const QUEUE_STATES = ['created', 'retry', 'active'] as const;
type QueueState = (typeof QUEUE_STATES)[number];

/** How many jobs each queue holds per unfinished state (for /metrics): one grouped read of pg-boss's table. */
export async function queueDepths(db: Db): Promise<Record<string, Partial<Record<QueueState, number>>>> {
  const rows = rowsOf<{ name: string; state: QueueState; n: number }>(
    await db.execute(
      sql`select name, state::text as state, count(*)::int as n from pgboss.job where state < 'completed' group by name, state`,
    ),
  );
  const out: Record<string, Partial<Record<QueueState, number>>> = {};
  for (const r of rows) out[r.name] = { ...out[r.name], [r.state]: Number(r.n) };
  return out;
}

/**
 * 'short': at most one queued job per singleton key (a second "remind" press before it ran is dropped).
 * Servers starting together on a new database create the same queue at once, which PostgreSQL can only
 * settle as a deadlock (each one's insert into pgboss.queue blocks the other's foreign key to it): the
 * loser tries again, and finds the queue made (creating one is idempotent).
 */
async function createQueue(boss: PgBoss, name: QueueName) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(name, { name, policy: 'short' });
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 100 * attempt));
    }
  }
}

/** What a job handler may use: the same dependencies as a request, without a request. */
export type JobDeps = { db: Db; config: Config; mailer: Mailer; jobs: JobQueue; log: Logger };
/** Which try of its job a handler runs: the last one when retryCount reaches retryLimit. */
export type JobAttempt = { id: string; retryCount: number; retryLimit: number };
export type JobHandler = (data: Record<string, unknown>, deps: JobDeps, job: JobAttempt) => Promise<void>;
export type JobHandlers = Partial<Record<QueueName, JobHandler>>;
type FetchedJob = PgBoss.JobWithMetadata<Record<string, unknown>>;

/**
 * Runs one job and records its outcome: a failure is marked failed (pg-boss retries it later) and
 * returned. Only failing to record the outcome throws. A try that will be retried is a warning; the
 * last one failing is the error, logged once with its stack.
 */
async function runJob(deps: JobDeps, name: QueueName, handler: JobHandler, job: FetchedJob): Promise<{ error: unknown } | null> {
  const log = deps.log.child({ queue: name, jobId: job.id, retryCount: job.retryCount });
  const started = performance.now();
  log.debug('job started');
  try {
    await handler(job.data, deps, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
  } catch (error) {
    await deps.jobs.boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
    const ms = Math.round(performance.now() - started);
    if (job.retryCount >= job.retryLimit) log.error({ err: error, ms }, 'job failed for good');
    else log.warn({ ms, reason: error instanceof Error ? error.message : String(error) }, 'job failed, will retry');
    return { error };
  }
  await deps.jobs.boss.complete(name, job.id);
  log.debug({ ms: Math.round(performance.now() - started) }, 'job finished');
  return null;
}

// Jobs fetched per poll (else one): a round launch's thousands of mails go out one after another at SMTP's
// pace, not one per polling interval.
const BATCH: Partial<Record<QueueName, number>> = { 'mail.send': 5 };

/**
 * Polls every queue that has a handler; failures are retried by pg-boss with backoff. First, whatever the
 * queue lost (a restore, a move between databases) is queued again from the data (reconcile.ts): a server
 * start heals it whichever way it was lost. A failure there is logged; the workers start regardless.
 */
export async function startWorkers(deps: JobDeps, handlers: JobHandlers, pollingIntervalSeconds = 2) {
  await reconcileJobs(deps).catch((err: unknown) => console.error('[mendan] reconciling jobs', err));
  for (const [name, handler] of Object.entries(handlers) as [QueueName, JobHandler][]) {
    const options = { pollingIntervalSeconds, batchSize: BATCH[name] ?? 1, includeMetadata: true as const };
    await deps.jobs.boss.work<Record<string, unknown>>(name, options, async (jobs) => {
      // Each job completes or fails on its own (pg-boss then finds none of the batch still active).
      for (const job of jobs) await runJob(deps, name, handler, job);
    });
  }
}

/**
 * Runs every job that is due now, queue by queue, until none is left (tests, and the CLI's one-shot
 * mode). Returns how many ran. A failing job is marked failed (pg-boss retries it later), the others
 * still run, and the first failure is rethrown at the end.
 */
export async function drainJobs(deps: JobDeps, handlers: JobHandlers): Promise<number> {
  let ran = 0;
  let failed: { error: unknown } | null = null;
  for (let round = 0; round < 100; round++) {
    let any = false;
    for (const [name, handler] of Object.entries(handlers) as [QueueName, JobHandler][]) {
      const jobs = await deps.jobs.boss.fetch<Record<string, unknown>>(name, { batchSize: 10, includeMetadata: true });
      for (const job of jobs) {
        any = true;
        ran++;
        const outcome = await runJob(deps, name, handler, job);
        failed ??= outcome;
      }
    }
    if (!any) break;
  }
  if (failed) throw failed.error;
  return ran;
}
