import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionItems, interviewRecords, interviews, planConfirmations, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, forbidden, invalid, notFound } from '../errors';
import { type LoadedInterview, loadInterview } from '../interviews/access';
import type { DueJob, JobQueue } from '../../jobs/queue';
import { notify } from '../notify/notify';
import { interviewChanged } from '../rounds/figures';
import { historyAccess } from './access';
import { loadRecordRow } from './record';
import {
  canEditPlan,
  canReadShared,
  canUpdateProgress,
  confirmParty,
  type HistoryAccess,
  nextRevision,
  planConfirmed,
  seesInterview,
} from './policy';
import type { ActionPlan, CarriedPlanItem, PlanItem } from './responses';
import type { EditItem } from './schemas';
import { addDays, atCompanyTime } from '../shared/calendar';
import { levelsOf } from '../career/goal-skills';
import { gapOptions, presentGap } from './plan-gaps';

type Tx = Db;
type ItemRow = typeof actionItems.$inferSelect;

const OPEN = ['open', 'inProgress'];

/** levels: the employee's inventory now, for a linked gap's "now" (omitted: not read). */
export const presentItem = (i: ItemRow, levels?: Map<string, number>): PlanItem => ({
  id: i.id,
  interviewId: i.interviewId,
  position: i.position,
  what: i.what,
  owner: i.owner as PlanItem['owner'],
  dueOn: i.dueOn,
  target: i.target,
  status: i.status as PlanItem['status'],
  progressNote: i.progressNote,
  gap: presentGap(i, levels),
  version: i.version,
  updatedAt: i.updatedAt.toISOString(),
});

/**
 * Unfinished items of the employee's earlier interviews: they come into this interview by themselves.
 * A new manager sees those of someone else's interviews only with the employee's consent; the rest
 * are counted, not shown.
 */
export async function carriedItems(
  db: Db,
  actor: Actor,
  x: LoadedInterview,
  known?: HistoryAccess,
  levels?: Map<string, number>,
): Promise<{ items: CarriedPlanItem[]; hidden: number }> {
  const rows = await db
    .select({ item: actionItems, interviewerId: interviews.interviewerId, status: interviews.status, round: rounds.name })
    .from(actionItems)
    .innerJoin(interviews, eq(interviews.id, actionItems.interviewId))
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .where(
      and(eq(actionItems.employeeId, x.employee.id), inArray(actionItems.status, OPEN), lt(interviews.createdAt, x.interview.createdAt)),
    )
    .orderBy(asc(actionItems.dueOn), asc(actionItems.createdAt))
    .limit(200);
  const access = known ?? (await historyAccess(db, actor, x.employee.id));
  const visible = rows.filter((r) => seesInterview(access, r) !== 'none');
  return { items: visible.map((r) => ({ ...presentItem(r.item, levels), round: r.round })), hidden: rows.length - visible.length };
}

/** `record`: the interview's record row as the caller is reading it already (the record page), else read here. */
export async function loadPlan(
  db: Db,
  actor: Actor,
  x: LoadedInterview,
  record?: ReturnType<typeof loadRecordRow>,
): Promise<ActionPlan | null> {
  if (!canReadShared(x.facts)) return null;
  // Whoever reads the plan reads the employee's inventory too (self, interviewer, HR): "now" of linked gaps.
  const levels = await levelsOf(db, x.employee.id);
  const [items, [rec], history, carried, options] = await Promise.all([
    db
      .select()
      .from(actionItems)
      .where(eq(actionItems.interviewId, x.interview.id))
      .orderBy(asc(actionItems.position), asc(actionItems.createdAt)),
    (record ?? loadRecordRow(db, x.interview.id)).then((r) => [r]),
    db
      .select({
        revision: planConfirmations.revision,
        party: planConfirmations.party,
        confirmedAt: planConfirmations.confirmedAt,
        items: planConfirmations.items,
      })
      .from(planConfirmations)
      .where(eq(planConfirmations.interviewId, x.interview.id))
      .orderBy(asc(planConfirmations.confirmedAt)),
    carriedItems(db, actor, x, undefined, levels),
    gapOptions(db, x),
  ]);
  const state = {
    revision: rec?.planRevision ?? 1,
    employeeRev: rec?.employeeConfirmedRev ?? null,
    interviewerRev: rec?.interviewerConfirmedRev ?? null,
  };
  const at = (party: string) =>
    history.findLast((h) => h.party === party && h.revision === state.revision)?.confirmedAt.toISOString() ?? null;
  return {
    revision: state.revision,
    confirmed: planConfirmed(state),
    employeeConfirmedAt: state.employeeRev === state.revision ? at('employee') : null,
    interviewerConfirmedAt: state.interviewerRev === state.revision ? at('interviewer') : null,
    items: items.map((i) => presentItem(i, levels)),
    carried: carried.items,
    hiddenCarried: carried.hidden,
    gapOptions: options,
    history: history.map((h) => ({
      revision: h.revision,
      party: h.party as ActionPlan['history'][number]['party'],
      confirmedAt: h.confirmedAt.toISOString(),
      items: h.items as ActionPlan['history'][number]['items'],
    })),
  };
}

