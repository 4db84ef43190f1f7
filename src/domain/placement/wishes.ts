import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared';
import { careerWishes, departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, DomainError, forbidden, invalid, notFound } from '../errors';
import { canEditWish, type WishView, wishFacts, wishView } from './policy';
import { decisionsOf, deptColumns, peopleOf, presentDecisionRecord, presentWish } from './present';
import type { CareerWish, EmployeeWishes, MyWishes } from './responses';
import type { EditWish, NewWish } from './schemas';
import { dropRankings } from './candidates';
import { keptFromWith } from '../shared/kept-from';
import { can } from '../capabilities';

/** More open wishes than this and they stop being wishes: the employee is asked to withdraw one first. */
export const MAX_OPEN_WISHES = 10;

type WishRow = typeof careerWishes.$inferSelect;

/** One wish with how the actor stands to it; anyone who may not see it gets 404. */
export async function loadWish(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ wish: careerWishes, managerId: employees.managerId })
    .from(careerWishes)
    .innerJoin(employees, eq(employees.id, careerWishes.employeeId))
    .where(eq(careerWishes.id, id));
  if (!row) throw notFound();
  const view = wishView(wishFacts(actor, { id: row.wish.employeeId, managerId: row.managerId }, row.wish.keptFrom), row.wish.disclosure);
  if (view === 'none') throw notFound();
  return { wish: row.wish, view };
}

async function departmentOf(db: Db, id: string | null) {
  if (!id) return null;
  const [d] = await db.select(deptColumns).from(departments).where(eq(departments.id, id));
  return d ?? null;
}

/** The wishes as one reader sees them, each with its department and HR's answer. */
async function presentAll(db: Db, rows: WishRow[], view: (w: WishRow) => WishView, history = false): Promise<CareerWish[]> {
  const deptIds = [...new Set(rows.flatMap((w) => (w.desiredDepartmentId ? [w.desiredDepartmentId] : [])))];
  const [depts, decisions] = await Promise.all([
    deptIds.length ? db.select(deptColumns).from(departments).where(inArray(departments.id, deptIds)) : [],
    decisionsOf(
      db,
      rows.map((w) => w.id),
      !history,
    ),
  ]);
  const deptById = new Map(depts.map((d) => [d.id, d]));
  return rows.map((w) => {
    const v = view(w);
    const mine = decisions.get(w.id) ?? [];
    const out = presentWish(w, v, w.desiredDepartmentId ? (deptById.get(w.desiredDepartmentId) ?? null) : null, mine);
    // The history of answers is HR's working record; the others read the latest answer only.
    return history && v === 'hr' ? { ...out, history: mine.map(presentDecisionRecord) } : out;
  });
}

async function checkDepartment(db: Db, id: string | null) {
  if (id && !(await departmentOf(db, id))) throw invalid({ desiredDepartmentId: { key: 'placement.errors.unknownDepartment' } });
}

/** Whoever manages the employee while they write a wish joins those its 人事のみ is kept from (shared/kept-from.ts). */
const managerOf = (employeeId: string) => sql`(select m.manager_id from employees m where m.id = ${employeeId})`;

const columnsOf = (w: NewWish) => ({
  kind: w.kind,
  desiredRole: w.desiredRole,
  desiredDepartmentId: w.desiredDepartmentId,
  track: w.track,
  timeframe: w.timeframe,
  relocation: w.relocation,
  note: w.note,
  disclosure: w.disclosure,
});

const managerPerson = alias(employees, 'manager_person');
// Prepared: an employee's wish page is one of the pages they open most.
const wishesOf = preparedQuery((db) =>
  db
    .select()
    .from(careerWishes)
    .where(eq(careerWishes.employeeId, sql.placeholder('employeeId')))
    .orderBy(sql`${careerWishes.status} = 'open' desc`, desc(careerWishes.createdAt))
    .prepare('my_wishes'),
);
// The manager's name joined to the person's row: one statement.
const managerNameOf = preparedQuery((db) =>
  db
    .select({ familyName: managerPerson.familyName, givenName: managerPerson.givenName })
    .from(employees)
    .innerJoin(managerPerson, eq(managerPerson.id, employees.managerId))
    .where(eq(employees.id, sql.placeholder('employeeId')))
    .prepare('my_manager_name'),
);

/** The actor's own wishes (open first), and who their manager is, so the form can say who reads what. */
export async function myWishes(db: Db, opts: { actor: Actor }): Promise<MyWishes> {
  const { actor } = opts;
  const rows = await wishesOf(db).execute({ employeeId: actor.id });
  const [manager] = await managerNameOf(db).execute({ employeeId: actor.id });
  return { items: await presentAll(db, rows, () => 'owner'), manager: manager ?? null, limit: MAX_OPEN_WISHES };
}

