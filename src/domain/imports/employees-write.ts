import { randomUUID } from 'node:crypto';
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import type { Actor } from '../actor';
import { type AuditEntry, auditMany } from '../audit/audit';
import type { EmailChange } from '../directory/email-change';
import { dropResetLinks, signOutRetired } from '../directory/employees-status';
import type { EmployeeField } from './columns';
import type { ChangeableField, EmployeeData, StoredPerson } from './employee-changes';
import { storedPeople } from './employees-context';
import { changedMeanwhile, closeRun, openChunk, recordChunk, undoRun } from './journal';
import { batches, byDepth, excluded, type Progress } from './write';
import { yieldToLoop } from '../shared/pace';
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
 * A chunk: level slices (one upsert each) written in one transaction. On PGlite the statements run on this
 * thread (WebAssembly) one after another, so a chunk is what other requests wait for at most: 200 rows are
 * 100–150 ms of work (measured, docs/decisions/0015); the next chunk starts after a turn of the event loop.
 */
type Chunk = EmployeeData[][];
const CHUNK_ROWS = 200;
const CHUNK_STATEMENTS = 20;

/** Levels (managers first) cut into chunks of at most CHUNK_ROWS rows and CHUNK_STATEMENTS upserts. */
function chunksOf(levels: EmployeeData[][]): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: Chunk = [];
  let rows = 0;
  for (const level of levels) {
    for (const batch of batches(level, CHUNK_ROWS)) {
      if (cur.length && (rows + batch.length > CHUNK_ROWS || cur.length >= CHUNK_STATEMENTS)) {
        chunks.push(cur);
        cur = [];
        rows = 0;
      }
      cur.push(batch);
      rows += batch.length;
    }
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}

/** The upsert's shape, the same for every statement of an import (the file's columns decide it). */
function upsertPlan(fields: ReadonlySet<EmployeeField>) {
  const props = (Object.keys(PROP_OF) as ChangeableField[]).filter((f) => fields.has(f)).map((f) => PROP_OF[f]);
  const updatable = props.map((p) => employees[p]);
  const set: Record<string, SQL> = Object.fromEntries(props.map((p, i) => [p, excluded(updatable[i]!)]));
  if (fields.has('status')) {
    set.retiredOn = sql`case when excluded.status = 'retired' then coalesce(${employees.retiredOn}, excluded.retired_on) end`;
  }
  set.version = sql`${employees.version} + 1`;
  set.updatedAt = sql`now()`;
  const changedWhere = sql`(${sql.join(updatable, sql`, `)}) is distinct from (${sql.join(updatable.map(excluded), sql`, `)})`;
  return { set, changedWhere };
}

type Ctx = {
  input: WriteInput;
  plan: ReturnType<typeof upsertPlan>;
  run: string;
  inFile: ReadonlySet<string>;
  idOf: Map<string, string>;
  result: WriteResult;
};

/**
 * Upserts valid rows by employee number, chunk by chunk, each chunk its own short transaction, so other
 * requests are answered between them; all-or-nothing is kept by the journal (journal.ts): each chunk first
 * checks that the people it touches are still as the check read them, records them, then writes; a failure
 * undoes the chunks written, and `finish` runs in the transaction that makes the import final.
 * Rows go in depth order (managers before their reports), so a manager's id is known when a report is
 * written. Columns absent from the file are left alone on existing people; unchanged rows are not touched.
 * Each person created or changed gets their own audit row (who, which fields), one insert per statement.
 */
export async function writeEmployees(
  db: Db,
  input: WriteInput,
  onProgress: Progress,
  finish: (tx: Db, result: WriteResult) => Promise<void>,
): Promise<WriteResult> {
  const { fields, rows } = input;
  const levels = fields.has('managerNumber')
    ? byDepth(
        rows,
        (d) => d.employeeNumber!,
        (d) => d.managerNumber,
      )
    : [rows];
  const ctx: Ctx = {
    input,
    plan: upsertPlan(fields),
    run: randomUUID(),
    inFile: new Set(rows.map((d) => d.employeeNumber!)),
    idOf: new Map([...input.existing].map(([num, e]) => [num, e.id])),
    result: { created: 0, updated: 0, emailChanges: [] },
  };
  const chunks = chunksOf(levels);
  await yieldToLoop();
  let done = 0;
  // Told after each statement (as rows are written), like a single transaction would.
  const written = async (n: number) => {
    done += n;
    await onProgress({ done, total: rows.length });
  };
  try {
    for (const [k, chunk] of chunks.entries()) {
      await db.transaction((tx) => writeChunk(tx, ctx, k, chunk, written));
      await yieldToLoop();
    }
    await db.transaction(async (tx) => {
      await closeRun(tx, ctx.run, chunks.length);
      await finish(tx, ctx.result);
    });
    return ctx.result;
  } catch (err) {
    // Should the undo fail too (the database gone), the journal stays and the next start undoes it; the
    // route logs the import's own failure, which is the cause.
    await undoRun(db, ctx.run, input.actor).catch(() => undefined);
    // A unique or foreign key the check saw free or present, taken or gone since: someone else's change.
    throw ['23505', '23503'].includes(sqlState(err) ?? '') ? changedMeanwhile() : err;
  }
}

