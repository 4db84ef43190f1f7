import { eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { departments, employees } from '../../db/schema';
import { Email } from '../auth/schemas';
import { DepartmentCode, EmployeeNumber, KANA_RE, LIMITS, toKatakana } from '../directory/schemas';
import type { EmployeeField, ParsedFile } from './columns';
import {
  type CheckedRow,
  CsvDate,
  checkFields,
  type FieldRule,
  finish,
  flagDuplicates,
  nodesOnCycles,
  oneOf,
} from './rows';
import { batches, byDepth, excluded, type Progress } from './write';

export type EmployeeData = Partial<Record<EmployeeField, string | null>>;

// Half-width katakana from older systems becomes full-width (NFKC); hiragana becomes katakana.
const Kana = z
  .string()
  .transform((v) => v.normalize('NFKC'))
  .pipe(z.string().max(LIMITS.kana).regex(KANA_RE, { message: 'directory.errors.kana' }))
  .transform(toKatakana);
const text = (max: number) => z.string().max(max);

/** Per-column rules; the limits and patterns come from the directory's shared schemas. */
const RULES: Record<EmployeeField, FieldRule> = {
  employeeNumber: { schema: EmployeeNumber, empty: 'required' },
  familyName: { schema: text(LIMITS.name), empty: 'required' },
  givenName: { schema: text(LIMITS.name), empty: 'required' },
  familyNameKana: { schema: Kana },
  givenNameKana: { schema: Kana },
  email: { schema: Email.transform((v) => v.toLowerCase()), empty: 'required' },
  departmentCode: { schema: DepartmentCode },
  jobTitle: { schema: text(LIMITS.jobTitle) },
  grade: { schema: text(LIMITS.grade) },
  managerNumber: { schema: EmployeeNumber },
  hireDate: { schema: CsvDate },
  status: {
    schema: oneOf({ active: 'active', retired: 'retired', 在籍: 'active', 退職: 'retired' }, 'import.errors.status'),
    empty: 'active',
  },
  locale: { schema: oneOf({ ja: 'ja', en: 'en', 日本語: 'ja', english: 'en', 英語: 'en' }, 'import.errors.locale'), empty: 'ja' },
};

/** What the checks need from the database, read in two queries (never one per row). */
type Context = {
  departmentIds: Map<string, string>;
  existing: Map<string, { id: string; managerNumber: string | null; status: string }>;
  emailOwner: Map<string, string>;
};

async function loadContext(db: Db): Promise<Context> {
  const depts = await db.select({ id: departments.id, code: departments.code }).from(departments);
  const m = alias(employees, 'm');
  const people = await db
    .select({
      id: employees.id,
      number: employees.employeeNumber,
      email: employees.email,
      status: employees.status,
      managerNumber: m.employeeNumber,
    })
    .from(employees)
    .leftJoin(m, eq(m.id, employees.managerId));
  const existing = new Map(people.map((p) => [p.number, { id: p.id, managerNumber: p.managerNumber, status: p.status }]));
  return {
    departmentIds: new Map(depts.map((d) => [d.code, d.id])),
    existing,
    emailOwner: new Map(people.map((p) => [p.email, p.number])),
  };
}

export async function checkEmployees(db: Db, file: ParsedFile<EmployeeField>) {
  const ctx = await loadContext(db);
  const rows: CheckedRow<EmployeeData>[] = file.rows.map((r) => {
    const { data, errors } = checkFields(r.values, RULES);
    if (r.extraCells) errors.push({ field: '_', key: 'import.errors.extraCells' });
    return { line: r.line, ok: false, data, errors };
  });
  flagDuplicates(rows, (d) => d.employeeNumber, 'employeeNumber');
  flagDuplicates(rows, (d) => d.email, 'email');

  const fileManager = new Map<string, string | null>();
  const fileStatus = new Map<string, string | null | undefined>();
  for (const r of rows) {
    const num = r.data.employeeNumber;
    if (num && !fileManager.has(num)) {
      fileManager.set(num, r.data.managerNumber ?? null);
      fileStatus.set(num, r.data.status);
    }
  }
  // Status after the import: the file's when it has the column, else the stored one (new people: active).
  const statusOf = (num: string) => fileStatus.get(num) ?? ctx.existing.get(num)?.status ?? 'active';
  const hasManagers = file.columns.some((c) => c.field === 'managerNumber');
  for (const r of rows) {
    const d = r.data;
    if (d.departmentCode && !ctx.departmentIds.has(d.departmentCode)) {
      r.errors.push({ field: 'departmentCode', key: 'import.errors.unknownDepartment', params: { code: d.departmentCode } });
    }
    const owner = d.email ? ctx.emailOwner.get(d.email) : undefined;
    if (owner && owner !== d.employeeNumber) {
      r.errors.push({ field: 'email', key: 'import.errors.emailTaken', params: { number: owner } });
    }
    const mgr = d.managerNumber;
    if (mgr && mgr === d.employeeNumber) r.errors.push({ field: 'managerNumber', key: 'import.errors.selfManager' });
    else if (mgr && !fileManager.has(mgr) && !ctx.existing.has(mgr)) {
      r.errors.push({ field: 'managerNumber', key: 'import.errors.unknownManager', params: { number: mgr } });
    } else if (mgr && d.employeeNumber && statusOf(d.employeeNumber) === 'active' && statusOf(mgr) !== 'active') {
      // Like the directory, a retired person cannot become someone's manager; a link already
      // stored is kept (people keep their manager when the manager retires), so exports re-import.
      if (ctx.existing.get(d.employeeNumber)?.managerNumber !== mgr) {
        r.errors.push({ field: 'managerNumber', key: 'import.errors.managerRetired', params: { number: mgr } });
      }
    }
  }
  if (hasManagers) {
    // The chain after the import: the file's manager for people in it, the stored one for others.
    const parentOf = (k: string) => (fileManager.has(k) ? fileManager.get(k) : ctx.existing.get(k)?.managerNumber);
    const cyclic = nodesOnCycles(fileManager.keys(), parentOf);
    for (const r of rows) {
      const num = r.data.employeeNumber;
      if (num && cyclic.has(num) && r.data.managerNumber !== num) {
        r.errors.push({ field: 'managerNumber', key: 'import.errors.managerCycle' });
      }
    }
  }
  const fields = new Set(file.columns.map((c) => c.field));
  return {
    rows: finish(rows),
    existing: (d: EmployeeData) => !!d.employeeNumber && ctx.existing.has(d.employeeNumber),
    write: (tx: Db, onProgress: Progress) => writeEmployees(tx, ctx, rows.map((r) => r.data), fields, onProgress),
  };
}

/** The table property each updatable CSV field is stored in. */
const PROP_OF = {
  familyName: 'familyName',
  givenName: 'givenName',
  familyNameKana: 'familyNameKana',
  givenNameKana: 'givenNameKana',
  email: 'email',
  departmentCode: 'departmentId',
  jobTitle: 'jobTitle',
  grade: 'grade',
  hireDate: 'hireDate',
  status: 'status',
  locale: 'locale',
} as const;

/**
 * Upserts valid rows by employee number, one multi-row INSERT … ON CONFLICT per batch. Rows go in
 * depth order (managers before their reports), so every manager's id is known when a report is
 * written, wherever the manager appears in the file: one write per row, no second pass.
 * Columns absent from the file are left alone on existing people; unchanged rows are not touched.
 */
async function writeEmployees(
  db: Db,
  ctx: Context,
  rows: EmployeeData[],
  fields: ReadonlySet<EmployeeField>,
  onProgress: Progress,
): Promise<{ created: number; updated: number }> {
  const withManager = fields.has('managerNumber');
  const props: (keyof typeof employees.$inferInsert)[] = (Object.keys(PROP_OF) as (keyof typeof PROP_OF)[])
    .filter((f) => fields.has(f))
    .map((f) => PROP_OF[f]);
  if (withManager) props.push('managerId');
  const updatable = props.map((p) => employees[p]);
  const set: Record<string, SQL> = Object.fromEntries(props.map((p, i) => [p, excluded(updatable[i]!)]));
  if (fields.has('status')) {
    set.retiredOn = sql`case when excluded.status = 'retired' then coalesce(${employees.retiredOn}, excluded.retired_on) end`;
  }
  set.version = sql`${employees.version} + 1`;
  set.updatedAt = sql`now()`;
  const changedWhere = sql`(${sql.join(updatable, sql`, `)}) is distinct from (${sql.join(updatable.map(excluded), sql`, `)})`;

  const idOf = new Map([...ctx.existing].map(([num, e]) => [num, e.id]));
  const levels = withManager ? byDepth(rows, (d) => d.employeeNumber!, (d) => d.managerNumber) : [rows];
  let created = 0;
  let updated = 0;
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
        if (fields.has('departmentCode')) v.departmentId = d.departmentCode ? ctx.departmentIds.get(d.departmentCode)! : null;
        if (fields.has('jobTitle')) v.jobTitle = d.jobTitle ?? null;
        if (fields.has('grade')) v.grade = d.grade ?? null;
        if (fields.has('hireDate')) v.hireDate = d.hireDate ?? null;
        if (withManager) v.managerId = d.managerNumber ? idOf.get(d.managerNumber)! : null;
        if (fields.has('status')) {
          v.status = d.status ?? 'active';
          v.retiredOn = v.status === 'retired' ? (sql`current_date` as unknown as string) : null;
        }
        if (fields.has('locale')) v.locale = d.locale ?? 'ja';
        return v;
      });
      const result = await db
        .insert(employees)
        .values(values)
        .onConflictDoUpdate({ target: employees.employeeNumber, set, setWhere: changedWhere })
        .returning({ id: employees.id, number: employees.employeeNumber, inserted: sql<boolean>`(xmax = 0)` });
      for (const r of result) {
        idOf.set(r.number, r.id);
        if (r.inserted) created++;
        else updated++;
      }
      done += batch.length;
      await onProgress({ done, total: rows.length });
    }
  }
  return { created, updated };
}
