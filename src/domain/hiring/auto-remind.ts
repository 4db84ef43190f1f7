import type { Db } from '../../db/client';
import type { DueJob, JobQueue } from '../../jobs/queue';
import { autoRemindAt } from '../rounds/remind';

// The hearing's automatic reminder (decision 0026): the same job as HR's reminder by hand (manage.ts,
// runHearingRemind), queued ahead for the time a round's automatic reminder goes.

/**
 * The automatic reminder before the due date: a `hearing.remind` job at the time a round's automatic reminder goes
 * (two days before, 09:00 on the company's clock), one per hearing (its own key, apart from HR's by hand). Built here
 * for whoever queues it: sending the hearing, and reconcile.ts at a server start (same key: never twice).
 */
export function autoHearingReminderJob(h: { id: string; dueOn: string }): DueJob {
  return { name: 'hearing.remind', data: { hearingId: h.id }, opts: { startAfter: autoRemindAt(h.dueOn), singletonKey: `auto:${h.id}` } };
}

/** Queues the automatic reminder of a hearing just sent (in its transaction), unless that time has passed already. */
export async function queueAutoHearingReminder(db: Db, jobs: JobQueue, h: { id: string; dueOn: string | null }, now = new Date()) {
  if (!h.dueOn || autoRemindAt(h.dueOn) <= now) return;
  await jobs.sendJob(db, autoHearingReminderJob({ id: h.id, dueOn: h.dueOn }));
}
