import type { Db } from '../../db/client';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../actor';
import type { AuditAction, AuditEntityType } from '../audit/actions';
import { audit } from '../audit/audit';
import { DomainError, forbidden } from '../errors';
import { type ColumnDef, DEPARTMENT_COLUMNS, EMPLOYEE_COLUMNS, mapColumns, type ParsedFile } from './columns';
import { decodeCsv, parseCsv } from './csv';
import { checkDepartments } from './departments';
import { checkEmployees } from './employees';
import type { CheckedRow } from './rows';
import type { Progress } from './write';
import { can } from '../capabilities';

export const IMPORT_KINDS = ['employees', 'departments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

type Data = Record<string, string | null>;
type Kind = {
  columns: readonly ColumnDef[];
  /**
   * Validates every row, the actor's right to each change included; `write` then writes the valid
   * file with what the check already loaded, and `notify` (if any) mails people once it committed.
   */
  check: (
    db: Db,
    file: ParsedFile<string>,
    actor: Actor,
  ) => Promise<{
    rows: CheckedRow<Data>[];
    existing: (d: Data) => boolean;
    write: (db: Db, p: Progress) => Promise<{ created: number; updated: number; notify?: (db: Db, mailer: Mailer) => Promise<void> }>;
  }>;
  action: AuditAction;
  entityType: AuditEntityType;
};

// The two imports differ only in their columns, checks and writes; the flow around them is shared.
const KINDS = {
  employees: { columns: EMPLOYEE_COLUMNS, check: checkEmployees, action: 'employee.import', entityType: 'employee' },
  departments: { columns: DEPARTMENT_COLUMNS, check: checkDepartments, action: 'department.import', entityType: 'department' },
} as unknown as Record<ImportKind, Kind>;

export type CheckedImport = {
  kind: ImportKind;
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
  return summarise(kind, file, await KINDS[kind].check(db, file, actor));
}

function summarise(
  kind: ImportKind,
  file: ParsedFile<string>,
  { rows, existing }: { rows: CheckedRow<Data>[]; existing: (d: Data) => boolean },
): CheckedImport {
  const valid = rows.filter((r) => r.ok);
  const existingCount = valid.filter((r) => existing(r.data)).length;
  return {
    kind,
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
  const file = mapColumns(parseCsv(decodeCsv(opts.bytes)), KINDS[opts.kind].columns);
  return check(db, opts.actor, opts.kind, file);
}

export type ImportResult = { created: number; updated: number; unchanged: number; total: number };

/**
 * Writes a checked file all-or-nothing in one transaction. The file is checked again inside the
 * transaction, so a change made since the preview cannot slip through; one audit row sums it up
 * (besides the kind's own rows per record). Mails (e.g. to old email addresses) go after the commit.
 */
export async function commitImport(
  db: Db,
  opts: { actor: Actor; checked: CheckedImport; source: 'web' | 'cli' | 'seed-demo'; onProgress?: Progress; mailer?: Mailer },
): Promise<ImportResult> {
  const { actor, checked } = opts;
  if (!can(actor, 'importEmployees')) throw forbidden();
  if (checked.invalid > 0) throw new ImportRejected(checked);
  const kind = KINDS[checked.kind];
  const { result, notify } = await db.transaction(async (tx) => {
    const again = await kind.check(tx, checked.file, actor);
    if (again.rows.some((r) => !r.ok)) throw new ImportRejected(summarise(checked.kind, checked.file, again));
    const { created, updated, notify } = await again.write(tx, opts.onProgress ?? (() => {}));
    const total = again.rows.length;
    const result = { created, updated, unchanged: total - created - updated, total };
    const columns = checked.file.columns.map((c) => c.field);
    await audit(tx, { actor, action: kind.action, entityType: kind.entityType, detail: { source: opts.source, columns, ...result } });
    return { result, notify };
  });
  if (notify && opts.mailer) await notify(db, opts.mailer);
  return result;
}
