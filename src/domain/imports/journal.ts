import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { importJournal } from '../../db/schema';
import type { Actor } from '../actor';
import { type AuditEntry, auditMany } from '../audit/audit';
import { DomainError } from '../errors';

/**
 * A large employee import is written in many short transactions (on PGlite one long one would hold the only
 * connection for every other request), so "all or nothing" is kept here: each chunk records, in its own
 * transaction, what it is about to change; the import deletes its record in the transaction that completes
 * it, and anything that stops it earlier undoes its chunks, last first. See docs/decisions/0015.
 */

/** Someone changed what the check read (a person of the file, a manager it names) while the import ran. */
export const changedMeanwhile = () => new DomainError(409, 'import.errors.changedMeanwhile');

/** A list of ids as a set in SQL (one JSON parameter, however long). */
const uuids = (values: readonly string[]) => sql`(select v::uuid from jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) as t(v))`;

/** Locks the run's chunks so far; fewer than `chunk` means someone is undoing it (a recovery): stop. */
export async function openChunk(tx: Db, run: string, chunk: number): Promise<void> {
  const rows = await tx.select({ chunk: importJournal.chunk }).from(importJournal).where(eq(importJournal.runId, run)).for('update');
  if (rows.length !== chunk) throw changedMeanwhile();
}

/** Records a chunk before it writes: the ids it will create, and the stored rows of the people it may change. */
export async function recordChunk(tx: Db, run: string, chunk: number, created: readonly string[], existing: readonly string[]) {
  await tx.execute(sql`insert into ${importJournal} (run_id, chunk, created, before)
    select ${run}::uuid, ${chunk}::int, array${uuids(created)}, coalesce(jsonb_agg(to_jsonb(e) - 'search_text'), '[]'::jsonb)
    from employees e where e.id in ${uuids(existing)}`);
}

/** Completes a run: its record goes in the transaction that makes the import final. */
export async function closeRun(tx: Db, run: string, chunks: number): Promise<void> {
  const gone = await tx.delete(importJournal).where(eq(importJournal.runId, run)).returning({ chunk: importJournal.chunk });
  if (gone.length !== chunks) throw changedMeanwhile();
}

// The columns an import writes, put back as they were.
const RESTORED = [
  'family_name',
  'given_name',
  'family_name_kana',
  'given_name_kana',
  'email',
  'department_id',
  'job_title',
  'grade',
  'manager_id',
  'hire_date',
  'status',
  'retired_on',
  'locale',
];

/**
 * Undoes one chunk, claimed by deleting its record (two servers never undo the same chunk). A person
 * changed again since the import wrote them (their version moved on) keeps that later change.
 */
async function undoChunk(tx: Db, run: string, chunk: number, actor: Actor | null): Promise<boolean> {
  const [rec] = await tx
    .delete(importJournal)
    .where(and(eq(importJournal.runId, run), eq(importJournal.chunk, chunk)))
    .returning();
  if (!rec) return false;
  const set = sql.raw(RESTORED.map((c) => `${c} = b.${c}`).join(', '));
  const restored = rowsOf<{ id: string; n: string }>(
    await tx.execute(sql`update employees e set ${set}, version = e.version + 1, updated_at = now()
      from jsonb_populate_recordset(null::employees, ${JSON.stringify(rec.before)}::jsonb) b
      where e.id = b.id and e.version = b.version + 1 returning e.id, e.employee_number as n`),
  );
  // Later chunks (reports) were undone first; within a chunk, one statement removes managers and their
  // reports together (the reference is checked at the statement's end).
  const removed = rec.created.length
    ? rowsOf<{ id: string; n: string }>(
        await tx.execute(sql`delete from employees where id in ${uuids(rec.created)} and version = 1
          returning id, employee_number as n`),
      )
    : [];
  const entry = (r: { id: string; n: string }, undone: 'create' | 'update'): AuditEntry => ({
    actor,
    action: 'employee.import.undo',
    entityType: 'employee',
    entityId: r.id,
    detail: { employeeNumber: r.n, undone },
  });
  await auditMany(tx, [...restored.map((r) => entry(r, 'update')), ...removed.map((r) => entry(r, 'create'))]);
  return true;
}

/** Undoes every chunk of a run still recorded, last first, each in its own short transaction. */
export async function undoRun(db: Db, run: string, actor: Actor | null): Promise<void> {
  for (;;) {
    const [last] = await db
      .select({ chunk: importJournal.chunk })
      .from(importJournal)
      .where(eq(importJournal.runId, run))
      .orderBy(desc(importJournal.chunk))
      .limit(1);
    if (!last) return;
    await db.transaction((tx) => undoChunk(tx, run, last.chunk, actor));
  }
}

/** A run with no chunk written for this long is taken for dead: a chunk takes well under a second. */
export const ABANDONED_MS = 5 * 60_000;

/**
 * Undoes imports whose process stopped half-way (a crash, a kill): runs with no chunk written for
 * `staleMs`. On PGlite (one process per data folder) any run found at start is one: staleMs 0.
 */
export async function undoAbandonedImports(db: Db, staleMs: number): Promise<number> {
  const runs = await db
    .select({ run: importJournal.runId })
    .from(importJournal)
    .groupBy(importJournal.runId)
    .having(sql`max(${importJournal.at}) <= now() - ${Math.round(staleMs)}::int * interval '1 millisecond'`)
    .orderBy(asc(importJournal.runId));
  for (const { run } of runs) await undoRun(db, run, null);
  return runs.length;
}