/** A content change after a confirmation opens a new revision; the employee is asked to confirm again. */
async function touchPlan(tx: Tx, x: LoadedInterview) {
  await tx.insert(interviewRecords).values({ interviewId: x.interview.id }).onConflictDoNothing();
  const [rec] = await tx.select().from(interviewRecords).where(eq(interviewRecords.interviewId, x.interview.id)).for('update');
  const state = { revision: rec!.planRevision, employeeRev: rec!.employeeConfirmedRev, interviewerRev: rec!.interviewerConfirmedRev };
  const next = nextRevision(state);
  if (next !== state.revision) {
    await tx
      .update(interviewRecords)
      .set({ planRevision: next, updatedAt: new Date() })
      .where(eq(interviewRecords.interviewId, x.interview.id));
    if (state.employeeRev === state.revision) {
      await notify(tx, [
        { recipientId: x.employee.id, kind: 'planChanged', params: { round: x.round.name }, link: `/prep/${x.interview.id}?tab=record` },
      ]);
    }
  }
}

/** An item's overdue reminder: 09:00 the day after the due date (company calendar), once per item and date. */
export function overdueJob(item: { id: string; dueOn: string }): DueJob {
  const startAfter = atCompanyTime(addDays(item.dueOn, 1), '09:00');
  return {
    name: 'plan.overdue',
    data: { itemId: item.id, dueOn: item.dueOn },
    opts: { singletonKey: `${item.id}:${item.dueOn}`, startAfter },
  };
}

/** Overdue reminders are queued with the item. */
async function queueOverdue(tx: Tx, jobs: JobQueue, item: { id: string; dueOn: string | null }) {
  if (item.dueOn) await jobs.sendJob(tx, overdueJob({ id: item.id, dueOn: item.dueOn }));
}

export async function addItem(
  db: Db,
  opts: { actor: Actor; jobs: JobQueue; interviewId: string; what: string; owner: string; dueOn: string | null; target: string },
): Promise<PlanItem> {
  const { actor, jobs, interviewId, ...values } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (!canEditPlan(x.facts)) throw forbidden();
  return db.transaction(async (tx) => {
    const [{ n }] = (await tx
      .select({ n: sql<number>`coalesce(max(${actionItems.position}), -1)::int + 1` })
      .from(actionItems)
      .where(eq(actionItems.interviewId, interviewId))) as [{ n: number }];
    const [row] = await tx
      .insert(actionItems)
      .values({ ...values, interviewId, employeeId: x.employee.id, position: n })
      .returning();
    await touchPlan(tx, x);
    await queueOverdue(tx, jobs, row!);
    await audit(tx, { actor, action: 'plan.item.create', entityType: 'interview', entityId: interviewId, detail: { item: row!.id } });
    await interviewChanged({ db: tx, jobs }, x.interview);
    return presentItem(row!);
  });
}

/** An item with what the actor may do to it: content by the interviewer of its interview, progress also by the employee. */
async function itemFor(db: Db, actor: Actor, itemId: string) {
  const [item] = await db.select().from(actionItems).where(eq(actionItems.id, itemId));
  if (!item) throw notFound();
  const x = await loadInterview(db, actor, item.interviewId);
  return { item, x };
}

const CONTENT = ['what', 'owner', 'dueOn', 'target', 'position'] as const;
const PROGRESS = ['status', 'progressNote'] as const;

export async function editItem(db: Db, opts: { actor: Actor; jobs: JobQueue; itemId: string } & EditItem): Promise<PlanItem> {
  const { actor, jobs, itemId, version, ...changes } = opts;
  const { item, x } = await itemFor(db, actor, itemId);
  const content = CONTENT.some((k) => changes[k] !== undefined);
  const progress = PROGRESS.some((k) => changes[k] !== undefined);
  if ((content && !canEditPlan(x.facts)) || (progress && !canUpdateProgress(x.facts))) throw forbidden();
  return db.transaction(async (tx) => {
    const row = await updateItem(tx, itemId, version, changes);
    // Reordering is not a change of what was agreed; anything else of the content is.
    if (CONTENT.some((k) => k !== 'position' && changes[k] !== undefined)) await touchPlan(tx, x);
    if (changes.dueOn !== undefined && changes.dueOn !== item.dueOn) await queueOverdue(tx, jobs, row);
    await audit(tx, {
      actor,
      action: 'plan.item.update',
      entityType: 'interview',
      entityId: item.interviewId,
      detail: { item: itemId, fields: Object.keys(changes) },
    });
    await interviewChanged({ db: tx, jobs }, x.interview);
    return presentItem(row);
  });
}

