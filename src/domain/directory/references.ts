import { and, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees } from '../../db/schema';
import { type FieldErrors, invalid } from '../errors';

// Checks of the references and unique values a directory change must respect. Each adds field
// errors (catalog keys) so the form shows every problem at once.

const field = (key: string) => ({ key: `directory.errors.${key}` });

export function throwIfAny(fields: FieldErrors): void {
  if (Object.keys(fields).length) throw invalid(fields);
}

export async function checkDepartmentExists(db: Db, fields: FieldErrors, name: string, id: string | null | undefined) {
  if (!id) return;
  const [row] = await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id));
  if (!row) fields[name] = field(name === 'parentId' ? 'parentNotFound' : 'departmentNotFound');
}

/**
 * The manager must exist and be active, must not be the employee, and the employee must not already be
 * above the manager in the chain (walked upwards with UNION so an existing cycle cannot loop forever).
 */
export async function checkManager(db: Db, fields: FieldErrors, employeeId: string | null, managerId: string | null | undefined) {
  if (!managerId) return;
  if (managerId === employeeId) {
    fields.managerId = field('managerSelf');
    return;
  }
  const [m] = await db.select({ status: employees.status }).from(employees).where(eq(employees.id, managerId));
  if (!m) fields.managerId = field('managerNotFound');
  else if (m.status !== 'active') fields.managerId = field('managerRetired');
  else if (employeeId) {
    const cycle = await db
      .select({ id: employees.id })
      .from(employees)
      .where(
        and(
          eq(employees.id, employeeId),
          sql`${employees.id} in (
            with recursive chain(id, manager_id) as (
              select e.id, e.manager_id from employees e where e.id = ${managerId}
              union
              select e.id, e.manager_id from employees e join chain c on e.id = c.manager_id
            ) select id from chain)`,
        ),
      );
    if (cycle.length) fields.managerId = field('managerCycle');
  }
}

/** Same idea for departments: the parent must not be the department itself or one of its descendants. */
export async function checkParent(db: Db, fields: FieldErrors, departmentId: string, parentId: string | null | undefined) {
  if (!parentId) return;
  if (parentId === departmentId) {
    fields.parentId = field('parentSelf');
    return;
  }
  await checkDepartmentExists(db, fields, 'parentId', parentId);
  if (fields.parentId) return;
  const cycle = await db
    .select({ id: departments.id })
    .from(departments)
    .where(
      and(
        eq(departments.id, departmentId),
        sql`${departments.id} in (
          with recursive up(id, parent_id) as (
            select d.id, d.parent_id from departments d where d.id = ${parentId}
            union
            select d.id, d.parent_id from departments d join up on d.id = up.parent_id
          ) select id from up)`,
      ),
    );
  if (cycle.length) fields.parentId = field('parentCycle');
}

/** Employee number and email are unique (email compared lower-cased, as stored). */
export async function checkEmployeeUnique(
  db: Db,
  fields: FieldErrors,
  values: { employeeNumber?: string; email?: string },
  exceptId?: string,
) {
  const conds: SQL[] = [];
  if (values.employeeNumber) conds.push(eq(employees.employeeNumber, values.employeeNumber));
  if (values.email) conds.push(eq(employees.email, values.email));
  if (!conds.length) return;
  const rows = await db
    .select({ employeeNumber: employees.employeeNumber, email: employees.email })
    .from(employees)
    .where(and(or(...conds), exceptId ? ne(employees.id, exceptId) : undefined));
  for (const r of rows) {
    if (values.employeeNumber && r.employeeNumber === values.employeeNumber) fields.employeeNumber = field('employeeNumberTaken');
    if (values.email && r.email === values.email) fields.email = field('emailTaken');
  }
}

export async function checkDepartmentCodeUnique(db: Db, fields: FieldErrors, code: string | undefined, exceptId?: string) {
  if (!code) return;
  const rows = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.code, code), exceptId ? ne(departments.id, exceptId) : undefined));
  if (rows.length) fields.code = field('departmentCodeTaken');
}

const CONSTRAINT_FIELDS: Record<string, [string, string]> = {
  employees_employee_number_unique: ['employeeNumber', 'employeeNumberTaken'],
  employees_email_unique: ['email', 'emailTaken'],
  departments_code_unique: ['code', 'departmentCodeTaken'],
};

/**
 * A concurrent insert can still win the race after the checks above; its unique violation
 * (SQLSTATE 23505, possibly wrapped by the driver or Drizzle) becomes the same field error.
 */
export function rethrowUniqueViolation(err: unknown): never {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const { code, constraint, cause } = e as { code?: string; constraint?: string; cause?: unknown };
    const mapped = code === '23505' && constraint ? CONSTRAINT_FIELDS[constraint] : undefined;
    if (mapped) throw invalid({ [mapped[0]]: field(mapped[1]) });
    e = cause;
  }
  throw err;
}
