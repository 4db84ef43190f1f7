import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionItems } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { goalExpectations, goalGaps, levelsOf } from '../career/goal-skills';
import { forbidden, invalid, notFound } from '../errors';
import { type LoadedInterview, loadInterview } from '../interviews/access';
import { skillKey } from '../placement/schemas';
import { presentItem, updateItem } from './plan';
import { canEditPlan } from './policy';
import type { ActionPlan, PlanItem } from './responses';
import type { LinkGap } from './schemas';

// Action-plan items linked to a gap of the employee's career goal (issue 18.3, decision 0025): training,
// an assignment or a mentor that works on one expected skill, so the plan and its follow-ups show the level
// when it was linked, now, and what the goal expects.

type ItemRow = typeof actionItems.$inferSelect;
export type ItemGap = NonNullable<PlanItem['gap']>;

/** The item's link with "now" from the inventory levels given (null when the reader's levels were not read). */
export function presentGap(i: ItemRow, levels?: Map<string, number>): ItemGap | null {
  if (!i.gapSkill) return null;
  return {
    skill: i.gapSkill,
    kind: (i.gapKind ?? 'other') as ItemGap['kind'],
    linked: i.gapLevelThen ?? 0,
    expected: i.gapExpected ?? 0,
    now: levels ? (levels.get(skillKey(i.gapSkill)) ?? 0) : null,
  };
}

/** What the plan editor offers to link: the goal's gaps. Only to whoever may edit the plan. */
export async function gapOptions(db: Db, x: LoadedInterview): Promise<ActionPlan['gapOptions']> {
  if (!canEditPlan(x.facts)) return null;
  return goalGaps(db, x.employee.id);
}

/**
 * Links an item to one expected skill of the employee's active goal (or unlinks it with skill null). Whoever may
 * edit the plan's content; others get what editItem gives them (404 for records of others). The level "then" is
 * the inventory's at the first link to this skill: changing only the kind keeps it.
 */
export async function linkGap(db: Db, opts: { actor: Actor; itemId: string } & LinkGap): Promise<PlanItem> {
  const { actor, itemId, version, skill, kind } = opts;
  const [item] = await db.select().from(actionItems).where(eq(actionItems.id, itemId));
  if (!item) throw notFound();
  const x = await loadInterview(db, actor, item.interviewId);
  if (!canEditPlan(x.facts)) throw forbidden();
  let set: Partial<ItemRow>;
  if (skill === null) {
    set = { gapSkill: null, gapKind: null, gapLevelThen: null, gapExpected: null };
  } else {
    const goal = await goalExpectations(db, x.employee.id);
    if (!goal) throw invalid({ skill: { key: 'careerGaps.errors.noGoal' } }, 'careerGaps.errors.noGoal');
    const expected = goal.skills.find((s) => skillKey(s.name) === skillKey(skill));
    if (!expected) throw invalid({ skill: { key: 'careerGaps.errors.gapNotInGoal', params: { skill, role: goal.roleName } } });
    const levels = await levelsOf(db, x.employee.id);
    const same = item.gapSkill && skillKey(item.gapSkill) === skillKey(skill);
    set = {
      gapSkill: expected.name,
      gapKind: kind,
      gapLevelThen: same ? item.gapLevelThen : (levels.get(skillKey(skill)) ?? 0),
      gapExpected: expected.level,
    };
  }
  return db.transaction(async (tx) => {
    const row = await updateItem(tx, itemId, version, set);
    await audit(tx, {
      actor,
      action: 'plan.item.gap',
      entityType: 'interview',
      entityId: item.interviewId,
      detail: { item: itemId, skill: set.gapSkill ?? null, kind: set.gapKind ?? null, linked: set.gapLevelThen ?? null },
    });
    return presentItem(row, await levelsOf(tx, x.employee.id));
  });
}
