import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import { audit } from '../audit/audit';
import { DomainError, tooMany } from '../errors';
import { passwordAllowed } from '../sso/settings';
import { verifyPassword } from './passwords';
import { createSession } from './sessions';
import { clearThrottle, giveBack, takeAttempt, type ThrottleRule } from './throttle';

const WINDOW = 15 * 60;
export const accountRule = (email: string): ThrottleRule => ({ key: `login:acct:${email}`, limit: 5, windowSeconds: WINDOW });
export const ipRule = (ip: string): ThrottleRule => ({ key: `login:ip:${ip}`, limit: 30, windowSeconds: WINDOW });

export type LoginInput = { email: string; password: string; ip: string; userAgent?: string; sessionDays: number };

/**
 * Takes an attempt from both throttles, then checks the password; a new session id is issued on every
 * login (no fixation). A failure keeps both attempts; a success clears the account's and gives the IP's back.
 */
export async function login(db: Db, input: LoginInput) {
  const email = input.email.trim().toLowerCase();
  const acct = accountRule(email);
  const ip = ipRule(input.ip);
  const tookAcct = await takeAttempt(db, acct);
  if (!tookAcct || !(await takeAttempt(db, ip))) {
    // A refused attempt is not a failure: it takes nothing from either count.
    if (tookAcct) await giveBack(db, acct);
    await audit(db, { actor: null, action: 'auth.login.throttled', entityType: 'auth', detail: { email, ip: input.ip } });
    throw tooMany();
  }
  const [emp] = await db
    .select({ id: employees.id, hash: employees.passwordHash, status: employees.status, locale: employees.locale })
    .from(employees)
    .where(eq(employees.email, email));
  const ok = await verifyPassword(emp?.hash, input.password);
  if (!emp || !ok || emp.status !== 'active' || !emp.hash) {
    await audit(db, { actor: null, action: 'auth.login.failed', entityType: 'auth', detail: { email, ip: input.ip } });
    throw new DomainError(401, 'auth.errors.invalidCredentials');
  }
  // SSO-only (docs/decisions/0019): judged after the password, so the answer never tells who is break-glass.
  if (!(await passwordAllowed(db, { id: emp.id, email }))) {
    await audit(db, { actor: null, action: 'auth.login.failed', entityType: 'auth', detail: { email, ip: input.ip, reason: 'ssoOnly' } });
    throw new DomainError(403, 'auth.sso.errors.passwordDisabled');
  }
  await clearThrottle(db, acct.key);
  await giveBack(db, ip);
  const session = await createSession(db, {
    employeeId: emp.id,
    days: input.sessionDays,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  await audit(db, {
    actor: { id: emp.id, roles: new Set(), locale: 'ja', ip: input.ip },
    action: 'auth.login',
    entityType: 'employee',
    entityId: emp.id,
  });
  return { ...session, employeeId: emp.id };
}
