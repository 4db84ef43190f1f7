import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { interviewSlots } from '../../db/schema';
import type { DueJob, JobDeps, JobQueue } from '../../jobs/queue';
import { loadPeople, mailPeople, type NewNotification, notify } from '../notify/notify';
import { behind, type RemindTarget } from './progress';
import { addDays, atCompanyTime } from '../shared/calendar';

const REMIND_DAYS_BEFORE_DUE = 2;

/** When the automatic reminder for unsubmitted sheets goes out: two days before the due date, at 09:00 on the company's clock. */
export function autoRemindAt(prepDueOn: string): Date {
  return atCompanyTime(addDays(prepDueOn, -REMIND_DAYS_BEFORE_DUE), '09:00');
}

/** The automatic sheet and survey reminders of a round with a due date, whoever queues them (launch, reconcile). */
export function autoReminderJobs(round: { id: string; prepDueOn: string }): DueJob[] {
  const at = autoRemindAt(round.prepDueOn);
  return (['sheet', 'survey'] as const).map((target) => ({
    name: 'round.remind',
    data: { roundId: round.id, target },
    opts: { startAfter: at, singletonKey: `auto:${round.id}:${target}` },
  }));
}

/** Queues the automatic sheet/survey reminders of a launched round (inside the launch transaction). */
export async function queueAutoReminders(db: Db, jobs: JobQueue, round: { id: string; prepDueOn: string | null }, now = new Date()) {
  if (!round.prepDueOn || autoRemindAt(round.prepDueOn) <= now) return;
  for (const job of autoReminderJobs({ id: round.id, prepDueOn: round.prepDueOn })) await jobs.sendJob(db, job);
}

/**
 * The reminder job: sheet/survey → each employee who has not submitted; schedule → interviewers with
 * interviews that have no time offered, and employees who have offers to choose from.
 */
export async function runRemind(deps: JobDeps, data: { roundId: string; target: RemindTarget }) {
  const { db, mailer, config } = deps;
  const { round, rows } = await behind(db, data.roundId, data.target);
  if (!round || !rows.length) return;
  const prepLink = (id: string) => `/prep/${id}`;
  if (data.target !== 'schedule') {
    const byEmployee = new Map(rows.map((r) => [r.employeeId, r.id]));
    const params = { round: round.name, due: round.prepDueOn ?? '', form: data.target };
    await notify(
      db,
      rows.map((r): NewNotification => ({ recipientId: r.employeeId, kind: 'prepReminder', params, link: prepLink(r.id) })),
      deps.jobs,
    );
    const people = await loadPeople(db, [...byEmployee.keys()]);
    await mailPeople(
      db,
      mailer,
      people,
      'prepReminder',
      () => params,
      config.publicUrl,
      (p) => prepLink(byEmployee.get(p.id)!),
    );
    return;
  }
  const ids = rows.map((r) => r.id);
  const offered = new Set(
    (
      await db
        .selectDistinct({ id: interviewSlots.interviewId })
        .from(interviewSlots)
        .where(and(inArray(interviewSlots.interviewId, ids), eq(interviewSlots.status, 'open'), sql`${interviewSlots.startsAt} > now()`))
    ).map((r) => r.id),
  );
  const toPick = rows.filter((r) => offered.has(r.id));
  const toOffer = new Map<string, number>();
  for (const r of rows) if (!offered.has(r.id) && r.interviewerId) toOffer.set(r.interviewerId, (toOffer.get(r.interviewerId) ?? 0) + 1);
  await notify(db, [
    ...toPick.map(
      (r): NewNotification => ({ recipientId: r.employeeId, kind: 'pickReminder', params: { round: round.name }, link: prepLink(r.id) }),
    ),
    ...[...toOffer].map(
      ([id, n]): NewNotification => ({
        recipientId: id,
        kind: 'offerReminder',
        params: { round: round.name, count: String(n) },
        link: '/interviews',
      }),
    ),
  ]);
  const pickers = new Map(toPick.map((r) => [r.employeeId, r.id]));
  await mailPeople(
    db,
    mailer,
    await loadPeople(db, [...pickers.keys()]),
    'pickReminder',
    () => ({ round: round.name }),
    config.publicUrl,
    (p) => prepLink(pickers.get(p.id)!),
  );
  await mailPeople(
    db,
    mailer,
    await loadPeople(db, [...toOffer.keys()]),
    'offerReminder',
    (p) => ({ round: round.name, count: String(toOffer.get(p.id)) }),
    config.publicUrl,
    () => '/interviews',
  );
}
