import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employeeCareerItems, employeeSkills, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { notFound } from '../errors';
import type { InventoryInput } from './schemas';
import { dropRankings } from '../placement/candidates';
import { can } from '../capabilities';
import type { SkillInventory } from './responses';

/**
 * (Subqueries name the employee by parameter: in a one-table select drizzle prints `${employees.id}`
 * unqualified, which inside `from interviews i` would silently mean i.id.)
 * Who may read someone's skills inventory: the person, HR, their manager, their HR partner, and
 * anyone who interviews them in a round. Checked in one query; anyone else gets 404.
 */
export async function canReadInventory(db: Db, actor: Actor, employeeId: string): Promise<boolean> {
  if (actor.id === employeeId) return true;
  const [row] = await db
    .select({
      exists: sql<boolean>`true`,
      related: sql<boolean>`(${employees.managerId} = ${actor.id}
        or exists (select 1 from hr_partner_assignments p where p.employee_id = ${employeeId} and p.partner_id = ${actor.id})
        or exists (select 1 from interviews i where i.employee_id = ${employeeId} and i.interviewer_id = ${actor.id}))`,
    })
    .from(employees)
    .where(eq(employees.id, employeeId));
  return !!row && (can(actor, 'readAllRecords') || row.related);
}

export async function getInventory(db: Db, opts: { actor: Actor; employeeId: string }): Promise<SkillInventory> {
  const { actor, employeeId } = opts;
  if (!(await canReadInventory(db, actor, employeeId))) throw notFound();
  const [skills, items] = await Promise.all([
    db
      .select()
      .from(employeeSkills)
      .where(eq(employeeSkills.employeeId, employeeId))
      .orderBy(asc(employeeSkills.createdAt), asc(employeeSkills.name)),
    db
      .select()
      .from(employeeCareerItems)
      .where(eq(employeeCareerItems.employeeId, employeeId))
      .orderBy(sql`${employeeCareerItems.periodFrom} desc nulls last`, asc(employeeCareerItems.createdAt)),
  ]);
  if (actor.id !== employeeId) await audit(db, { actor, action: 'inventory.read', entityType: 'employee', entityId: employeeId });
  const updated = [...skills, ...items].map((r) => r.updatedAt.getTime());
  return {
    employeeId,
    skills: skills.map((s) => ({ name: s.name, level: s.level, years: s.years, note: s.note })),
    items: items.map((i) => ({
      kind: i.kind as SkillInventory['items'][number]['kind'],
      title: i.title,
      description: i.description,
      periodFrom: i.periodFrom,
      periodTo: i.periodTo,
    })),
    updatedAt: updated.length ? new Date(Math.max(...updated)).toISOString() : null,
    can: { edit: actor.id === employeeId },
  };
}

/** Replaces the actor's own inventory with what the form holds; it carries over to every round. */
export async function saveInventory(db: Db, opts: { actor: Actor } & InventoryInput): Promise<SkillInventory> {
  const { actor, skills, items } = opts;
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx.delete(employeeSkills).where(eq(employeeSkills.employeeId, actor.id));
    await tx.delete(employeeCareerItems).where(eq(employeeCareerItems.employeeId, actor.id));
    // Skills rank people for positions: stored rankings are recomputed with the new ones.
    await dropRankings(tx);
    if (skills.length)
      await tx.insert(employeeSkills).values(
        skills.map((s, i) => ({
          employeeId: actor.id,
          name: s.name,
          nameKey: s.name.normalize('NFKC').toLowerCase(),
          level: s.level,
          years: s.years ?? null,
          note: s.note,
          // Keeps the order the person chose.
          createdAt: new Date(now.getTime() + i),
          updatedAt: now,
        })),
      );
    if (items.length)
      await tx.insert(employeeCareerItems).values(
        items.map((it, i) => ({
          employeeId: actor.id,
          ...it,
          periodFrom: it.periodFrom ?? null,
          periodTo: it.periodTo ?? null,
          createdAt: new Date(now.getTime() + i),
          updatedAt: now,
        })),
      );
    await audit(tx, {
      actor,
      action: 'inventory.update',
      entityType: 'employee',
      entityId: actor.id,
      detail: { skills: skills.length, items: items.length },
    });
  });
  return getInventory(db, { actor, employeeId: actor.id });
}
