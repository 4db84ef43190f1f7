import { and, eq, inArray } from 'drizzle-orm';
import { actionItems, hrPartnerAssignments, interviews, rounds } from '../../db/schema';
import type { JobDeps } from '../../jobs/queue';
import { loadPeople, mailPeople, notify } from '../notify/notify';

/**
 * The morning after an item's due date: if it is still open and the date was not moved, its owner
 * is reminded — the employee, the interviewer for 'manager', the HR partner (else the interviewer) for 'hr'.
 */
export async function runPlanOverdue(deps: JobDeps, data: { itemId: string; dueOn: string }) {
  const { db } = deps;
  const [row] = await db
    .select({ item: actionItems, interviewerId: interviews.interviewerId, round: rounds.name })
    .from(actionItems)
    .innerJoin(interviews, eq(interviews.id, actionItems.interviewId))
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .where(and(eq(actionItems.id, data.itemId), inArray(actionItems.status, ['open', 'inProgress']), eq(actionItems.dueOn, data.dueOn)));
  if (!row) return;
  const { item } = row;
  let recipients: string[] = [];
  if (item.owner === 'employee') recipients = [item.employeeId];
  else if (item.owner === 'manager') recipients = row.interviewerId ? [row.interviewerId] : [];
  else {
    const partners = await db
      .select({ id: hrPartnerAssignments.partnerId })
      .from(hrPartnerAssignments)
      .where(eq(hrPartnerAssignments.employeeId, item.employeeId));
    recipients = partners.length ? partners.map((p) => p.id) : row.interviewerId ? [row.interviewerId] : [];
  }
  const people = await loadPeople(db, recipients);
  const link = (id: string) =>
    id === item.employeeId ? `/prep/${item.interviewId}?tab=record` : `/interviews/${item.interviewId}?tab=record`;
  const params = { round: row.round, due: item.dueOn ?? '' };
  await notify(
    db,
    people.map((p) => ({ recipientId: p.id, kind: 'itemOverdue' as const, params, link: link(p.id) })),
    deps.jobs,
  );
  await mailPeople(
    db,
    deps.mailer,
    people,
    'itemOverdue',
    () => params,
    deps.config.publicUrl,
    (p) => link(p.id),
  );
}
