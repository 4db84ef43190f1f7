import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, passwordResets, sessions } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { DomainError, invalid, notFound, tooMany } from '../errors';
import { passwordAllowed } from '../sso/settings';
import { hashPassword, verifyPassword } from './passwords';
import { clearThrottle, giveBack, takeAttempt, type ThrottleRule } from './throttle';
import { sha256 } from './tokens';

// A stolen session must not become a way to guess the password behind it.
export const changeRule = (employeeId: string): ThrottleRule => ({ key: `pwchange:${employeeId}`, limit: 5, windowSeconds: 15 * 60 });

export type PasswordChangeInput = {
  actor: Actor;
  currentPassword: string;
  newPassword: string;
  /** The session making the change stays signed in; every other one ends. */
  sessionToken: string | null;
};

export async function changePassword(db: Db, input: PasswordChangeInput): Promise<void> {
  const { actor } = input;
  const rule = changeRule(actor.id);
  // Taken before the password check, so parallel guesses cannot all pass (throttle.ts: takeAttempt).
  if (!(await takeAttempt(db, rule))) throw tooMany();
  const [emp] = await db.select({ hash: employees.passwordHash, email: employees.email }).from(employees).where(eq(employees.id, actor.id));
  if (!emp) throw notFound();
  // Under SSO-only a password would be a way in that the company turned off (the UI hides the form).
  if (!(await passwordAllowed(db, { id: actor.id, email: emp.email }))) {
    await giveBack(db, rule);
    throw new DomainError(403, 'auth.sso.errors.passwordDisabled');
  }
  if (!(await verifyPassword(emp.hash, input.currentPassword))) {
    await audit(db, { actor, action: 'auth.password.change_failed', entityType: 'employee', entityId: actor.id });
    throw invalid({ currentPassword: { key: 'auth.errors.currentPasswordWrong' } });
  }
  if (input.newPassword === input.currentPassword) {
    await giveBack(db, rule);
    throw invalid({ newPassword: { key: 'auth.errors.passwordUnchanged' } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const keep = input.sessionToken ? sha256(input.sessionToken) : '';

  await db.transaction(async (tx) => {
    await tx.update(employees).set({ passwordHash, updatedAt: new Date() }).where(eq(employees.id, actor.id));
    await tx.delete(sessions).where(and(eq(sessions.employeeId, actor.id), ne(sessions.idHash, keep)));
    // A reset link mailed earlier would undo the change; it is no longer needed.
    await tx.delete(passwordResets).where(eq(passwordResets.employeeId, actor.id));
    await clearThrottle(tx, rule.key);
    await audit(tx, { actor, action: 'auth.password.changed', entityType: 'employee', entityId: actor.id });
  });
}
