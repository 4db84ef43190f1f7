import { and, asc, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
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
export async function notInterviewed(db: Db, opts: { actor: Actor; months: number; departmentId?: string; page?: number; pageSize?: number }) {
  if (!canSeeOrgInsight(opts.actor)) throw notFound();
  const { months, page = 1, pageSize = 50 } = opts;
  const since = new Date();
  since.setMonth(since.getMonth() - months);
  const conds: (SQL | undefined)[] = [eq(employees.status, 'active'), or(isNull(employees.lastInterviewAt), lt(employees.lastInterviewAt, since))];
  if (opts.departmentId) conds.push(departmentSubtree(opts.departmentId));
  const where = and(...conds);
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
      })
      .from(employees)
      .leftJoin(departments, eq(departments.id, employees.departmentId))
      .where(where)
      .orderBy(sql`${employees.lastInterviewAt} asc nulls first`, asc(employees.id))
      .limit(pageSize)
      .offset(pageOffset(page, pageSize)),
    cappedCount(db, employees, where),
  ]);
  return {
    months,
    since: since.toISOString(),
    items: rows.map((r) => ({ ...r, department: r.department?.id ? r.department : null, lastInterviewAt: r.lastInterviewAt?.toISOString() ?? null })),
    page,
    pageSize,
    ...counted,
  };
}
