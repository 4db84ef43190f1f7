import { asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { departments, employees, roleGrants } from '../../db/schema';
import type { StoredPerson } from './employee-changes';
import { yieldToLoop } from '../shared/pace';
import { csvPersonColumns } from './export';

/** What the checks need from the database, read in pages (never one query per row, never one long query). */
export type Context = {
  departmentIds: Map<string, string>;
  /** Everyone stored, by employee number, as a file row would show them, with their granted roles. */
  existing: Map<string, StoredPerson>;
  emailOwner: Map<string, string>;
};

/**
 * People per query. On PGlite a query runs on this thread (WebAssembly): a company is read in short steps,
 * with a turn of the event loop between them, so other requests are served meanwhile.
 */
const PAGE = 2000;
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** People as a file row shows them (department code, manager number), roles sorted, ordered by id. */
async function peopleWhere(db: Db, where: SQL | undefined, limit?: number) {
  const m = alias(employees, 'm');
  // Roles grouped once and hash-joined: one pass over role_grants, not a lookup per person.
  const g = db
    .select({
      employeeId: roleGrants.employeeId,
      roles: sql<string[]>`array_agg(${roleGrants.role}::text order by ${roleGrants.role})`.as('roles'),
    })
    .from(roleGrants)
    .groupBy(roleGrants.employeeId)
    .as('g');
  const q = db
    .select({
      id: employees.id,
      number: employees.employeeNumber,
      ...csvPersonColumns(m),
      roles: g.roles,
    })
    .from(employees)
    .leftJoin(departments, eq(departments.id, employees.departmentId))
    .leftJoin(m, eq(m.id, employees.managerId))
    .leftJoin(g, eq(g.employeeId, employees.id))
    .where(where)
    .orderBy(asc(employees.id));
  const rows = await (limit ? q.limit(limit) : q);
  return rows.map(({ number, roles, ...p }) => ({ number, person: { ...p, roles: roles ?? [] } as StoredPerson }));
}

export async function loadContext(db: Db): Promise<Context> {
  const depts = await db.select({ id: departments.id, code: departments.code }).from(departments);
  const existing = new Map<string, StoredPerson>();
  const emailOwner = new Map<string, string>();
  for (let after = ZERO_UUID; ; ) {
    const page = await peopleWhere(db, gt(employees.id, after), PAGE);
    for (const { number, person } of page) {
      existing.set(number, person);
      emailOwner.set(person.email!, number);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)!.person.id;
    await yieldToLoop();
  }
  return { departmentIds: new Map(depts.map((d) => [d.code, d.id])), existing, emailOwner };
}

/** Some people as they are stored now, by employee number: what a chunk compares with what the check read. */
export async function storedPeople(db: Db, numbers: readonly string[]): Promise<Map<string, StoredPerson>> {
  if (!numbers.length) return new Map();
  const rows = await peopleWhere(db, inArray(employees.employeeNumber, [...numbers]));
  return new Map(rows.map((r) => [r.number, r.person]));
}
