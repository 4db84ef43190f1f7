import { and, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, passwordResets, roleGrants, sessions } from '../../db/schema';
import type { Actor, GrantableRole } from '../actor';
import { audit } from '../audit/audit';
import { DomainError, forbidden, invalid } from '../errors';
import { findVisibleEmployee, getEmployee } from './employees-read';
import { canEditEmployee, canRetireEmployee, removesOwnAdmin } from './policy';
import { can } from '../capabilities';
import { companyTodaySql } from '../shared/calendar-sql';

const badRequest = (key: string) => new DomainError(400, `directory.errors.${key}`);

/** A reset link goes to the address it was asked for: once the address changes, no pending one may work. */
export async function dropResetLinks(tx: Db, ids: readonly string[]) {
  if (ids.length) await tx.delete(passwordResets).where(and(inArray(passwordResets.employeeId, [...ids]), isNull(passwordResets.usedAt)));
}

/** A retired person is signed out at once: every session and pending reset link ends. Returns the sessions ended. */
export async function signOutRetired(tx: Db, ids: readonly string[]): Promise<number> {
  if (!ids.length) return 0;
  const ended = await tx
    .delete(sessions)
    .where(inArray(sessions.employeeId, [...ids]))
    .returning({ id: sessions.idHash });
  await dropResetLinks(tx, ids);
  return ended.length;
}

/**
 * Retire: status 'retired' with a date (today by default), and every session and pending password
 * reset of the person ends in the same transaction, so they are signed out at once.
 */
export async function retireEmployee(db: Db, opts: { actor: Actor; id: string; retiredOn?: string }) {
  const { actor, id } = opts;
  await db.transaction(async (tx) => {
    const { detail, facts } = await findVisibleEmployee(tx, actor, id);
    if (facts.relation === 'self' && canEditEmployee(actor, facts)) throw badRequest('retireSelf');
    if (!canRetireEmployee(actor, facts)) throw forbidden();
    if (detail.status === 'retired') throw badRequest('alreadyRetired');
    if (opts.retiredOn && detail.hireDate && opts.retiredOn < detail.hireDate) {
      throw invalid({ retiredOn: { key: 'directory.errors.retiredBeforeHire' } });
    }
    const [row] = await tx
      .update(employees)
      .set({
        status: 'retired',
        retiredOn: opts.retiredOn ?? companyTodaySql(),
        version: sql`${employees.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(employees.id, id))
      .returning({ retiredOn: employees.retiredOn, version: employees.version });
    const sessionsEnded = await signOutRetired(tx, [id]);
    await audit(tx, {
      actor,
      action: 'employee.retire',
      entityType: 'employee',
      entityId: id,
      detail: {
        status: { before: detail.status, after: 'retired' },
        retiredOn: row?.retiredOn ?? null,
        sessionsEnded,
        version: row?.version ?? null,
      },
    });
  });
  return getEmployee(db, { actor, id });
}

export async function reinstateEmployee(db: Db, opts: { actor: Actor; id: string }) {
  const { actor, id } = opts;
  await db.transaction(async (tx) => {
    const { detail, facts } = await findVisibleEmployee(tx, actor, id);
    if (!canRetireEmployee(actor, facts)) throw forbidden();
    if (detail.status !== 'retired') throw badRequest('notRetired');
    const [row] = await tx
      .update(employees)
      .set({ status: 'active', retiredOn: null, version: sql`${employees.version} + 1`, updatedAt: new Date() })
      .where(eq(employees.id, id))
      .returning({ version: employees.version });
    await audit(tx, {
      actor,
      action: 'employee.reinstate',
      entityType: 'employee',
      entityId: id,
      detail: {
        status: { before: detail.status, after: 'active' },
        retiredOn: { before: detail.retiredOn, after: null },
        version: row?.version ?? null,
      },
    });
  });
  return getEmployee(db, { actor, id });
}

/** PUT semantics: the given set replaces the granted roles (hr/admin); employee/interviewer are never stored. */
export async function setEmployeeRoles(db: Db, opts: { actor: Actor; id: string; roles: GrantableRole[] }) {
  const { actor, id } = opts;
  const roles = [...new Set(opts.roles)].sort();
  await db.transaction(async (tx) => {
    const { detail } = await findVisibleEmployee(tx, actor, id);
    if (!can(actor, 'manageRoles')) throw forbidden();
    if (removesOwnAdmin(actor, id, roles)) {
      throw new DomainError(400, 'directory.errors.removeOwnAdmin', {}, { roles: { key: 'directory.errors.removeOwnAdmin' } });
    }
    const before = [...detail.roles].sort();
    if (before.join() === roles.join()) return;
    await tx.delete(roleGrants).where(and(eq(roleGrants.employeeId, id), roles.length ? notInArray(roleGrants.role, roles) : undefined));
    const added = roles.filter((r) => !before.includes(r));
    if (added.length) await tx.insert(roleGrants).values(added.map((role) => ({ employeeId: id, role })));
    await audit(tx, {
      actor,
      action: 'employee.roles.update',
      entityType: 'employee',
      entityId: id,
      detail: { roles: { before, after: roles } },
    });
  });
  return getEmployee(db, { actor, id });
}
