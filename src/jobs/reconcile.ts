import { and, gt, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { rowsOf } from '../db/rows';
import { actionItems, exportJobs, hearings, interviews, mailOutbox, rounds, webhookDeliveries } from '../db/schema';
import { autoHearingReminderJob } from '../domain/hiring/auto-remind';
import { exportJob } from '../domain/insight/exports';
import { overdueJob } from '../domain/record/plan';
import { launchJob } from '../domain/rounds/launch';
import { nextSweepJob } from '../domain/rights/retention';
import { autoReminderJobs } from '../domain/rounds/remind';
import { catchUpReminderAt, interviewReminderJob } from '../domain/scheduling/appointment';
import { addDays, companyDate, companyToday } from '../domain/shared/calendar';
import { webhookJob } from '../domain/webhooks/queue';
import { deliveryJob } from '../mail/delivery';
import type { DueJob, JobQueue, QueueName } from './queue';

/**
 * Jobs re-derived from the data, for when the queue (the `pgboss` schema, outside backups) was lost: a
 * restore, the move from PGlite to PostgreSQL. Every job is built by the same function as on the normal
 * path, so it carries the same singleton key; a job is queued only when pg-boss has no record of that key:
 *   once  any record (queued, running, done, failed, archived) counts: reminders must not go twice;
 *   live  only a queued or running job counts: the handler checks the row (a mail's status, a round
 *         still launching), so queueing one again is harmless.
 * Running it twice, or on a live system, queues nothing. See docs/decisions/0014-reconcile-jobs.md.
 * Not derived: aggregate.refresh and themes.count (the next read queues them), a "remind now" pressed
 * (round.remind without delay: runs within seconds, nothing in the data says it is owed).
 */
type Deriver = { name: QueueName; guard: 'once' | 'live'; derive: (db: Db, at: Window) => Promise<DueJob[]> };
/** `since`: jobs due before it are taken as handled (ran before the backup); due after it, or in the future, are owed. */
export type Window = { now: Date; since: Date };

const DERIVERS: Deriver[] = [
  // Interviews still ahead: the day-before reminder, or at once if that time passed while nothing ran.
  {
    name: 'interview.reminder',
    guard: 'once',
    async derive(db, { now }) {
      const rows = await db
        .select({ id: interviews.id, start: interviews.scheduledStart })
        .from(interviews)
        // Literal status: the partial index's predicate (interviews_scheduled_start_idx).
        .where(and(sql`${interviews.status} = 'scheduled'`, gt(interviews.scheduledStart, now)));
      return rows.flatMap((r) => {
        const at = r.start && catchUpReminderAt(r.start, now);
        return at ? [interviewReminderJob(r.id, r.start!, at)] : [];
      });
    },
  },
  // Open items: the morning-after reminder when it falls after `since`.
  {
    name: 'plan.overdue',
    guard: 'once',
    async derive(db, { since }) {
      const rows = await db
        .select({ id: actionItems.id, dueOn: actionItems.dueOn })
        .from(actionItems)
        // Items due the day before `since` or later: an earlier one's reminder fell due before `since`.
        .where(and(sql`${actionItems.status} in ('open', 'inProgress')`, gte(actionItems.dueOn, addDays(companyDate(since), -1))));
      return rows.map((r) => overdueJob({ id: r.id, dueOn: r.dueOn! })).filter((j) => j.opts.startAfter! > since);
    },
  },
  // Launched rounds: the sheet and survey reminders, while the preparation is still due.
  {
    name: 'round.remind',
    guard: 'once',
    async derive(db, { since }) {
      const rows = await db
        .select({ id: rounds.id, prepDueOn: rounds.prepDueOn })
        .from(rounds)
        .where(and(inArray(rounds.status, ['launching', 'launched']), sql`${rounds.prepDueOn} >= ${companyToday()}`));
      return rows.flatMap((r) => autoReminderJobs({ id: r.id, prepDueOn: r.prepDueOn! })).filter((j) => j.opts.startAfter! > since);
    },
  },
  // Hearings still due: the automatic reminder to the managers who have not submitted (the job reads who is left).
  {
    name: 'hearing.remind',
    guard: 'once',
    async derive(db, { since }) {
      const rows = await db.select({ id: hearings.id, dueOn: hearings.dueOn }).from(hearings).where(gte(hearings.dueOn, companyToday()));
      return rows.map((r) => autoHearingReminderJob({ id: r.id, dueOn: r.dueOn! })).filter((j) => j.opts.startAfter! > since);
    },
  },
  {
    name: 'round.launch',
    guard: 'live',
    async derive(db) {
      const rows = await db.select({ id: rounds.id }).from(rounds).where(sql`${rounds.status} = 'launching'`);
      return rows.map((r) => launchJob(r.id));
    },
  },
  {
    name: 'export.run',
    guard: 'live',
    async derive(db) {
      const rows = await db
        .select({ id: exportJobs.id })
        .from(exportJobs)
        .where(inArray(exportJobs.status, ['queued', 'running']));
      return rows.map((r) => exportJob(r.id));
    },
  },
  {
    name: 'mail.send',
    guard: 'live',
    async derive(db) {
      // Literal states: the partial index's predicate (mail_outbox_undelivered_idx), the same as UNDELIVERED.
      const rows = await db.select({ id: mailOutbox.id }).from(mailOutbox).where(sql`${mailOutbox.status} in ('pending', 'retrying')`);
      return rows.map((r) => deliveryJob(r.id));
    },
  },
  {
    // Chat and webhook deliveries still owed (decision 0021): the row's status guards against a second send.
    name: 'webhook.deliver',
    guard: 'live',
    async derive(db) {
      const rows = await db
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(sql`${webhookDeliveries.status} in ('pending', 'retrying')`);
      return rows.map((r) => webhookJob(r.id));
    },
  },
  // The daily retention run: always one ahead, whatever the setting (the run reads it when it starts).
  { name: 'retention.sweep', guard: 'once', derive: async (_db, { now }) => [nextSweepJob(now)] },
];

const LOOKUP = 1000;

/** The keys among `keys` that pg-boss holds a job for: live ones only, or any (the archive included). */
async function knownKeys(db: Db, name: QueueName, keys: string[], guard: 'once' | 'live'): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < keys.length; i += LOOKUP) {
    const list = sql`(select jsonb_array_elements_text(${JSON.stringify(keys.slice(i, i + LOOKUP))}::jsonb))`;
    const live = guard === 'live' ? sql`and state in ('created', 'retry', 'active')` : sql``;
    const archived =
      guard === 'once'
        ? sql`union all select singleton_key as k from pgboss.archive where name = ${name} and singleton_key in ${list}`
        : sql``;
    const rows = rowsOf<{ k: string }>(
      await db.execute(
        sql`select singleton_key as k from pgboss.job where name = ${name} and singleton_key in ${list} ${live} ${archived}`,
      ),
    );
    for (const r of rows) known.add(r.k);
  }
  return known;
}

/**
 * Queues every job the data says is owed and pg-boss does not hold. `since` defaults to now (a server
 * start: the queue is the one that ran, so only what is still ahead can be missing); a restore passes the
 * backup's time, so what fell due between the backup and now goes out at once. Returns what it queued.
 */
export async function reconcileJobs(deps: { db: Db; jobs: JobQueue }, opts: { since?: Date; now?: Date } = {}) {
  const now = opts.now ?? new Date();
  const window: Window = { now, since: opts.since ?? now };
  const queued: Partial<Record<QueueName, number>> = {};
  for (const { name, guard, derive } of DERIVERS) {
    const due = await derive(deps.db, window);
    const known = await knownKeys(
      deps.db,
      name,
      due.map((j) => j.opts.singletonKey),
      guard,
    );
    for (const job of due) {
      if (known.has(job.opts.singletonKey)) continue;
      // Past due: at once (pg-boss would run it at once anyway; this says so).
      const startAfter = job.opts.startAfter && job.opts.startAfter < now ? now : job.opts.startAfter;
      if (await deps.jobs.sendJob(deps.db, { ...job, opts: { ...job.opts, startAfter } })) queued[name] = (queued[name] ?? 0) + 1;
    }
  }
  return queued;
}
