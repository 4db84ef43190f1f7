import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { careerGoals, careerRoles, careerRoleSkills, employeeSkills } from '../../db/schema';
import { skillKey } from '../placement/schemas';
import { type Expected, type Gap, gapsFor } from './gaps';

/** A person's inventory levels by skill key (NFKC, lower case): "now" of a linked gap. */
export async function levelsOf(db: Db, employeeId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ name: employeeSkills.name, level: employeeSkills.level })
    .from(employeeSkills)
    .where(eq(employeeSkills.employeeId, employeeId));
  return new Map(rows.map((r) => [skillKey(r.name), r.level]));
}

/** What the person's active goal expects, in the version they chose it in (null without a goal). */
export async function goalExpectations(db: Db, employeeId: string): Promise<{ roleName: string; skills: Expected[] } | null> {
  const [goal] = await db
    .select({ roleId: careerGoals.roleId, roleName: careerRoles.name })
    .from(careerGoals)
    .innerJoin(careerRoles, eq(careerRoles.id, careerGoals.roleId))
    .where(and(eq(careerGoals.employeeId, employeeId), eq(careerGoals.status, 'active')));
  if (!goal) return null;
  const skills = await db
    .select({ name: careerRoleSkills.name, level: careerRoleSkills.level })
    .from(careerRoleSkills)
    .where(eq(careerRoleSkills.roleId, goal.roleId));
  return { roleName: goal.roleName, skills };
}

/** The goal's gaps (unmet first) an action-plan item may be linked to; null without a goal. */
export async function goalGaps(db: Db, employeeId: string): Promise<{ roleName: string; gaps: Gap[] } | null> {
  const goal = await goalExpectations(db, employeeId);
  if (!goal) return null;
  const levels = await levelsOf(db, employeeId);
  const held = [...levels].map(([name, level]) => ({ name, level }));
  return { roleName: goal.roleName, gaps: gapsFor(goal.skills, held) };
}
