import type { Db } from '../../db/client';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../actor';
import type { AuditAction, AuditEntityType } from '../audit/actions';
import { audit } from '../audit/audit';
import { DomainError, forbidden } from '../errors';
import { CAREER_PATH_COLUMNS, type ColumnDef, DEPARTMENT_COLUMNS, EMPLOYEE_COLUMNS, mapColumns, type ParsedFile } from './columns';
import { checkCareerPaths } from './career-paths';
import { decodeCsv, parseCsvInSlices } from './csv';
import { checkDepartments } from './departments';
import { checkEmployees } from './employees';
import type { CheckedRow } from './rows';
import type { Finish, Progress } from './write';
import { can } from '../capabilities';

export const IMPORT_KINDS = ['employees', 'departments', 'careerPaths'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

type Data = Record<string, string | null>;
type Write = (
  db: Db,
  onProgress: Progress,
  finish: Finish,
) => Promise<{ created: number; updated: number; notify?: (db: Db, mailer: Mailer) => Promise<void> }>;
type Kind = {
  columns: readonly ColumnDef[];
  /**
   * Validates every row, the actor's right to each change included; `write` then writes the valid
   * file with what the check already loaded, runs `finish` in the transaction that makes it final, and
   * `notify` (if any) mails people once it committed.
   */
  check: (
    db: Db,
    file: ParsedFile<string>,
    actor: Actor,
  ) => Promise<{ rows: CheckedRow<Data>[]; existing: (d: Data) => boolean; write: Write }>;
  /**
   * 'chunks': the write runs its own short transactions, each checking what it touches against what the
   * check read (employees: files of 100,000 people; see journal.ts). 'one': the caller's transaction, with
   * the whole file checked again inside it (departments: a few hundred rows).
   */
  transactions: 'chunks' | 'one';
  action: AuditAction;
  entityType: AuditEntityType;
};

// The imports differ only in their columns, checks and writes; the flow around them is shared.
const KINDS = {
  employees: {
    columns: EMPLOYEE_COLUMNS,
    check: checkEmployees,
    transactions: 'chunks',
    action: 'employee.import',
    entityType: 'employee',
  },
  departments: {
    columns: DEPARTMENT_COLUMNS,
    check: checkDepartments,
    transactions: 'one',
    action: 'department.import',
    entityType: 'department',
  },
  // The whole career map, a few hundred roles: one transaction, written as its next version (issue 18).
  careerPaths: {
    columns: CAREER_PATH_COLUMNS,
    check: checkCareerPaths,
    transactions: 'one',
    action: 'career.import',
    entityType: 'career',
  },
} as unknown as Record<ImportKind, Kind>;

export type CheckedImport = {
  kind: ImportKind;
  /** Writes this file with what its check read, as the person it was checked for (kept for commitImport; never presented). */
  write: Write;
  checkedFor: string;
  file: ParsedFile<string>;
  rows: CheckedRow<Data>[];
  total: number;
  valid: number;
  invalid: number;
  /** Valid rows that will create a record, and those that match an existing one (updated if changed). */
  newCount: number;
  existingCount: number;
};

/** Some rows are invalid: nothing is written; the rows travel with the error for the caller to show. */
export class ImportRejected extends DomainError {
  constructor(readonly checked: CheckedImport) {
    super(400, 'import.errors.invalidRows', { count: checked.invalid });
  }
}

async function check(db: Db, actor: Actor, kind: ImportKind, file: ParsedFile<string>): Promise<CheckedImport> {
  return summarise(kind, file, actor, await KINDS[kind].check(db, file, actor));
}

function summarise(
  kind: ImportKind,
  file: ParsedFile<string>,
  actor: Actor,
  { rows, existing, write }: { rows: CheckedRow<Data>[]; existing: (d: Data) => boolean; write: Write },
): CheckedImport {
  const valid = rows.filter((r) => r.ok);
  const existingCount = valid.filter((r) => existing(r.data)).length;
  return {
    kind,
    write,
    checkedFor: actor.id,
    file,
    rows,
    total: rows.length,
    valid: valid.length,
    invalid: rows.length - valid.length,
    newCount: valid.length - existingCount,
    existingCount,
  };
}

/** Reads and validates a file (every row, every error) and writes nothing: the preview. */
export async function checkImport(db: Db, opts: { actor: Actor; kind: ImportKind; bytes: Uint8Array }): Promise<CheckedImport> {
  if (!can(opts.actor, 'importEmployees')) throw forbidden();
  const file = await mapColumns(await parseCsvInSlices(decodeCsv(opts.bytes)), KINDS[opts.kind].columns);
  return check(db, opts.actor, opts.kind, file);
}

export type ImportResult = { created: number; updated: number; unchanged: number; total: number };

/**
 * Writes a checked file all-or-nothing. Employees: in short transactions that each check the people they
 * touch against what the check read, undone as a whole if one fails (so a change made since the preview
 * cannot slip through, and other requests are answered meanwhile). Departments: in one transaction with the
 * file checked again inside it. One audit row sums it up, written with the change that makes it final
 * (besides the kind's own rows per record). Mails (e.g. to old email addresses) go after it.
 */
export async function commitImport(
  db: Db,
  opts: { actor: Actor; checked: CheckedImport; source: 'web' | 'cli' | 'seed-demo'; onProgress?: Progress; mailer?: Mailer },
): Promise<ImportResult> {
  const { actor, checked } = opts;
  // The check decided what this actor may change: another one's check is not theirs to write.
  if (!can(actor, 'importEmployees') || checked.checkedFor !== actor.id) throw forbidden();
  if (checked.invalid > 0) throw new ImportRejected(checked);
  const kind = KINDS[checked.kind];
  const onProgress = opts.onProgress ?? (() => {});
  const total = checked.rows.length;
  let result: ImportResult | undefined;
  const finish: Finish = async (tx, { created, updated }) => {
    result = { created, updated, unchanged: total - created - updated, total };
    const columns = checked.file.columns.map((c) => c.field);
    await audit(tx, { actor, action: kind.action, entityType: kind.entityType, detail: { source: opts.source, columns, ...result } });
  };
  const { notify } =
    kind.transactions === 'chunks'
      ? await checked.write(db, onProgress, finish)
      : await db.transaction(async (tx) => {
          const again = await kind.check(tx, checked.file, actor);
          if (again.rows.some((r) => !r.ok)) throw new ImportRejected(summarise(checked.kind, checked.file, actor, again));
          return again.write(tx, onProgress, finish);
        });
  if (notify && opts.mailer) await notify(db, opts.mailer);
  return result!;
}
