import { and, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/rows';
import type { Db } from '../../db/client';
import { careerGoals, careerRoles, careerVersions, employeeSkills, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { conflict, forbidden, notFound } from '../errors';
import { canReadInventory } from '../skills/inventory';
import { currentFramework, type Framework, type FrameworkRole, loadFramework } from './framework';
import { currentRoleOf, type GoalTerm, gapsFor, type Held, shortfall } from './gaps';
import type { CareerFramework, CareerGoal, EmployeeCareer, MyCareer } from './responses';
import type { GoalInput } from './schemas';

export const presentFramework = (f: Framework | null): CareerFramework => ({
  version: f ? { number: f.number, createdAt: f.createdAt.toISOString() } : null,
  roles: f?.roles ?? [],
});

async function personFacts(db: Db, employeeId: string) {
  const [row] = await db
    .select({ jobTitle: employees.jobTitle, grade: employees.grade, departmentId: employees.departmentId })
    .from(employees)
    .where(eq(employees.id, employeeId));
  // The department's code and those above it, nearest first (depth-limited against a cycle in bad data).
  const path = row?.departmentId
    ? rowsOf<{ code: string }>(
        await db.execute(sql`with recursive up(id, parent_id, code, depth) as (
            select d.id, d.parent_id, d.code, 0 from departments d where d.id = ${row.departmentId}
            union all
            select d.id, d.parent_id, d.code, up.depth + 1 from departments d join up on d.id = up.parent_id where up.depth < 32
          ) select code from up order by depth`),
      ).map((r) => r.code)
    : [];
  const person = row ? { jobTitle: row.jobTitle, grade: row.grade, departmentPath: path } : null;
  const skills: Held[] = await db
    .select({ name: employeeSkills.name, level: employeeSkills.level })
    .from(employeeSkills)
    .where(eq(employeeSkills.employeeId, employeeId));
  return { person: person ?? null, skills };
}

/** The person's active goal, with the role as it stood in the version they chose it in. */
async function goalOf(db: Db, employeeId: string, skills: Held[], current: Framework | null): Promise<CareerGoal | null> {
  const [g] = await db
    .select({ goal: careerGoals, versionId: careerRoles.versionId, versionNumber: careerVersions.number })
    .from(careerGoals)
    .innerJoin(careerRoles, eq(careerRoles.id, careerGoals.roleId))
    .innerJoin(careerVersions, eq(careerVersions.id, careerRoles.versionId))
    .where(and(eq(careerGoals.employeeId, employeeId), eq(careerGoals.status, 'active')));
  if (!g) return null;
  const then = g.versionId === current?.id ? current : await loadFramework(db, g.versionId);
  const role = then?.roles.find((r) => r.id === g.goal.roleId);
  if (!role) return null;
  const from = g.goal.fromRoleId ? then?.roles.find((r) => r.id === g.goal.fromRoleId) : null;
  return {
    id: g.goal.id,
    term: g.goal.term as GoalTerm,
    chosenAt: g.goal.createdAt.toISOString(),
    versionNumber: g.versionNumber,
    currentVersion: g.versionId === current?.id,
    role,
    from: from ? { name: from.name, grade: from.grade } : null,
    gaps: gapsFor(role.skills, skills),
  };
}

/** The steps open from where the person stands; without a known role, each family's first step on each track. */
function openSteps(f: Framework, current: FrameworkRole | null): FrameworkRole[] {
  if (current) return f.roles.filter((r) => current.next.includes(r.id));
  const first = new Map<string, FrameworkRole>();
  for (const r of f.roles) {
    const key = `${r.familyCode}\u0000${r.track}`;
    const seen = first.get(key);
    if (!seen || r.level < seen.level) first.set(key, r);
  }
  return [...first.values()];
}

/** /me/career: the map, where the actor stands, the gap to each open step, and their goal. */
export async function getMyCareer(db: Db, opts: { actor: Actor }): Promise<MyCareer> {
  const { actor } = opts;
  const f = await currentFramework(db);
  const { person, skills } = await personFacts(db, actor.id);
  const current = f && person ? currentRoleOf(f.roles, person) : null;
  const options = f
    ? openSteps(f, current).map((r) => {
        const gaps = gapsFor(r.skills, skills);
        return { roleId: r.id, gaps, shortfall: shortfall(gaps) };
      })
    : [];
  return {
    framework: presentFramework(f),
    currentRoleId: current?.id ?? null,
    options,
    goal: await goalOf(db, actor.id, skills, f),
    can: { setGoal: !!f && f.roles.length > 0 },
  };
}

/**
 * Chooses a step of the current map as the actor's goal (the previous goal is kept as replaced). Only the
 * current version's roles: a step of an older map is no longer offered.
 */
export async function setMyGoal(db: Db, opts: { actor: Actor } & GoalInput): Promise<MyCareer> {
  const { actor, roleId, term } = opts;
  const f = await currentFramework(db);
  const role = f?.roles.find((r) => r.id === roleId);
  if (!f || !role) throw conflict('career.errors.roleGone');
  const { person } = await personFacts(db, actor.id);
  const from = person ? currentRoleOf(f.roles, person) : null;
  await db.transaction(async (tx) => {
    await tx
      .update(careerGoals)
      .set({ status: 'replaced', updatedAt: new Date() })
      .where(and(eq(careerGoals.employeeId, actor.id), eq(careerGoals.status, 'active')));
    await tx.insert(careerGoals).values({ employeeId: actor.id, roleId, fromRoleId: from?.id ?? null, term });
    await audit(tx, {
      actor,
      action: 'career.goal.set',
      entityType: 'career',
      entityId: actor.id,
      detail: { role: role.code, version: f.number, term },
    });
  });
  return getMyCareer(db, { actor });
}

/** Someone's chosen step and gaps, for whoever may read their skills inventory (else 404); audited. */
export async function getEmployeeCareer(db: Db, opts: { actor: Actor; employeeId: string }): Promise<EmployeeCareer> {
  const { actor, employeeId } = opts;
  if (!(await canReadInventory(db, actor, employeeId))) throw notFound();
  const f = await currentFramework(db);
  const { person, skills } = await personFacts(db, employeeId);
  if (!person) throw notFound();
  const current = f ? currentRoleOf(f.roles, person) : null;
  const goal = await goalOf(db, employeeId, skills, f);
  if (actor.id !== employeeId) await audit(db, { actor, action: 'career.read', entityType: 'employee', entityId: employeeId });
  return { employeeId, currentRole: current ? { name: current.name, grade: current.grade } : null, goal };
}

/** HR's view of the current map (the same as every employee's map shows, with nothing of anyone). */
export async function getFramework(db: Db, opts: { actor: Actor }): Promise<CareerFramework> {
  if (!can(opts.actor, 'managePlacement')) throw forbidden();
  return presentFramework(await currentFramework(db));
}

/** Demo and tests: the person's first open step becomes their short-term goal (as if they chose it). */
export async function chooseFirstStep(db: Db, employeeId: string): Promise<void> {
  const f = await currentFramework(db);
  const { person } = await personFacts(db, employeeId);
  if (!f || !person) return;
  const from = currentRoleOf(f.roles, person);
  const step = openSteps(f, from)[0];
  if (step) await db.insert(careerGoals).values({ employeeId, roleId: step.id, fromRoleId: from?.id ?? null, term: 'short' });
}
