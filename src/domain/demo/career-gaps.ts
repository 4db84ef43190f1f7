import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionItems, employees, followUpItems, interviews } from '../../db/schema';
import { goalGaps } from '../career/goal-skills';

/**
 * The printed employee's latest plan works on their goal's gaps (issue 18.3): its first item is training for the
 * first unmet skill, linked when they were a level lower (the gap closing since), the second a mentor for the next.
 * Follow-ups of those items keep the level now. Written as the demo's history, not through the API (no audit).
 */
export async function linkDemoGaps(db: Db, employeeNumber: string): Promise<number> {
  const [me] = await db.select({ id: employees.id }).from(employees).where(eq(employees.employeeNumber, employeeNumber));
  const goal = me ? await goalGaps(db, me.id) : null;
  const open = goal?.gaps.filter((g) => !g.met) ?? [];
  if (!me || !open.length) return 0;
  const [latest] = await db
    .select({ id: actionItems.interviewId })
    .from(actionItems)
    .innerJoin(interviews, eq(interviews.id, actionItems.interviewId))
    .where(and(eq(actionItems.employeeId, me.id), eq(interviews.status, 'done')))
    .orderBy(desc(interviews.createdAt))
    .limit(1);
  if (!latest) return 0;
  const items = await db.select().from(actionItems).where(eq(actionItems.interviewId, latest.id)).orderBy(actionItems.position).limit(2);
  const kinds = ['training', 'mentor'] as const;
  for (const [i, item] of items.entries()) {
    const gap = open[Math.min(i, open.length - 1)]!;
    const then = i === 0 ? Math.max(0, gap.current - 1) : gap.current;
    await db
      .update(actionItems)
      .set({ gapSkill: gap.name, gapKind: kinds[i], gapLevelThen: then, gapExpected: gap.expected })
      .where(eq(actionItems.id, item.id));
    await db
      .update(followUpItems)
      .set({ skillLevel: gap.current })
      .where(inArray(followUpItems.itemId, [item.id]));
  }
  return items.length;
}
