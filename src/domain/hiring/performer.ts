import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { departmentSubtree, relatedTo } from '../directory/employees-read';
import { searchPatterns } from '../directory/search';
import { conflict, invalid } from '../errors';
import { canEditSheet } from './policy';
import type { PerformerRef } from './responses';
import { loadOwn, writeDraft } from './own-sheet';

/** How many people one search of the picker answers. */
export const PICK_LIMIT = 20;

/**
 * Whom a manager may name as a high performer (decision 0026): active people they already know through the
 * organisation — their direct reports and HR-partner assignees (the directory's own scope, `relatedTo`) and the people
 * of their department and the departments under it (a team lead without reports knows their colleagues) — never
 * themselves. The picker shows only name and department.
 */
async function pickableScope(db: Db, actor: Actor): Promise<SQL> {
  const [me] = await db.select({ departmentId: employees.departmentId }).from(employees).where(eq(employees.id, actor.id));
  const known = me?.departmentId ? or(relatedTo(actor.id), departmentSubtree(me.departmentId))! : relatedTo(actor.id);
  return and(known, eq(employees.status, 'active'), ne(employees.id, actor.id))!;
}

const refColumns = {
  id: employees.id,
  familyName: employees.familyName,
  givenName: employees.givenName,
  department: departments.name,
};

/** People the manager may pick for their own sheet, by name search (the directory's matching), name + department only. */
export async function pickablePeople(db: Db, opts: { actor: Actor; id: string; q?: string }): Promise<{ items: PerformerRef[] }> {
  await loadOwn(db, opts.actor, opts.id);
  const search = searchPatterns(opts.q).map((alts) => or(...alts.map((p) => sql`${employees.searchText} like lower(${p})`))!);
  const items = await db
    .select(refColumns)
    .from(employees)
    .leftJoin(departments, eq(departments.id, employees.departmentId))
    .where(and(await pickableScope(db, opts.actor), ...search))
    .orderBy(asc(employees.familyNameKana), asc(employees.givenNameKana), asc(employees.employeeNumber))
    .limit(PICK_LIMIT);
  return { items };
}

/** Name and department of people by id (for the sheet and HR's summary), resolved when read. */
export async function performerRefs(db: Db, ids: (string | null)[]): Promise<Map<string, PerformerRef>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select(refColumns)
    .from(employees)
    .leftJoin(departments, eq(departments.id, employees.departmentId))
    .where(inArray(employees.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The manager picks (or clears) the high performer of their draft. Whoever is picked must be in the manager's scope
 * (checked here, whatever the page offered): anyone else is a 400 with a Japanese message. Audited as an answer.
 */
export async function setPerformer(db: Db, opts: { actor: Actor; id: string; performerId: string | null }) {
  return db.transaction(async (tx) => {
    const { r, h } = await loadOwn(tx, opts.actor, opts.id, true);
    if (!canEditSheet(opts.actor, r)) throw conflict('hiring.errors.submitted');
    let performer: PerformerRef | null = null;
    if (opts.performerId) {
      [performer = null] = await tx
        .select(refColumns)
        .from(employees)
        .leftJoin(departments, eq(departments.id, employees.departmentId))
        .where(and(eq(employees.id, opts.performerId), await pickableScope(tx, opts.actor)));
      if (!performer) throw invalid({ performerId: { key: 'hiring.errors.performerScope' } });
    }
    const now = await writeDraft(tx, opts.actor, { r, h }, { performerId: performer?.id ?? null }, ['performer']);
    return { performer, savedAt: now.toISOString() };
  });
}
