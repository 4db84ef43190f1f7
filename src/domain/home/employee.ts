import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionItems, interviews } from '../../db/schema';
import type { Actor } from '../actor';
import { hearingTasks } from '../hiring/sheet';
import { listMyInterviews } from '../interviews/list';
import { addDays } from '../shared/calendar';
import { plansToConfirm } from './plans';
import { employeeSteps, firstFew, HOME_LIMIT, ITEM_SOON_DAYS } from './policy';
import type { EmployeeTodo } from './responses';

/**
 * The employee's own plan items (owner 'employee') still open and due within ITEM_SOON_DAYS or overdue.
 * Only of held interviews: the employee reads a plan once the interview is held (record/policy.ts
 * `canReadShared`). Through action_items_employee_idx.
 */
async function itemsDue(db: Db, actor: Actor, today: string): Promise<EmployeeTodo['itemsDue']> {
  const rows = await db
    .select({
      id: actionItems.id,
      interviewId: actionItems.interviewId,
      what: actionItems.what,
      dueOn: sql<string>`${actionItems.dueOn}::text`,
      status: actionItems.status,
    })
    .from(actionItems)
    .innerJoin(interviews, eq(interviews.id, actionItems.interviewId))
    .where(
      and(
        eq(actionItems.employeeId, actor.id),
        inArray(actionItems.status, ['open', 'inProgress']),
        eq(actionItems.owner, 'employee'),
        sql`${actionItems.dueOn} <= ${addDays(today, ITEM_SOON_DAYS)}`,
        eq(interviews.employeeId, actor.id),
        eq(interviews.status, 'done'),
      ),
    )
    .orderBy(asc(actionItems.dueOn), asc(actionItems.createdAt))
    .limit(HOME_LIMIT + 1);
  return firstFew(rows.map((r) => ({ ...r, status: r.status as 'open' | 'inProgress', overdue: r.dueOn < today })));
}

/** Everything due for the actor as an employee: everyone has this part. */
export async function employeeTodo(db: Db, actor: Actor, today: string, now: Date): Promise<EmployeeTodo> {
  const [mine, plans, items, hearings] = await Promise.all([
    listMyInterviews(db, { actor }),
    plansToConfirm(db, actor, 'employee'),
    itemsDue(db, actor, today),
    hearingTasks(db, actor, today),
  ]);
  return { ...employeeSteps(mine.items, today, now), plansToConfirm: plans, itemsDue: items, hearings };
}
