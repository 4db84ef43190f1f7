import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { departmentSubtree } from '../directory/employees-read';
import { cappedCount, countCapFor, pageOffset } from '../shared/paging';
import { can } from '../capabilities';
import type { Coverage } from './responses';

/**
 * When someone was last interviewed, never being the earliest: one sortable value, so the list's filter,
 * order and cursor are all ranges of the (status, this, id) index.
 */
const lastSeen = sql`coalesce(${employees.lastInterviewAt}, '-infinity'::timestamptz)`;

/** A place in the list: the database's text of `lastSeen` ('-infinity' for never) and the id. */
export type CoverageCursor = { lastInterviewAt: string; id: string };

/**
 * People not interviewed for N months (or never), never-interviewed first, then oldest first: read
 * through the index on (status, lastSeen, id), so it stays fast at 100,000 people. `after` walks the
 * whole list page by page without an offset (exports); the screen pages by number.
 */
export async function notInterviewed(
  db: Db,
  opts: {
    actor: Actor;
    months: number;
    departmentId?: string;
    page?: number;
    pageSize?: number;
    after?: CoverageCursor;
    countCap?: number;
  },
): Promise<Coverage> {
  if (!can(opts.actor, 'viewInsight')) throw notFound();
  const { months, page = 1, pageSize = 50 } = opts;
  const since = new Date();
  since.setMonth(since.getMonth() - months);
  const conds: (SQL | undefined)[] = [eq(employees.status, 'active'), sql`${lastSeen} < ${since.toISOString()}::timestamptz`];
  if (opts.departmentId) conds.push(departmentSubtree(opts.departmentId));
  const where = and(...conds);
  const pageWhere = opts.after
    ? and(where, sql`(${lastSeen}, ${employees.id}) > (${opts.after.lastInterviewAt}::timestamptz, ${opts.after.id}::uuid)`)
    : where;
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
        // The exact stored time (microseconds; a JS date keeps milliseconds): the cursor.
        at: sql<string>`${lastSeen}::text`,
      })
      .from(employees)
      .leftJoin(departments, eq(departments.id, employees.departmentId))
      .where(pageWhere)
      .orderBy(lastSeen, asc(employees.id))
      .limit(pageSize)
      .offset(opts.after ? 0 : pageOffset(page, pageSize)),
    // A walk by cursor counted on its first page: the later pages skip the count.
    opts.after ? { total: 0, totalCapped: false } : cappedCount(db, employees, where, opts.countCap ?? countCapFor(page, pageSize)),
  ]);
  const last = rows.at(-1);
  return {
    months,
    since: since.toISOString(),
    items: rows.map(({ at: _at, ...r }) => ({
      ...r,
      department: r.department?.id ? r.department : null,
      lastInterviewAt: r.lastInterviewAt?.toISOString() ?? null,
    })),
    page,
    pageSize,
    ...counted,
    next: last && rows.length === pageSize ? ({ lastInterviewAt: last.at, id: last.id } satisfies CoverageCursor) : null,
  };
}
