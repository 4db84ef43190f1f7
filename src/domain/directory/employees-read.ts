import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { cappedCount, countCapFor, pageOffset } from '../shared/paging';
import { canViewEmployee, isRelation, listScope, type Relation, type TargetFacts } from './policy';
import { type DetailRow, presentEmployeeDetail, presentEmployeeSummary } from './presenters';
import type { EmployeeListQueryInput } from './schemas';
import { searchPatterns, searchUsesTrigrams } from './search';

export const DEFAULT_PAGE_SIZE = 50;

const manager = alias(employees, 'manager');

const summaryColumns = {
  id: employees.id,
  employeeNumber: employees.employeeNumber,
  familyName: employees.familyName,
  givenName: employees.givenName,
  familyNameKana: employees.familyNameKana,
  givenNameKana: employees.givenNameKana,
  email: employees.email,
  departmentId: departments.id,
  departmentCode: departments.code,
  departmentName: departments.name,
  jobTitle: employees.jobTitle,
  grade: employees.grade,
  status: employees.status,
};

/**
 * The people a non-HR actor may see: themselves, direct reports, HR-partner assignees.
 * `= any(array(…))` keeps each branch an index scan (a plain IN-subquery inside OR is a filter over every row).
 */
export function relatedTo(actorId: string): SQL {
  return or(
    eq(employees.id, actorId),
    eq(employees.managerId, actorId),
    sql`${employees.id} = any(array(select p.employee_id from hr_partner_assignments p where p.partner_id = ${actorId}))`,
  )!;
}

/** Strongest relation first; evaluated per row in SQL so scoping never happens after the fact. */
export function relationSql(actorId: string) {
  return sql<string>`case
    when ${employees.id} = ${actorId} then 'self'
    when ${employees.managerId} = ${actorId} then 'manager'
    when exists (select 1 from hr_partner_assignments p where p.partner_id = ${actorId} and p.employee_id = ${employees.id}) then 'hrPartner'
    else 'none' end`;
}

const rolesSql = sql<string[]>`coalesce((select array_agg(g.role::text) from role_grants g where g.employee_id = ${employees.id}), '{}')`;

/** A department and all its descendants (UNION, not UNION ALL, so a corrupt cycle still terminates). */
export function departmentSubtree(departmentId: string): SQL {
  return sql`${employees.departmentId} in (
    with recursive sub(id) as (
      select d.id from departments d where d.id = ${departmentId}
      union
      select c.id from departments c join sub on c.parent_id = sub.id
    ) select id from sub)`;
}

export type EmployeeFilters = Omit<EmployeeListQueryInput, 'page' | 'pageSize'>;

/**
 * The WHERE and ORDER BY of the directory list for an actor: scope, status (active by default),
 * grade, department subtree and search. Exported so other lists of people (e.g. the CSV export)
 * filter and sort exactly like the directory.
 */
export function employeeListQuery(actor: Actor, f: EmployeeFilters) {
  const status = f.status ?? 'active';
  const conds: SQL[] = [];
  if (listScope(actor) === 'related') conds.push(relatedTo(actor.id));
  if (status !== 'all') conds.push(eq(employees.status, status));
  // An erased person's placeholder (rights/erase.ts) is nobody to list; only retired people ever become one.
  if (status !== 'active') conds.push(sql`${employees.dataRemoved} is distinct from 'erased'`);
  if (f.grade) conds.push(eq(employees.grade, f.grade));
  if (f.departmentId) conds.push(departmentSubtree(f.departmentId));
  // search_text is stored lower-cased; lower() on the pattern folds case exactly as the column did,
  // and plain LIKE is about three times cheaper than ILIKE on rows the index cannot rule out.
  for (const alternatives of searchPatterns(f.q)) {
    conds.push(or(...alternatives.map((p) => sql`${employees.searchText} like lower(${p})`))!);
  }
  // With a search of three characters or more, the trigram index should find the matches and a top-N
  // sort order them. Left to itself the planner may walk the furigana index, filtering row by row until
  // it has a page: slow when the matches sort late (ヤマダ: 105 ms instead of 3 ms on 100,000 people).
  // `|| ''` sorts the same (NULL stays NULL, last) but cannot use that index. Shorter tokens match
  // densely and have no trigram to look up, so walking the index in order is then the fast plan.
  const kana = searchUsesTrigrams(f.q)
    ? [sql`${employees.familyNameKana} || ''`, sql`${employees.givenNameKana} || ''`]
    : [asc(employees.familyNameKana), asc(employees.givenNameKana)];
  return { where: conds.length ? and(...conds) : undefined, orderBy: [...kana, asc(employees.employeeNumber)] };
}

export async function listEmployees(db: Db, opts: { actor: Actor } & EmployeeListQueryInput) {
  const { actor, page = 1, pageSize = DEFAULT_PAGE_SIZE, ...filters } = opts;
  const { where, orderBy } = employeeListQuery(actor, filters);
  // One query for the page (departments joined, no N+1) and one count (capped, see shared/paging).
  const offset = pageOffset(page, pageSize);
  const [rows, counted] = await Promise.all([
    db
      .select(summaryColumns)
      .from(employees)
      .leftJoin(departments, eq(departments.id, employees.departmentId))
      .where(where)
      .orderBy(...orderBy)
      .limit(pageSize)
      .offset(offset),
    cappedCount(db, employees, where, countCapFor(page, pageSize)),
  ]);
  return { items: rows.map(presentEmployeeSummary), page, pageSize, ...counted };
}

/** One employee with everything the detail and the policy need, in one query. */
async function loadEmployeeRow(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      ...summaryColumns,
      hireDate: employees.hireDate,
      retiredOn: employees.retiredOn,
      locale: employees.locale,
      version: employees.version,
      managerId: manager.id,
      managerFamilyName: manager.familyName,
      managerGivenName: manager.givenName,
      relation: relationSql(actor.id),
      roles: rolesSql,
    })
    .from(employees)
    .leftJoin(departments, eq(departments.id, employees.departmentId))
    .leftJoin(manager, eq(manager.id, employees.managerId))
    .where(eq(employees.id, id));
  if (!row) return null;
  const relation: Relation = isRelation(row.relation) ? row.relation : 'none';
  const detail: DetailRow = { ...row, roles: row.roles ?? [] };
  const facts: TargetFacts = { relation, roles: detail.roles };
  return { detail, facts };
}

/**
 * The target as the actor may see it; others' records are simply not found (404, never 403).
 * Changes load their target with this too: 404 when the actor cannot even see it, and 403 only
 * when they can (e.g. a manager trying to edit a report).
 */
export async function findVisibleEmployee(db: Db, actor: Actor, id: string) {
  const found = await loadEmployeeRow(db, actor, id);
  if (!found || !canViewEmployee(actor, found.facts.relation)) throw notFound();
  return found;
}

export async function getEmployee(db: Db, opts: { actor: Actor; id: string }) {
  const { detail, facts } = await findVisibleEmployee(db, opts.actor, opts.id);
  return presentEmployeeDetail(opts.actor, detail, facts);
}
