import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, passwordResets, sessions } from '../../db/schema';
import { isLocale, translator } from '../../i18n';
import type { Mailer } from '../../mail/mailer';
import { audit } from '../audit/audit';
import { DomainError, tooMany } from '../errors';
import { passwordAllowed } from '../sso/settings';
import { accountRule } from './login';
import { hashPassword } from './passwords';
import { clearThrottle, takeAttempt, type ThrottleRule } from './throttle';
import { newToken, sha256 } from './tokens';

export const RESET_MINUTES = 60;
const HOUR = 3600;
// Per address: enough for "I did not get the mail", too few to flood someone's inbox.
export const resetEmailRule = (email: string): ThrottleRule => ({ key: `reset:email:${email}`, limit: 3, windowSeconds: HOUR });
export const resetIpRule = (ip: string): ThrottleRule => ({ key: `reset:ip:${ip}`, limit: 20, windowSeconds: HOUR });

const invalidToken = () => new DomainError(400, 'auth.errors.resetTokenInvalid');

export type ResetRequestInput = { email: string; ip: string; mailer: Mailer; publicUrl: string };

/**
 * Mails a single-use reset link to an active employee. The caller answers 202 whatever happens
 * here (unknown address, retired person, per-address throttle), so nothing tells whether an
 * account exists; only a flooding IP is refused outright, which says nothing about any account.
 */
export async function requestPasswordReset(db: Db, input: ResetRequestInput): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const byIp = resetIpRule(input.ip);
  const byEmail = resetEmailRule(email);
  const detail = { email, ip: input.ip };
  // Every request counts (throttle.ts: takeAttempt), so a burst cannot slip past the limits.
  if (!(await takeAttempt(db, byIp))) {
    await audit(db, { actor: null, action: 'auth.password_reset.throttled', entityType: 'auth', detail });
    throw tooMany();
  }
  if (!(await takeAttempt(db, byEmail))) {
    await audit(db, { actor: null, action: 'auth.password_reset.throttled', entityType: 'auth', detail });
    return;
  }

  const [emp] = await db
    .select({ id: employees.id, familyName: employees.familyName, givenName: employees.givenName, locale: employees.locale })
    .from(employees)
    .where(and(eq(employees.email, email), eq(employees.status, 'active')));
  if (!emp) {
    await audit(db, { actor: null, action: 'auth.password_reset.unknown', entityType: 'auth', detail });
    return;
  }

  const t = translator(isLocale(emp.locale) ? emp.locale : 'ja');
  const params = { familyName: emp.familyName, givenName: emp.givenName, minutes: RESET_MINUTES };
  const base = input.publicUrl.replace(/\/+$/, '');
  // SSO-only (docs/decisions/0019): no link, but the person learns why and where to sign in instead. The
  // request still answers 202 like any other, so it tells an outsider nothing about who is break-glass.
  if (!(await passwordAllowed(db, { id: emp.id, email }))) {
    await audit(db, { actor: null, action: 'auth.password_reset.sso_only', entityType: 'employee', entityId: emp.id, detail });
    await input.mailer.send(db, {
      to: email,
      subject: t('auth.sso.mail.ssoOnly.subject'),
      text: t('auth.sso.mail.ssoOnly.body', { ...params, link: `${base}/login` }),
    });
    return;
  }

  const token = newToken();
  await db.transaction(async (tx) => {
    // One live link per person: a new request makes every older one useless.
    await tx.delete(passwordResets).where(eq(passwordResets.employeeId, emp.id));
    await tx.insert(passwordResets).values({
      tokenHash: sha256(token),
      employeeId: emp.id,
      expiresAt: sql`now() + make_interval(mins => ${RESET_MINUTES})`,
    });
    await audit(tx, {
      actor: null,
      action: 'auth.password_reset.requested',
      entityType: 'employee',
      entityId: emp.id,
      detail: { ip: input.ip },
    });
  });

  const link = `${base}/reset-password?token=${token}`;
  await input.mailer.send(db, {
    to: email,
    subject: t('auth.mail.reset.subject'),
    text: t('auth.mail.reset.body', { ...params, link }),
    outboxText: t('auth.mail.reset.redacted', params),
  });
}

const liveToken = (tokenHash: string) =>
  and(
    eq(passwordResets.tokenHash, tokenHash),
    isNull(passwordResets.usedAt),
    sql`${passwordResets.expiresAt} > now()`,
    sql`${passwordResets.employeeId} in (select id from employees where status = 'active')`,
  );

/**
 * Sets a new password from a reset link. The token is spent atomically (a second use, even a
 * concurrent one, finds nothing), and every session of the person ends: whoever knew the old
 * password is signed out too.
 */
export async function confirmPasswordReset(db: Db, input: { token: string; password: string; ip: string }): Promise<void> {
  const tokenHash = sha256(input.token);
  // Cheap check first, so junk tokens never cost an argon2 hash.
  const [found] = await db
    .select({ employeeId: passwordResets.employeeId, email: employees.email })
    .from(passwordResets)
    .innerJoin(employees, eq(employees.id, passwordResets.employeeId))
    .where(liveToken(tokenHash));
  if (!found) throw invalidToken();
  // A link mailed before SSO-only was turned on no longer sets a password.
  if (!(await passwordAllowed(db, { id: found.employeeId, email: found.email })))
    throw new DomainError(403, 'auth.sso.errors.passwordDisabled');
  const passwordHash = await hashPassword(input.password);

  await db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResets)
      .set({ usedAt: sql`now()` })
      .where(liveToken(tokenHash))
      .returning({ employeeId: passwordResets.employeeId });
    if (!spent) throw invalidToken();
    const [emp] = await tx
      .update(employees)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(employees.id, spent.employeeId))
      .returning({ id: employees.id, email: employees.email });
    if (!emp) throw invalidToken();
    await tx.delete(sessions).where(eq(sessions.employeeId, emp.id));
    await tx.delete(passwordResets).where(and(eq(passwordResets.employeeId, emp.id), ne(passwordResets.tokenHash, tokenHash)));
    // Someone locked out by failed logins is let in again by proving they own the mailbox.
    await clearThrottle(tx, accountRule(emp.email).key);
    await audit(tx, {
      actor: { id: emp.id, roles: new Set(), locale: 'ja', ip: input.ip },
      action: 'auth.password_reset.completed',
      entityType: 'employee',
      entityId: emp.id,
    });
  });
}
