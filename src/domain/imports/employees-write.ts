import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import type { Actor } from '../actor';
import { type AuditEntry, auditMany } from '../audit/audit';
import type { EmailChange } from '../directory/email-change';
import { dropResetLinks, signOutRetired } from '../directory/employees-status';
import type { EmployeeField } from './columns';
import type { ChangeableField, EmployeeData, StoredPerson } from './employee-changes';
import { batches, byDepth, excluded, type Progress } from './write';
import { companyTodaySql } from '../shared/calendar-sql';

/** The table property each changeable CSV field is stored in (also the field names the audit uses). */
const PROP_OF = {
  familyName: 'familyName',
  givenName: 'givenName',
  familyNameKana: 'familyNameKana',
  givenNameKana: 'givenNameKana',
  email: 'email',
  departmentCode: 'departmentId',
  jobTitle: 'jobTitle',
  grade: 'grade',
  managerNumber: 'managerId',
  hireDate: 'hireDate',
  status: 'status',
  locale: 'locale',
} as const satisfies Record<ChangeableField, keyof typeof employees.$inferInsert>;

export type WriteInput = {
  actor: Actor;
  departmentIds: ReadonlyMap<string, string>;
  existing: ReadonlyMap<string, StoredPerson>;
  rows: EmployeeData[];
  fields: ReadonlySet<EmployeeField>;
  /** Per employee number, the fields the check found the row changes on an existing person. */
  changes: ReadonlyMap<string, readonly ChangeableField[]>;
};
export type WriteResult = { created: number; updated: number; emailChanges: EmailChange[] };

/**
 * Upserts valid rows by employee number, one multi-row INSERT … ON CONFLICT per batch. Rows go in
 * depth order (managers before their reports), so every manager's id is known when a report is
 * written, wherever the manager appears in the file: one write per row, no second pass.
 * Columns absent from the file are left alone on existing people; unchanged rows are not touched.
 * Each person created or changed gets their own audit row (who, which fields), one insert per batch.
 */
export async function writeEmployees(db: Db, input: WriteInput, onProgress: Progress): Promise<WriteResult> {
  const { fields, rows, existing, departmentIds } = input;
  const withManager = fields.has('managerNumber');
  const props = (Object.keys(PROP_OF) as ChangeableField[]).filter((f) => fields.has(f)).map((f) => PROP_OF[f]);
  const updatable = props.map((p) => employees[p]);
  const set: Record<string, SQL> = Object.fromEntries(props.map((p, i) => [p, excluded(updatable[i]!)]));
  if (fields.has('status')) {
    set.retiredOn = sql`case when excluded.status = 'retired' then coalesce(${employees.retiredOn}, excluded.retired_on) end`;
  }
  set.version = sql`${employees.version} + 1`;
  set.updatedAt = sql`now()`;
  const changedWhere = sql`(${sql.join(updatable, sql`, `)}) is distinct from (${sql.join(updatable.map(excluded), sql`, `)})`;

  const idOf = new Map([...existing].map(([num, e]) => [num, e.id]));
  const levels = withManager
    ? byDepth(
        rows,
        (d) => d.employeeNumber!,
        (d) => d.managerNumber,
      )
    : [rows];
  const result: WriteResult = { created: 0, updated: 0, emailChanges: [] };
  let done = 0;
  for (const level of levels) {
    for (const batch of batches(level)) {
      const values = batch.map((d) => {
        const v: typeof employees.$inferInsert = {
          employeeNumber: d.employeeNumber!,
          familyName: d.familyName!,
          givenName: d.givenName!,
          email: d.email!,
        };
        if (fields.has('familyNameKana')) v.familyNameKana = d.familyNameKana ?? null;
        if (fields.has('givenNameKana')) v.givenNameKana = d.givenNameKana ?? null;
        if (fields.has('departmentCode')) v.departmentId = d.departmentCode ? departmentIds.get(d.departmentCode)! : null;
        if (fields.has('jobTitle')) v.jobTitle = d.jobTitle ?? null;
        if (fields.has('grade')) v.grade = d.grade ?? null;
        if (fields.has('hireDate')) v.hireDate = d.hireDate ?? null;
        if (withManager) v.managerId = d.managerNumber ? idOf.get(d.managerNumber)! : null;
        if (fields.has('status')) {
          v.status = d.status ?? 'active';
          v.retiredOn = v.status === 'retired' ? (companyTodaySql() as unknown as string) : null;
        }
        if (fields.has('locale')) v.locale = d.locale ?? 'ja';
        return v;
      });
      const written = await db
        .insert(employees)
        .values(values)
        .onConflictDoUpdate({ target: employees.employeeNumber, set, setWhere: changedWhere })
        .returning({
          id: employees.id,
          number: employees.employeeNumber,
          version: employees.version,
          inserted: sql<boolean>`(xmax = 0)`,
        });
      const byNumber = new Map(batch.map((d) => [d.employeeNumber!, d]));
      const entries: AuditEntry[] = [];
      for (const w of written) {
        idOf.set(w.number, w.id);
        const d = byNumber.get(w.number)!;
        if (w.inserted) result.created++;
        else result.updated++;
        entries.push(auditEntry(input, w, d));
        const stored = existing.get(w.number);
        if (!w.inserted && stored && input.changes.get(w.number)?.includes('email')) {
          const after = (f: 'familyName' | 'givenName' | 'locale') => d[f] ?? stored[f] ?? '';
          result.emailChanges.push({
            oldEmail: stored.email!,
            newEmail: d.email!,
            locale: after('locale'),
            familyName: after('familyName'),
            givenName: after('givenName'),
          });
        }
      }
      await auditMany(db, entries);
      // As in the directory: a retired person is signed out, and a new address voids pending reset links.
      const changedTo = (f: ChangeableField) => written.filter((w) => !w.inserted && input.changes.get(w.number)?.includes(f));
      await signOutRetired(
        db,
        changedTo('status')
          .filter((w) => byNumber.get(w.number)!.status === 'retired')
          .map((w) => w.id),
      );
      await dropResetLinks(
        db,
        changedTo('email').map((w) => w.id),
      );
      done += batch.length;
      await onProgress({ done, total: rows.length });
    }
  }
  return result;
}

/** One person's audit row, shaped like the directory's own create and update entries. */
function auditEntry(input: WriteInput, w: { id: string; number: string; version: number; inserted: boolean }, d: EmployeeData): AuditEntry {
  const base = { actor: input.actor, entityType: 'employee' as const, entityId: w.id };
  if (w.inserted) {
    const fields = (Object.keys(PROP_OF) as ChangeableField[]).filter((f) => input.fields.has(f) && d[f] != null).map((f) => PROP_OF[f]);
    return { ...base, action: 'employee.create', detail: { source: 'import', employeeNumber: w.number, fields } };
  }
  const changed = (input.changes.get(w.number) ?? []).map((f) => PROP_OF[f]);
  return { ...base, action: 'employee.update', detail: { source: 'import', employeeNumber: w.number, changed, version: w.version } };
}