/** Changes a plan item if it is still the version the writer read (else 409: someone changed it meanwhile). */
export async function updateItem(tx: Db, itemId: string, version: number, set: PgUpdateSetSource<typeof actionItems>) {
  const [row] = await tx
    .update(actionItems)
    .set({ ...set, version: sql`${actionItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(actionItems.id, itemId), eq(actionItems.version, version)))
    .returning();
  if (!row) throw conflict('record.errors.staleItem');
  return row;
}

export async function deleteItem(db: Db, opts: { actor: Actor; itemId: string; version: number; jobs: JobQueue }) {
  const { actor, itemId, version } = opts;
  const { item, x } = await itemFor(db, actor, itemId);
  if (!canEditPlan(x.facts)) throw forbidden();
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(actionItems)
      .where(and(eq(actionItems.id, itemId), eq(actionItems.version, version)))
      .returning({ id: actionItems.id });
    if (!gone.length) throw conflict('record.errors.staleItem');
    await touchPlan(tx, x);
    await audit(tx, { actor, action: 'plan.item.delete', entityType: 'interview', entityId: item.interviewId, detail: { item: itemId } });
    await interviewChanged({ db: tx, jobs: opts.jobs }, x.interview);
  });
  return { ok: true };
}

/**
 * お互いに確認: each side confirms the revision they read. The items as confirmed are kept with the
 * confirmation, so a later change never rewrites what was agreed.
 */
export async function confirmPlan(
  db: Db,
  opts: { actor: Actor; interviewId: string; revision: number; jobs: JobQueue },
): Promise<ActionPlan> {
  const { actor, interviewId, revision } = opts;
  const x = await loadInterview(db, actor, interviewId);
  const party = confirmParty(x.facts);
  if (!party) throw forbidden();
  const plan = await loadPlan(db, actor, x);
  if (!plan || plan.items.length + plan.carried.length === 0)
    throw invalid({ items: { key: 'record.errors.emptyPlan' } }, 'record.errors.emptyPlan');
  if (plan.revision !== revision) throw conflict('record.errors.planChanged');
  await db.transaction(async (tx) => {
    const [rec] = await tx.select().from(interviewRecords).where(eq(interviewRecords.interviewId, interviewId)).for('update');
    if ((rec?.planRevision ?? 1) !== revision) throw conflict('record.errors.planChanged');
    // Confirming the revision one has confirmed already (a double click, a second tab) changes nothing:
    // no second history entry, no second notification.
    if ((party === 'employee' ? rec?.employeeConfirmedRev : rec?.interviewerConfirmedRev) === revision) return;
    await tx.insert(interviewRecords).values({ interviewId }).onConflictDoNothing();
    await tx
      .update(interviewRecords)
      .set(party === 'employee' ? { employeeConfirmedRev: revision } : { interviewerConfirmedRev: revision })
      .where(eq(interviewRecords.interviewId, interviewId));
    await tx.insert(planConfirmations).values({
      interviewId,
      revision,
      party,
      personId: actor.id,
      items: [...plan.items, ...plan.carried].map(({ id, what, owner, dueOn, target, status }) => ({
        id,
        what,
        owner,
        dueOn,
        target,
        status,
      })),
    });
    const other = party === 'employee' ? x.interviewer?.id : x.employee.id;
    const bothNow = party === 'employee' ? rec?.interviewerConfirmedRev === revision : rec?.employeeConfirmedRev === revision;
    if (other && (bothNow || (party === 'interviewer' && x.facts.interviewStatus === 'done'))) {
      await notify(
        tx,
        [
          {
            recipientId: other,
            kind: bothNow ? 'planConfirmed' : 'planToConfirm',
            params: { round: x.round.name },
            link: party === 'employee' ? `/interviews/${interviewId}?tab=record` : `/prep/${interviewId}?tab=record`,
          },
        ],
        opts.jobs,
      );
    }
    await audit(tx, { actor, action: 'plan.confirm', entityType: 'interview', entityId: interviewId, detail: { revision, party } });
    await interviewChanged({ db: tx, jobs: opts.jobs }, x.interview);
  });
  // Whoever may confirm may read the shared record: the plan is there.
  return (await loadPlan(db, actor, x))!;
}
