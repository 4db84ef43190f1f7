import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionItems, employees, followUpItems, followUps, interviews } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { forbidden, invalid } from '../errors';
import { type LoadedInterview, loadInterview } from '../interviews/access';
import { notify } from '../notify/notify';
import { interviewChanged } from '../rounds/figures';
import { carriedItems } from './plan';
import { presentGap } from './plan-gaps';
import { levelsOf } from '../career/goal-skills';
import { skillKey } from '../placement/schemas';
import { canReadShared, canRecordFollowUp, type ItemStatus } from './policy';
import type { FollowUp, FollowUpAdded } from './responses';

/**
 * Follow-ups of a plan, newest first, with the progress recorded per item. Shared with the employee. Each one's items
 * come in the plan's order: its own items by position, then those carried from earlier plans by due date (as loadPlan
 * lists them), whatever order they were sent in.
 */
export async function listFollowUps(db: Db, x: LoadedInterview): Promise<FollowUp[]> {
  if (!canReadShared(x.facts)) return [];
  const rows = await db
    .select({ f: followUps, family: employees.familyName, given: employees.givenName })
    .from(followUps)
    .innerJoin(employees, eq(employees.id, followUps.authorId))
    .where(eq(followUps.interviewId, x.interview.id))
    .orderBy(desc(followUps.heldOn), desc(followUps.createdAt));
  const items = rows.length
    ? await db
        .select({
          followUpId: followUpItems.followUpId,
          itemId: followUpItems.itemId,
          status: followUpItems.status,
          note: followUpItems.note,
          what: actionItems.what,
          item: actionItems,
          skillLevel: followUpItems.skillLevel,
        })
        .from(followUpItems)
        .innerJoin(actionItems, eq(actionItems.id, followUpItems.itemId))
        .where(
          inArray(
            followUpItems.followUpId,
            rows.map((r) => r.f.id),
          ),
        )
        .orderBy(
          sql`${actionItems.interviewId} <> ${x.interview.id}`,
          sql`case when ${actionItems.interviewId} = ${x.interview.id} then ${actionItems.position} end`,
          asc(actionItems.dueOn),
          asc(actionItems.createdAt),
        )
    : [];
  return rows.map(({ f, family, given }) => ({
    id: f.id,
    heldOn: f.heldOn,
    note: f.note,
    author: { familyName: family, givenName: given },
    items: items
      .filter((i) => i.followUpId === f.id)
      .map(({ itemId, status, note, what, item, skillLevel }) => {
        // "now" of a linked gap is the level this follow-up recorded: the gap closing follow-up by follow-up.
        const gap = presentGap(item);
        return { itemId, status: status as ItemStatus, note, what, gap: gap && { ...gap, now: skillLevel } };
      }),
  }));
}

/**
 * A follow-up 1on1 on this plan: support and adjustments, and each item's progress, in one write.
 * Items may be this plan's own or unfinished ones carried into it that the actor may see.
 */
export async function addFollowUp(
  db: Db,
  opts: {
    actor: Actor;
    interviewId: string;
    heldOn: string;
    note: string;
    items: { itemId: string; status: ItemStatus; note: string }[];
    jobs: JobQueue;
  },
): Promise<FollowUpAdded> {
  const { actor, interviewId, heldOn, note, items } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (!canRecordFollowUp(x.facts)) throw forbidden();
  const own = await db
    .select({ id: actionItems.id, gapSkill: actionItems.gapSkill })
    .from(actionItems)
    .where(eq(actionItems.interviewId, interviewId));
  const carried = (await carriedItems(db, actor, x)).items;
  const allowed = new Set([...own.map((i) => i.id), ...carried.map((i) => i.id)]);
  // Each linked item keeps the inventory's level of its skill at this follow-up (the inventory keeps no history).
  const gapOf = new Map([...own.map((i) => [i.id, i.gapSkill] as const), ...carried.map((i) => [i.id, i.gap?.skill ?? null] as const)]);
  const levels = await levelsOf(db, x.employee.id);
  const levelAt = (itemId: string) => {
    const skill = gapOf.get(itemId);
    return skill ? (levels.get(skillKey(skill)) ?? 0) : null;
  };
  const bad = items.findIndex((i) => !allowed.has(i.itemId));
  if (bad >= 0) throw invalid({ [`items.${bad}.itemId`]: { key: 'errors.notFound' } });
  const id = await db.transaction(async (tx) => {
    const [f] = await tx
      .insert(followUps)
      .values({ interviewId, employeeId: x.employee.id, authorId: actor.id, heldOn, note })
      .returning({ id: followUps.id });
    if (items.length) {
      await tx.insert(followUpItems).values(items.map((i) => ({ followUpId: f!.id, ...i, skillLevel: levelAt(i.itemId) })));
      for (const i of items) {
        await tx
          .update(actionItems)
          .set({ status: i.status, ...(i.note ? { progressNote: i.note } : {}), updatedAt: new Date() })
          .where(and(eq(actionItems.id, i.itemId), eq(actionItems.employeeId, x.employee.id)));
      }
    }
    await notify(tx, [
      { recipientId: x.employee.id, kind: 'followUpRecorded', params: { round: x.round.name }, link: `/prep/${interviewId}?tab=record` },
    ]);
    await audit(tx, {
      actor,
      action: 'followup.create',
      entityType: 'interview',
      entityId: interviewId,
      detail: { followUp: f!.id, items: items.length },
    });
    // This interview's funnel, and the plans of earlier interviews whose carried items moved.
    const carried = items.length
      ? await tx
          .selectDistinct({ roundId: interviews.roundId, interviewerId: interviews.interviewerId })
          .from(actionItems)
          .innerJoin(interviews, eq(interviews.id, actionItems.interviewId))
          .where(
            and(
              inArray(
                actionItems.id,
                items.map((i) => i.itemId),
              ),
              ne(interviews.id, interviewId),
            ),
          )
      : [];
    await interviewChanged({ db: tx, jobs: opts.jobs }, x.interview, ...carried);
    return f!.id;
  });
  return { id };
}
