import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appSettings, employees, roleGrants } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { type FieldErrors, forbidden, invalid } from '../errors';
import { discover, SsoError } from './oidc';
import { mayUsePassword } from './policy';
import type { SsoSettingsView, SsoStatus } from './responses';
import { SSO_OFF, type SsoSettings, SsoSettingsBody } from './schemas';

/** app_settings key of the SSO settings (docs/decisions/0019). Absent: SSO is off. */
const KEY = 'sso';

/** Where the provider sends people back: registered at the provider as the redirect URI. */
export const redirectUriFor = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/api/v1/auth/sso/callback`;

/** The stored settings; off when never set (or, should a stored value ever fail its schema, off rather than half on). */
export async function readSsoSettings(db: Db): Promise<SsoSettings> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY));
  if (!row) return SSO_OFF;
  const parsed = SsoSettingsBody.safeParse(row.value);
  return parsed.success ? parsed.data : SSO_OFF;
}

/** For the sign-in page, before anyone is signed in: nothing about the provider or the break-glass admins. */
export async function ssoStatus(db: Db): Promise<SsoStatus> {
  const s = await readSsoSettings(db);
  return { enabled: s.enabled, ssoOnly: s.enabled && s.ssoOnly };
}

/** Whether this person may use a password now (policy.mayUsePassword, with their admin role read only when it matters). */
export async function passwordAllowed(db: Db, person: { id: string; email: string }): Promise<boolean> {
  const s = await readSsoSettings(db);
  if (!s.enabled || !s.ssoOnly) return true;
  const admin = await db
    .select({ id: roleGrants.employeeId })
    .from(roleGrants)
    .where(and(eq(roleGrants.employeeId, person.id), eq(roleGrants.role, 'admin')));
  return mayUsePassword(s, { email: person.email, isAdmin: admin.length > 0 });
}

type Env = { publicUrl: string; secret: string | undefined };
const view = (s: SsoSettings, env: Env): SsoSettingsView => ({
  ...s,
  redirectUri: redirectUriFor(env.publicUrl),
  secretConfigured: !!env.secret,
});

export async function getSsoSettings(db: Db, opts: { actor: Actor } & Env): Promise<SsoSettingsView> {
  if (!can(opts.actor, 'manageSso')) throw forbidden();
  return view(await readSsoSettings(db), opts);
}

/** Break-glass people must be active admins who have a password, or SSO-only would lock everyone out. */
async function checkBreakGlass(db: Db, emails: readonly string[], fields: FieldErrors) {
  if (!emails.length) return;
  const rows = await db
    .select({ email: employees.email })
    .from(employees)
    .innerJoin(roleGrants, and(eq(roleGrants.employeeId, employees.id), eq(roleGrants.role, 'admin')))
    .where(and(inArray(employees.email, [...emails]), eq(employees.status, 'active'), isNotNull(employees.passwordHash)));
  const ok = new Set(rows.map((r) => r.email));
  emails.forEach((email, i) => {
    if (!ok.has(email)) fields[`breakGlass.${i}`] = { key: 'auth.sso.errors.breakGlassNotAdmin', params: { email } };
  });
}

/**
 * An admin changes the SSO settings; audited with what changed (never a secret: there is none here). Turning
 * SSO on needs the secret in the server's environment; SSO-only needs working break-glass admins.
 */
export async function setSsoSettings(db: Db, opts: { actor: Actor; settings: SsoSettings } & Env): Promise<SsoSettingsView> {
  const { actor } = opts;
  if (!can(actor, 'manageSso')) throw forbidden();
  const next: SsoSettings = {
    ...opts.settings,
    allowedDomains: [...new Set(opts.settings.allowedDomains)],
    breakGlass: [...new Set(opts.settings.breakGlass)],
  };
  const fields: FieldErrors = {};
  if (next.enabled && !opts.secret) fields.enabled = { key: 'auth.sso.errors.secretMissing' };
  if (next.ssoOnly) await checkBreakGlass(db, next.breakGlass, fields);
  if (Object.keys(fields).length) throw invalid(fields);
  await db.transaction(async (tx) => {
    const before = await readSsoSettings(tx);
    await tx
      .insert(appSettings)
      .values({ key: KEY, value: next })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: next, updatedAt: new Date() } });
    const changed = (Object.keys(next) as (keyof SsoSettings)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]));
    await audit(tx, {
      actor,
      action: 'settings.sso.update',
      entityType: 'settings',
      entityId: KEY,
      detail: { changed, before, after: next },
    });
  });
  return view(next, opts);
}

/**
 * The admin's connection test: discovery against the issuer being entered, before anyone depends on it.
 * `detail` is what went wrong in the provider's or the network's words, for whoever configures the IdP.
 */
export async function checkSsoProvider(opts: { actor: Actor; issuer: string }): Promise<{ ok: boolean; detail: string | null }> {
  if (!can(opts.actor, 'manageSso')) throw forbidden();
  try {
    await discover({ issuer: opts.issuer, clientId: 'connection-test' }, undefined);
    return { ok: true, detail: null };
  } catch (err) {
    return { ok: false, detail: err instanceof SsoError ? err.detail : 'error' };
  }
}
