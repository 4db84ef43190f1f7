import { and, asc, eq, gt, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { departmentSubtree } from '../directory/employees-read';
import { cappedCount, pageOffset } from '../shared/paging';
import { canSeeOrgInsight } from './policy';

/**
 * People not interviewed for N months (or never), oldest first: read from employees.last_interview_at
 * through its index, so it stays fast at 100,000 people.
 */
export type CoverageCursor = { lastInterviewAt: string | null; id: string };

/** Rows after `c` in the list's order (never interviewed first, then oldest first; the id breaks ties). `lastInterviewAt` is the database's text of the time. */
function after(c: CoverageCursor): SQL | undefined {
  const last = employees.lastInterviewAt;
  if (c.lastInterviewAt === null) return or(and(isNull(last), gt(employees.id, c.id)), isNotNull(last));
  const at = sql`${c.lastInterviewAt}::timestamptz`;
  return or(gt(last, at), and(eq(last, at), gt(employees.id, c.id)));
}

/** `after` walks the whole list page by page without an offset (exports); the screen pages by number. */
export async function notInterviewed(
  db: Db,
  opts: { actor: Actor; months: number; departmentId?: string; page?: number; pageSize?: number; after?: CoverageCursor },
) {
  if (!canSeeOrgInsight(opts.actor)) throw notFound();
  const { months, page = 1, pageSize = 50 } = opts;
  const since = new Date();
  since.setMonth(since.getMonth() - months);
  const conds: (SQL | undefined)[] = [eq(employees.status, 'active'), or(isNull(employees.lastInterviewAt), lt(employees.lastInterviewAt, since))];
  if (opts.departmentId) conds.push(departmentSubtree(opts.departmentId));
  const where = and(...conds);
  const pageWhere = opts.after ? and(where, after(opts.after)) : where;
  const [rows, counted] = await Promise.all([
    db
      .select({
        id: employees.id,
        employeeNumber: employees.employeeNumber,
        familyName: employees.familyName,
        givenName: employees.givenName,
        department: { id: departments.id, name: departments.name, nameEn: departments.nameEn },
        lastInterviewAt: employees.lastInterviewAt,
        hireDate: employees.hireDate,
        // The exact stored time (microseconds; a JS date keeps milliseconds): the keyset cursor.
        at: sql<string | null>`${employees.lastInterviewAt}::text`,
      })
      .from(employees)
      .leftJoin(departments, eq(departments.id, employees.departmentId))
      .where(pageWhere)
      .orderBy(sql`${employees.lastInterviewAt} asc nulls first`, asc(employees.id))
      .limit(pageSize)
      .offset(opts.after ? 0 : pageOffset(page, pageSize)),
    cappedCount(db, employees, where),
  ]);
  const last = rows.at(-1);
  return {
    months,
    since: since.toISOString(),
    items: rows.map(({ at: _at, ...r }) => ({ ...r, department: r.department?.id ? r.department : null, lastInterviewAt: r.lastInterviewAt?.toISOString() ?? null })),
    page,
    pageSize,
    ...counted,
    next: last && rows.length === pageSize ? ({ lastInterviewAt: last.at, id: last.id } satisfies CoverageCursor) : null,
  };
}
