import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { hearingRequests, hearings, notifications } from '../../db/schema';
import type { JobDeps, JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict } from '../errors';
import { loadPeople, mailPeople, notify } from '../notify/notify';
import { loadHearing, sheetLink } from './hearings';

// HR's follow-up of a hearing (decision 0026): a reminder to the managers who have not submitted yet, through the
// job queue, in-app notices and mail like a round's reminder — by hand, and automatically before the due date —
// and deleting a hearing with everything of it.

const unsubmitted = (hearingId: string) => and(eq(hearingRequests.hearingId, hearingId), eq(hearingRequests.status, 'draft'));

/**
 * HR asks again: queues one `hearing.remind` job (one per hearing while it waits: a second click sends nothing more),
 * which tells each manager whose sheet is not submitted. Nobody left to remind is a 409. Audited.
 */
export async function remindHearing(
  db: Db,
  opts: { actor: Actor; id: string; jobs: JobQueue },
): Promise<{ queued: boolean; managers: number }> {
  const h = await loadHearing(db, opts.actor, opts.id);
  return db.transaction(async (tx) => {
    const [{ n = 0 } = {}] = await tx.select({ n: sql<number>`count(*)::int` }).from(hearingRequests).where(unsubmitted(h.id));
    if (!n) throw conflict('hiring.errors.nobodyToRemind');
    const job = await opts.jobs.send(tx, 'hearing.remind', { hearingId: h.id }, { singletonKey: `hearing.remind:${h.id}` });
    await audit(tx, { actor: opts.actor, action: 'hearing.remind', entityType: 'hearing', entityId: h.id, detail: { managers: n } });
    return { queued: job !== null, managers: n };
  });
}

/**
 * The reminder job (by hand or automatic): each manager whose sheet is still unsubmitted when it runs, in the app and
 * by mail; a submitted sheet or a deleted hearing gets nothing. Params: the role and date only.
 */
export async function runHearingRemind(deps: JobDeps, data: { hearingId: string }) {
  const { db, mailer, config } = deps;
  const rows = await db
    .select({ id: hearingRequests.id, managerId: hearingRequests.managerId, role: hearings.roleName, dueOn: hearings.dueOn })
    .from(hearingRequests)
    .innerJoin(hearings, eq(hearings.id, hearingRequests.hearingId))
    .where(unsubmitted(data.hearingId));
  if (!rows.length) return;
  const params = { role: rows[0]!.role, due: rows[0]!.dueOn ?? '' };
  await notify(
    db,
    rows.map((r) => ({ recipientId: r.managerId, kind: 'hearingReminder' as const, params, link: sheetLink(r.id) })),
    deps.jobs,
  );
  const linkOf = new Map(rows.map((r) => [r.managerId, sheetLink(r.id)]));
  await mailPeople(
    db,
    mailer,
    await loadPeople(db, [...linkOf.keys()]),
    'hearingReminder',
    () => params,
    config.publicUrl,
    (p) => linkOf.get(p.id)!,
  );
}

/**
 * HR deletes a hearing: its sheets (answers and whom they named) and draft criteria go with it (cascade), and so do
 * the managers' notices that link to those sheets. Audited with counts, nothing of the answers.
 */
export async function deleteHearing(db: Db, opts: { actor: Actor; id: string }) {
  const h = await loadHearing(db, opts.actor, opts.id);
  await db.transaction(async (tx) => {
    const sheets = await tx
      .select({ id: hearingRequests.id, status: hearingRequests.status })
      .from(hearingRequests)
      .where(eq(hearingRequests.hearingId, h.id));
    if (sheets.length)
      await tx.delete(notifications).where(
        inArray(
          notifications.link,
          sheets.map((s) => sheetLink(s.id)),
        ),
      );
    await tx.delete(hearings).where(eq(hearings.id, h.id));
    await audit(tx, {
      actor: opts.actor,
      action: 'hearing.delete',
      entityType: 'hearing',
      entityId: h.id,
      detail: { role: h.roleName, sheets: sheets.length, submitted: sheets.filter((s) => s.status === 'submitted').length },
    });
  });
}
