import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { type FieldErrors, forbidden, notFound } from '../errors';
import { presentDepartment } from './presenters';
import { checkDepartmentCodeUnique, checkDepartmentExists, checkParent, rethrowUniqueViolation, throwIfAny } from './references';
import type { DepartmentCreate, DepartmentUpdate } from './schemas';
import { can } from '../capabilities';

type DepartmentCreateInput = z.infer<typeof DepartmentCreate>;
type DepartmentUpdateInput = z.infer<typeof DepartmentUpdate>;

const EDITABLE = ['code', 'name', 'nameEn', 'parentId'] as const;

/** Active head-count per department in one grouped pass, joined to the (small) department table. */
const counts = (db: Db) =>
  db
    .select({ departmentId: employees.departmentId, n: sql<number>`count(*)::int`.as('n') })
    .from(employees)
    .where(eq(employees.status, 'active'))
    .groupBy(employees.departmentId)
    .as('counts');

function selectDepartments(db: Db) {
  const c = counts(db);
  return db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      nameEn: departments.nameEn,
      parentId: departments.parentId,
      employeeCount: sql<number>`coalesce(${c.n}, 0)`,
    })
    .from(departments)
    .leftJoin(c, eq(c.departmentId, departments.id));
}

/** Flat list (the UI builds the tree); every signed-in person may read it. */
export async function listDepartments(db: Db, _opts: { actor: Actor }) {
  const rows = await selectDepartments(db).orderBy(asc(departments.code));
  return { items: rows.map(presentDepartment) };
}

async function getDepartment(db: Db, id: string) {
  const [row] = await selectDepartments(db).where(eq(departments.id, id));
  if (!row) throw notFound();
  return presentDepartment(row);
}

export async function createDepartment(db: Db, opts: { actor: Actor } & DepartmentCreateInput) {
  const { actor, ...input } = opts;
  if (!can(actor, 'manageDirectory')) throw forbidden();
  const id = await db
    .transaction(async (tx) => {
      const fields: FieldErrors = {};
      await checkDepartmentCodeUnique(tx, fields, input.code);
      await checkDepartmentExists(tx, fields, 'parentId', input.parentId);
      throwIfAny(fields);
      const [row] = await tx
        .insert(departments)
        .values({ code: input.code, name: input.name, nameEn: input.nameEn ?? null, parentId: input.parentId ?? null })
        .returning({ id: departments.id });
      await audit(tx, {
        actor,
        action: 'department.create',
        entityType: 'department',
        entityId: row!.id,
        detail: { code: input.code, fields: EDITABLE.filter((k) => input[k] != null) },
      });
      return row!.id;
    })
    .catch(rethrowUniqueViolation);
  return getDepartment(db, id);
}

export async function updateDepartment(db: Db, opts: { actor: Actor; id: string } & DepartmentUpdateInput) {
  const { actor, id, ...input } = opts;
  if (!can(actor, 'manageDirectory')) throw forbidden();
  await db
    .transaction(async (tx) => {
      const [current] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
      if (!current) throw notFound();
      const next: Partial<Record<(typeof EDITABLE)[number], string | null>> = {};
      for (const k of EDITABLE) {
        const v = input[k];
        if (v !== undefined && v !== current[k]) next[k] = v;
      }
      const changed = EDITABLE.filter((k) => k in next);
      if (!changed.length) return;
      const fields: FieldErrors = {};
      if (next.code) await checkDepartmentCodeUnique(tx, fields, next.code, id);
      if ('parentId' in next) await checkParent(tx, fields, id, next.parentId);
      throwIfAny(fields);
      await tx
        .update(departments)
        .set({ ...(next as Partial<typeof departments.$inferInsert>), updatedAt: new Date() })
        .where(eq(departments.id, id));
      await audit(tx, {
        actor,
        action: 'department.update',
        entityType: 'department',
        entityId: id,
        detail: {
          changed,
          ...('parentId' in next ? { parentId: { before: current.parentId, after: next.parentId } } : {}),
        },
      });
    })
    .catch(rethrowUniqueViolation);
  return getDepartment(db, id);
}