export async function createWish(db: Db, opts: { actor: Actor } & NewWish): Promise<CareerWish> {
  const { actor, ...input } = opts;
  await checkDepartment(db, input.desiredDepartmentId);
  const row = await db.transaction(async (tx) => {
    // Counted under a lock on the person, so two tabs cannot both add the eleventh.
    await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, actor.id)).for('update');
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(careerWishes)
      .where(and(eq(careerWishes.employeeId, actor.id), eq(careerWishes.status, 'open')))) as [{ n: number }];
    if (n >= MAX_OPEN_WISHES) throw new DomainError(400, 'placement.errors.tooMany', { max: MAX_OPEN_WISHES });
    const [created] = await tx
      .insert(careerWishes)
      .values({ employeeId: actor.id, ...columnsOf(input), keptFrom: keptFromWith(sql`'{}'::uuid[]`, [managerOf(actor.id)]) })
      .returning();
    await dropRankings(tx);
    await audit(tx, { actor, action: 'wish.create', entityType: 'wish', entityId: created!.id, detail: { disclosure: input.disclosure } });
    return created!;
  });
  return (await presentAll(db, [row], () => 'owner'))[0]!;
}

export async function editWish(db: Db, opts: { actor: Actor; wishId: string } & EditWish): Promise<CareerWish> {
  const { actor, wishId, version, ...input } = opts;
  const { wish, view } = await loadWish(db, actor, wishId);
  if (view !== 'owner') throw forbidden();
  if (!canEditWish(view, wish.status)) throw conflict('placement.errors.withdrawn');
  await checkDepartment(db, input.desiredDepartmentId);
  const next = columnsOf(input);
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== wish[k]);
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(careerWishes)
      .set({
        ...next,
        keptFrom: keptFromWith(careerWishes.keptFrom, [managerOf(actor.id)]),
        version: sql`${careerWishes.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(careerWishes.id, wishId), eq(careerWishes.version, version), eq(careerWishes.status, 'open')))
      .returning();
    if (!updated) throw conflict('placement.errors.stale');
    // Which fields changed, never what they say: the audit log is read by admins.
    await dropRankings(tx);
    await audit(tx, { actor, action: 'wish.update', entityType: 'wish', entityId: wishId, detail: { fields: changed } });
    return updated;
  });
  return (await presentAll(db, [row], () => 'owner'))[0]!;
}

export async function withdrawWish(db: Db, opts: { actor: Actor; wishId: string; version: number }): Promise<CareerWish> {
  const { actor, wishId, version } = opts;
  const { wish, view } = await loadWish(db, actor, wishId);
  if (view !== 'owner') throw forbidden();
  if (!canEditWish(view, wish.status)) throw conflict('placement.errors.withdrawn');
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(careerWishes)
      .set({ status: 'withdrawn', version: sql`${careerWishes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(careerWishes.id, wishId), eq(careerWishes.version, version), eq(careerWishes.status, 'open')))
      .returning();
    if (!updated) throw conflict('placement.errors.stale');
    await dropRankings(tx);
    await audit(tx, { actor, action: 'wish.withdraw', entityType: 'wish', entityId: wishId });
    return updated;
  });
  return (await presentAll(db, [row], () => 'owner'))[0]!;
}

/**
 * One employee's wishes as the actor may see them: all for the person and HR (minus 人事のみ when the
 * HR person is also the manager), those shared with the manager for the current manager, 404 for
 * anyone else. Every read by someone other than the employee is audited.
 */
export async function employeeWishes(db: Db, opts: { actor: Actor; employeeId: string }): Promise<EmployeeWishes> {
  const { actor, employeeId } = opts;
  const [person] = await db
    .select({ id: employees.id, managerId: employees.managerId })
    .from(employees)
    .where(eq(employees.id, employeeId));
  if (!person) throw notFound();
  const base = wishFacts(actor, person);
  if (!base.self && !base.hr && !base.manager) throw notFound();
  const rows = await db
    .select()
    .from(careerWishes)
    .where(eq(careerWishes.employeeId, employeeId))
    .orderBy(sql`${careerWishes.status} = 'open' desc`, desc(careerWishes.createdAt), asc(careerWishes.id));
  const view = (w: WishRow) => wishView(wishFacts(actor, person, w.keptFrom), w.disclosure);
  const visible = rows.filter((w) => view(w) !== 'none');
  const items = await presentAll(db, visible, view, can(actor, 'managePlacement'));
  if (!base.self)
    await audit(db, {
      actor,
      action: 'wish.read',
      entityType: 'employee',
      entityId: employeeId,
      detail: { wishes: visible.map((w) => w.id) },
    });
  return { employee: (await peopleOf(db, [employeeId])).get(employeeId) ?? null, items };
}
