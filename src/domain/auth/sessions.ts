import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared';
import { employees, sessions } from '../../db/schema';
import { isLocale, type Locale } from '../../i18n';
import type { Actor, Role } from '../actor';
import { hrReadsAuditSql } from '../admin/audit-access';
import { newToken, sha256 } from './tokens';

export type SessionInfo = { actor: Actor; csrfToken: string; idHash: string };

export async function createSession(
  db: Db,
  opts: { employeeId: string; days: number; ip?: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db.insert(sessions).values({
    idHash: sha256(token),
    employeeId: opts.employeeId,
    csrfToken,
    ip: opts.ip?.slice(0, 64),
    userAgent: opts.userAgent?.slice(0, 300),
    expiresAt: new Date(Date.now() + opts.days * 86_400_000),
  });
  return { token, csrfToken };
}

// Grants and the derived interviewer role. Used in joined selects only: drizzle qualifies the
// column there (in a one-table select it would print "id", which the sub-selects would misread).
const roleFields = {
  grants: sql<string[]>`coalesce((select array_agg(g.role) from role_grants g where g.employee_id = ${employees.id}), '{}')`,
  // Interviewer: manages someone, is an HR partner, or was assigned an interview by HR.
  interviewer: sql<boolean>`(exists (select 1 from employees r where r.manager_id = ${employees.id} and r.status = 'active')
    or exists (select 1 from hr_partner_assignments p where p.partner_id = ${employees.id})
    or exists (select 1 from interviews i where i.interviewer_id = ${employees.id} and i.status <> 'cancelled'))`,
  // The company setting that widens HR's reach to the audit log (admin/audit-access.ts), read in the same query.
  hrReadsAudit: hrReadsAuditSql,
};

/** Only people who hold HR carry the flag: it widens nothing for anyone else. */
const settingsOf = (row: { hrReadsAudit: boolean }) => (row.hrReadsAudit ? { hrReadsAudit: true } : {});

function rolesOf(row: { grants: string[]; interviewer: boolean }): Set<Role> {
  const roles = new Set<Role>(['employee']);
  for (const g of row.grants) if (g === 'hr' || g === 'admin') roles.add(g);
  if (row.interviewer) roles.add('interviewer');
  return roles;
}

/**
 * The person as an actor outside a request (a job acting for whoever asked for it); null once retired.
 * The self-join keeps the role sub-selects' column references qualified (see roleFields).
 */
export async function loadActor(db: Db, employeeId: string): Promise<Actor | null> {
  const self = alias(employees, 'self');
  const [row] = await db
    .select({ id: employees.id, locale: employees.locale, ...roleFields })
    .from(employees)
    .innerJoin(self, eq(self.id, employees.id))
    .where(and(eq(employees.id, employeeId), eq(employees.status, 'active')));
  if (!row) return null;
  return { id: row.id, roles: rolesOf(row), locale: isLocale(row.locale) ? row.locale : 'ja', ...settingsOf(row) };
}

/**
 * Resolves a session cookie to the acting person with their roles, in one query.
 * Retired people and expired sessions resolve to nothing.
 */
// Every request without a cached session asks this: prepared (its plan does not depend on the token).
const sessionByHash = preparedQuery((db) =>
  db
    .select({
      employeeId: employees.id,
      locale: employees.locale,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      ...roleFields,
    })
    .from(sessions)
    .innerJoin(employees, eq(employees.id, sessions.employeeId))
    .where(and(eq(sessions.idHash, sql.placeholder('idHash')), sql`${sessions.expiresAt} > now()`, eq(employees.status, 'active')))
    .prepare('session_by_hash'),
);

export async function loadSession(db: Db, token: string, ip?: string): Promise<SessionInfo | null> {
  const idHash = sha256(token);
  const rows = await sessionByHash(db).execute({ idHash });
  const row = rows[0];
  if (!row) return null;
  const roles = rolesOf(row);
  // Touch at most every five minutes to keep reads cheap.
  if (Date.now() - new Date(row.lastSeenAt).getTime() > 300_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
  }
  const locale: Locale = isLocale(row.locale) ? row.locale : 'ja';
  return { actor: { id: row.employeeId, roles, locale, ip, ...settingsOf(row) }, csrfToken: row.csrfToken, idHash };
}

export async function destroySession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(token)));
}

export async function destroyAllSessions(db: Db, employeeId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.employeeId, employeeId));
}
