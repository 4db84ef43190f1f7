import { eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { SINGLE_LINE } from '../shared/schemas';
import type { Db } from '../../db/client';
import { departments } from '../../db/schema';
import { DepartmentCode, LIMITS } from '../directory/schemas';
import type { DepartmentField, ParsedFile } from './columns';
import { type CheckedRow, checkFields, type FieldRule, finish, flagDuplicates, nodesOnCycles } from './rows';
import { batches, byDepth, excluded, type Finish, type Progress } from './write';
import { mapInSlices } from '../shared/pace';

export type DepartmentData = Partial<Record<DepartmentField, string | null>>;

const RULES: Record<DepartmentField, FieldRule> = {
  code: { schema: DepartmentCode, empty: 'required' },
  name: { schema: z.string().max(LIMITS.departmentName).regex(SINGLE_LINE, { message: 'errors.singleLine' }), empty: 'required' },
  nameEn: { schema: z.string().max(LIMITS.departmentName).regex(SINGLE_LINE, { message: 'errors.singleLine' }) },
  parentCode: { schema: DepartmentCode },
};

/** Every stored department's parent code, in one query. */
async function loadParents(db: Db): Promise<Map<string, string | null>> {
  const p = alias(departments, 'p');
  const rows = await db
    .select({ code: departments.code, parentCode: p.code })
    .from(departments)
    .leftJoin(p, eq(p.id, departments.parentId));
  return new Map(rows.map((r) => [r.code, r.parentCode]));
}

export async function checkDepartments(db: Db, file: ParsedFile<DepartmentField>) {
  const stored = await loadParents(db);
  const rows: CheckedRow<DepartmentData>[] = await mapInSlices(file.rows, (r) => {
    const { data, errors } = checkFields(r.values, RULES);
    if (r.extraCells) errors.push({ field: '_', key: 'import.errors.extraCells' });
    return { line: r.line, ok: false, data, errors };
  });
  flagDuplicates(rows, (d) => d.code, 'code');

  const fileParent = new Map<string, string | null>();
  for (const r of rows) if (r.data.code && !fileParent.has(r.data.code)) fileParent.set(r.data.code, r.data.parentCode ?? null);
  for (const r of rows) {
    const { code, parentCode } = r.data;
    if (parentCode && parentCode === code) r.errors.push({ field: 'parentCode', key: 'import.errors.selfParent' });
    else if (parentCode && !fileParent.has(parentCode) && !stored.has(parentCode)) {
      r.errors.push({ field: 'parentCode', key: 'import.errors.unknownParent', params: { code: parentCode } });
    }
  }
  if (file.columns.some((c) => c.field === 'parentCode')) {
    const parentOf = (k: string) => (fileParent.has(k) ? fileParent.get(k) : stored.get(k));
    const cyclic = nodesOnCycles(fileParent.keys(), parentOf);
    for (const r of rows) {
      const code = r.data.code;
      if (code && cyclic.has(code) && r.data.parentCode !== code) {
        r.errors.push({ field: 'parentCode', key: 'import.errors.parentCycle' });
      }
    }
  }
  const fields = new Set(file.columns.map((c) => c.field));
  return {
    rows: finish(rows),
    existing: (d: DepartmentData) => !!d.code && stored.has(d.code),
    write: async (tx: Db, onProgress: Progress, complete: Finish) => {
      const written = await writeDepartments(
        tx,
        rows.map((r) => r.data),
        fields,
        onProgress,
      );
      await complete(tx, written);
      return written;
    },
  };
}

/** Upserts by code in batches, parents before children (depth order), so each parent id is known. */
async function writeDepartments(
  db: Db,
  rows: DepartmentData[],
  fields: ReadonlySet<DepartmentField>,
  onProgress: Progress,
): Promise<{ created: number; updated: number }> {
  const withEn = fields.has('nameEn');
  const withParent = fields.has('parentCode');
  const updatable = [departments.name, ...(withEn ? [departments.nameEn] : []), ...(withParent ? [departments.parentId] : [])];
  const set: Record<string, SQL> = { name: excluded(departments.name), updatedAt: sql`now()` };
  if (withEn) set.nameEn = excluded(departments.nameEn);
  if (withParent) set.parentId = excluded(departments.parentId);
  const idOf = new Map((await db.select({ id: departments.id, code: departments.code }).from(departments)).map((d) => [d.code, d.id]));
  const levels = withParent
    ? byDepth(
        rows,
        (d) => d.code!,
        (d) => d.parentCode,
      )
    : [rows];
  let created = 0;
  let updated = 0;
  let done = 0;
  for (const level of levels) {
    for (const batch of batches(level)) {
      const values = batch.map((d) => {
        const v: typeof departments.$inferInsert = { code: d.code!, name: d.name! };
        if (withEn) v.nameEn = d.nameEn ?? null;
        if (withParent) v.parentId = d.parentCode ? idOf.get(d.parentCode)! : null;
        return v;
      });
      const result = await db
        .insert(departments)
        .values(values)
        .onConflictDoUpdate({
          target: departments.code,
          set,
          setWhere: sql`(${sql.join(updatable, sql`, `)}) is distinct from (${sql.join(updatable.map(excluded), sql`, `)})`,
        })
        .returning({ id: departments.id, code: departments.code, inserted: sql<boolean>`(xmax = 0)` });
      for (const r of result) {
        idOf.set(r.code, r.id);
        if (r.inserted) created++;
        else updated++;
      }
      done += batch.length;
      await onProgress({ done, total: rows.length });
    }
  }
  return { created, updated };
}