/** The SQLSTATE of a database error, possibly wrapped by Drizzle. */
function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * The people of these rows, and the managers they name from outside the file, locked and compared with
 * what the check read: the check's conclusions (what changes, who may change it) hold only for that.
 */
async function guard(tx: Db, ctx: Ctx, rows: readonly EmployeeData[]) {
  const { existing } = ctx.input;
  const numbers = new Set<string>();
  for (const d of rows) {
    if (existing.has(d.employeeNumber!)) numbers.add(d.employeeNumber!);
    const mgr = d.managerNumber;
    if (mgr && !ctx.inFile.has(mgr) && existing.has(mgr)) numbers.add(mgr);
  }
  if (!numbers.size) return;
  await tx
    .select({ id: employees.id })
    .from(employees)
    .where(inArray(employees.employeeNumber, [...numbers]))
    .for('update');
  const now = await storedPeople(tx, [...numbers]);
  for (const n of numbers) if (JSON.stringify(now.get(n)) !== JSON.stringify(existing.get(n))) throw changedMeanwhile();
}

async function writeChunk(tx: Db, ctx: Ctx, k: number, chunk: Chunk, written: (rows: number) => Promise<void>) {
  await openChunk(tx, ctx.run, k);
  const rows = chunk.flat();
  await guard(tx, ctx, rows);
  // New people get their id here, so the journal names them before they are written.
  const created: string[] = [];
  const stored: string[] = [];
  for (const d of rows) {
    const person = ctx.input.existing.get(d.employeeNumber!);
    if (person) stored.push(person.id);
    else {
      const id = randomUUID();
      ctx.idOf.set(d.employeeNumber!, id);
      created.push(id);
    }
  }
  await recordChunk(tx, ctx.run, k, created, stored);
  for (const batch of chunk) {
    await writeBatch(tx, ctx, batch);
    await written(batch.length);
  }
}

/** One upsert (rows of one level), its audit rows, and what a changed address or a retirement ends. */
async function writeBatch(tx: Db, ctx: Ctx, batch: EmployeeData[]) {
  const { input, idOf, result } = ctx;
  const { fields, existing, departmentIds } = input;
  const values = batch.map((d) => {
    const v: typeof employees.$inferInsert = {
      id: idOf.get(d.employeeNumber!)!,
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
    if (fields.has('managerNumber')) v.managerId = d.managerNumber ? idOf.get(d.managerNumber)! : null;
    if (fields.has('status')) {
      v.status = d.status ?? 'active';
      v.retiredOn = v.status === 'retired' ? (companyTodaySql() as unknown as string) : null;
    }
    if (fields.has('locale')) v.locale = d.locale ?? 'ja';
    return v;
  });
  const written = await tx
    .insert(employees)
    .values(values)
    .onConflictDoUpdate({ target: employees.employeeNumber, set: ctx.plan.set, setWhere: ctx.plan.changedWhere })
    .returning({
      id: employees.id,
      number: employees.employeeNumber,
      version: employees.version,
      inserted: sql<boolean>`(xmax = 0)`,
    });
  const byNumber = new Map(batch.map((d) => [d.employeeNumber!, d]));
  const entries: AuditEntry[] = [];
  for (const w of written) {
    const stored = existing.get(w.number);
    // A number the check found free was taken since (or the other way round): not the file that was checked.
    if (w.inserted === !!stored) throw changedMeanwhile();
    const d = byNumber.get(w.number)!;
    if (w.inserted) result.created++;
    else result.updated++;
    entries.push(auditEntry(input, w, d));
    if (stored && input.changes.get(w.number)?.includes('email')) {
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
  await auditMany(tx, entries);
  // As in the directory: a retired person is signed out, and a new address voids pending reset links.
  const changedTo = (f: ChangeableField) => written.filter((w) => !w.inserted && input.changes.get(w.number)?.includes(f));
  await signOutRetired(
    tx,
    changedTo('status')
      .filter((w) => byNumber.get(w.number)!.status === 'retired')
      .map((w) => w.id),
  );
  await dropResetLinks(
    tx,
    changedTo('email').map((w) => w.id),
  );
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
