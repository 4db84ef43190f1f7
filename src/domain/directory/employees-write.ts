import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, type FieldErrors, forbidden } from '../errors';
import { type EmailChange, mailEmailChanged } from './email-change';
import { findVisibleEmployee, getEmployee } from './employees-read';
import { dropResetLinks } from './employees-status';
import { canChangeEmail, canEditEmployee } from './policy';
import { checkDepartmentExists, checkEmployeeUnique, checkManager, rethrowUniqueViolation, throwIfAny } from './references';
import type { EmployeeCreateInput, EmployeeUpdateInput } from './schemas';
import { can } from '../capabilities';

/** The fields an update may change, in a fixed order (also the order of `changed` in the audit). */
const EDITABLE = [
  'employeeNumber',
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'email',
  'departmentId',
  'jobTitle',
  'grade',
  'managerId',
  'hireDate',
  'locale',
] as const;
type Editable = (typeof EDITABLE)[number];

export async function createEmployee(db: Db, opts: { actor: Actor } & EmployeeCreateInput) {
  const { actor, ...input } = opts;
  if (!can(actor, 'manageDirectory')) throw forbidden();
  const email = input.email.toLowerCase();
  const id = await db
    .transaction(async (tx) => {
      const fields: FieldErrors = {};
      await checkEmployeeUnique(tx, fields, { employeeNumber: input.employeeNumber, email });
      await checkDepartmentExists(tx, fields, 'departmentId', input.departmentId);
      await checkManager(tx, fields, null, input.managerId);
      throwIfAny(fields);
      const [row] = await tx
        .insert(employees)
        .values({
          employeeNumber: input.employeeNumber,
          familyName: input.familyName,
          givenName: input.givenName,
          familyNameKana: input.familyNameKana ?? null,
          givenNameKana: input.givenNameKana ?? null,
          email,
          departmentId: input.departmentId ?? null,
          jobTitle: input.jobTitle ?? null,
          grade: input.grade ?? null,
          managerId: input.managerId ?? null,
          hireDate: input.hireDate ?? null,
          locale: input.locale ?? 'ja',
        })
        .returning({ id: employees.id });
      const newId = row!.id;
      await audit(tx, {
        actor,
        action: 'employee.create',
        entityType: 'employee',
        entityId: newId,
        detail: { employeeNumber: input.employeeNumber, fields: EDITABLE.filter((k) => input[k] != null) },
      });
      return newId;
    })
    .catch(rethrowUniqueViolation);
  return getEmployee(db, { actor, id });
}

/**
 * Optimistic concurrency: the body carries the version read; a stale one answers 409 and changes nothing.
 * A new email is announced to the old address once the change has committed.
 */
export async function updateEmployee(db: Db, opts: { actor: Actor; id: string; mailer: Mailer } & EmployeeUpdateInput) {
  const { actor, id, version, mailer, ...input } = opts;
  const emailChange = await db
    .transaction(async (tx): Promise<EmailChange | null> => {
      const { detail, facts } = await findVisibleEmployee(tx, actor, id);
      if (!canEditEmployee(actor, facts)) throw forbidden();
      if (detail.version !== version) throw conflict();

      const next: Partial<Record<Editable, string | null>> = {};
      for (const k of EDITABLE) {
        const v = input[k];
        if (v === undefined) continue;
        const value = k === 'email' && v ? v.toLowerCase() : v;
        if (value !== detail[k]) next[k] = value;
      }
      const changed = EDITABLE.filter((k) => k in next);
      if (!changed.length) return null;
      if ('email' in next && !canChangeEmail(actor, facts)) throw forbidden();

      const fields: FieldErrors = {};
      await checkEmployeeUnique(tx, fields, { employeeNumber: next.employeeNumber ?? undefined, email: next.email ?? undefined }, id);
      if ('departmentId' in next) await checkDepartmentExists(tx, fields, 'departmentId', next.departmentId);
      if ('managerId' in next) await checkManager(tx, fields, id, next.managerId);
      throwIfAny(fields);

      const [row] = await tx
        .update(employees)
        .set({ ...(next as Partial<typeof employees.$inferInsert>), version: sql`${employees.version} + 1`, updatedAt: new Date() })
        .where(and(eq(employees.id, id), eq(employees.version, version)))
        .returning({ version: employees.version });
      if (!row) throw conflict();
      await audit(tx, {
        actor,
        action: 'employee.update',
        entityType: 'employee',
        entityId: id,
        detail: { changed, version: row.version },
      });
      if (!('email' in next)) return null;
      await dropResetLinks(tx, [id]);
      const name = { familyName: next.familyName ?? detail.familyName, givenName: next.givenName ?? detail.givenName };
      return { oldEmail: detail.email, newEmail: next.email!, locale: next.locale ?? detail.locale, ...name };
    })
    .catch(rethrowUniqueViolation);
  if (emailChange) await mailEmailChanged(db, mailer, [emailChange]);
  return getEmployee(db, { actor, id });
}
