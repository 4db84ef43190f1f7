import { z } from 'zod';
import { SINGLE_LINE } from '../shared/schemas';
import type { Db } from '../../db/client';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../actor';
import { Email } from '../auth/schemas';
import { mailEmailChanged } from '../directory/email-change';
import { DepartmentCode, EmployeeNumber, KANA_RE, LIMITS, toKatakana } from '../directory/schemas';
import type { EmployeeField, ParsedFile } from './columns';
import { type ChangeableField, changedFields, type EmployeeData, protectionErrors } from './employee-changes';
import { writeEmployees } from './employees-write';
import { type CheckedRow, CsvDate, checkFields, type FieldRule, finish, flagDuplicates, nodesOnCycles, oneOf } from './rows';
import type { Finish, Progress } from './write';
import { loadContext } from './employees-context';
import { forEachInSlices, mapInSlices, yieldToLoop } from '../shared/pace';

export type { EmployeeData };

// Half-width katakana from older systems becomes full-width (NFKC); hiragana becomes katakana.
const Kana = z
  .string()
  .transform((v) => v.normalize('NFKC'))
  .pipe(z.string().max(LIMITS.kana).regex(KANA_RE, { message: 'directory.errors.kana' }))
  .transform(toKatakana);
const text = (max: number) => z.string().max(max);
// Names are quoted in mails and invitations: one line. (A job title may keep a line break an older system stored.)
const name = (max: number) => text(max).regex(SINGLE_LINE, { message: 'errors.singleLine' });

/** Per-column rules; the limits and patterns come from the directory's shared schemas. */
const RULES: Record<EmployeeField, FieldRule> = {
  employeeNumber: { schema: EmployeeNumber, empty: 'required' },
  familyName: { schema: name(LIMITS.name), empty: 'required' },
  givenName: { schema: name(LIMITS.name), empty: 'required' },
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

export async function checkEmployees(db: Db, file: ParsedFile<EmployeeField>, actor: Actor) {
  const ctx = await loadContext(db);
  // Field checks are most of the CPU time of a large file: done in slices, other requests go on meanwhile.
  const rows: CheckedRow<EmployeeData>[] = await mapInSlices(file.rows, (r) => {
    const { data, errors } = checkFields(r.values, RULES);
    if (r.extraCells) errors.push({ field: '_', key: 'import.errors.extraCells' });
    return { line: r.line, ok: false, data, errors };
  });
  // Whole-file passes (duplicates, cycles) are a few ms per 10,000 rows each: a turn of the event loop between them.
  flagDuplicates(rows, (d) => d.employeeNumber, 'employeeNumber');
  await yieldToLoop();
  flagDuplicates(rows, (d) => d.email, 'email');
  await yieldToLoop();

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
  await forEachInSlices(rows, (r) => {
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
  });
  if (hasManagers) {
    await yieldToLoop();
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
  // Rows that change an existing person go through the directory's policy, with the importer as actor.
  const changes = new Map<string, ChangeableField[]>();
  await forEachInSlices(rows, (r) => {
    const num = r.data.employeeNumber;
    const stored = num ? ctx.existing.get(num) : undefined;
    if (!num || !stored) return;
    const changed = changedFields(r.data, stored, fields);
    if (changed.length) changes.set(num, changed);
    r.errors.push(...protectionErrors(actor, stored, changed));
  });
  return {
    rows: finish(rows),
    existing: (d: EmployeeData) => !!d.employeeNumber && ctx.existing.has(d.employeeNumber),
    write: async (db: Db, onProgress: Progress, complete: Finish) => {
      const data = rows.map((r) => r.data);
      const input = { actor, departmentIds: ctx.departmentIds, existing: ctx.existing, rows: data, fields, changes };
      const { created, updated, emailChanges } = await writeEmployees(db, input, onProgress, complete);
      const notify = (db: Db, mailer: Mailer) => mailEmailChanged(db, mailer, emailChanges);
      return { created, updated, notify };
    },
  };
}
