import { and, asc, eq, gt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { type EmployeeFilters, employeeListQuery } from '../directory/employees-read';
import { EmployeeListQuery } from '../directory/schemas';
import { forbidden } from '../errors';
import { type ColumnDef, DEPARTMENT_COLUMNS, EMPLOYEE_COLUMNS } from './columns';

/**
 * A person's columns as the employee CSV has them (the manager and department by their codes), read with
 * `m` an alias of employees joined as the manager: one selection for the export and the import's check.
 */
export const csvPersonColumns = (m: ReturnType<typeof alias<typeof employees, 'm'>>) => ({
  familyName: employees.familyName,
  givenName: employees.givenName,
  familyNameKana: employees.familyNameKana,
  givenNameKana: employees.givenNameKana,
  email: employees.email,
  departmentCode: departments.code,
  jobTitle: employees.jobTitle,
  grade: employees.grade,
  managerNumber: m.employeeNumber,
  hireDate: employees.hireDate,
  status: employees.status,
  locale: employees.locale,
});
import { CSV_BOM, csvLine } from './csv';
import { can } from '../capabilities';

/** The list's filters without paging: an export is the whole filtered list. */
export const ExportQuery = EmployeeListQuery.omit({ page: true, pageSize: true });
export type ExportFilters = EmployeeFilters;

/** Rows per query while streaming: memory stays flat however large the directory is. */
const PAGE = 1000;

const STATUS_LABEL = { ja: { active: '在籍', retired: '退職' }, en: { active: 'active', retired: 'retired' } } as const;

/** Japanese users get the Japanese headers, others the English ones; the import reads both. */
const headerLine = (defs: readonly ColumnDef[], actor: Actor) => csvLine(defs.map((d) => (actor.locale === 'ja' ? d.ja : d.en)));

/**
 * Employee CSV in the import's column order, so the file re-imports unchanged. Permission and the
 * audit row come first (a refused export fails before any byte); the rows are then paged through
 * by employee number (keyset), never held in memory at once.
 */
export async function exportEmployees(db: Db, opts: { actor: Actor; filters: ExportFilters }): Promise<AsyncGenerator<string>> {
  const { actor, filters } = opts;
  if (!can(actor, 'exportEmployees')) throw forbidden();
  await audit(db, { actor, action: 'employee.export', entityType: 'employee', detail: { filters } });
  const m = alias(employees, 'm');
  // The directory list's own filters (scope, status, grade, department subtree, search), not a copy.
  const { where } = employeeListQuery(actor, filters);
  const status = STATUS_LABEL[actor.locale];

  async function* lines() {
    yield CSV_BOM + headerLine(EMPLOYEE_COLUMNS, actor);
    let after: string | null = null;
    for (;;) {
      const page = await db
        .select({
          employeeNumber: employees.employeeNumber,
          ...csvPersonColumns(m),
        })
        .from(employees)
        .leftJoin(departments, eq(departments.id, employees.departmentId))
        .leftJoin(m, eq(m.id, employees.managerId))
        .where(and(where, after === null ? undefined : gt(employees.employeeNumber, after)))
        .orderBy(asc(employees.employeeNumber))
        .limit(PAGE);
      if (page.length === 0) return;
      let chunk = '';
      for (const e of page) {
        const label = e.status === 'retired' ? status.retired : status.active;
        chunk += csvLine(EMPLOYEE_COLUMNS.map((c) => (c.field === 'status' ? label : e[c.field])));
      }
      yield chunk;
      if (page.length < PAGE) return;
      after = page[page.length - 1]!.employeeNumber;
    }
  }
  return lines();
}

/** Department CSV (code, name, English name, parent code); the import accepts parents in any order. */
export async function exportDepartments(db: Db, opts: { actor: Actor }): Promise<AsyncGenerator<string>> {
  const { actor } = opts;
  if (!can(actor, 'exportEmployees')) throw forbidden();
  await audit(db, { actor, action: 'department.export', entityType: 'department' });
  const p = alias(departments, 'p');

  async function* lines() {
    yield CSV_BOM + headerLine(DEPARTMENT_COLUMNS, actor);
    const rows = await db
      .select({ code: departments.code, name: departments.name, nameEn: departments.nameEn, parentCode: p.code })
      .from(departments)
      .leftJoin(p, eq(p.id, departments.parentId))
      .orderBy(asc(departments.code));
    let chunk = '';
    for (const d of rows) chunk += csvLine(DEPARTMENT_COLUMNS.map((c) => d[c.field]));
    yield chunk;
  }
  return lines();
}
