import { timingSafeEqual } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { ssoLogins } from '../../db/schema';
import { audit } from '../audit/audit';
import { createSession } from '../auth/sessions';
import { giveBack, takeAttempt, type ThrottleRule } from '../auth/throttle';
import { sha256 } from '../auth/tokens';
import { authorizationUrl, type Challenge, discover, exchangeCode, newChallenge, SsoError } from './oidc';
import { personForSso } from './people';
import { refuseClaims, safeReturnPath } from './policy';
import { readSsoSettings, redirectUriFor } from './settings';

/** How long a trip to the provider may take, sign-in page and all (the state cookie lives as long). */
export const SSO_FLOW_MINUTES = 10;
const WINDOW = 15 * 60;
// Starting costs a row and a request to the provider; a failed callback is someone's bad or replayed link.
export const startRule = (ip: string): ThrottleRule => ({ key: `sso:start:ip:${ip}`, limit: 60, windowSeconds: WINDOW });
export const callbackRule = (ip: string): ThrottleRule => ({ key: `sso:callback:ip:${ip}`, limit: 30, windowSeconds: WINDOW });

type Env = { publicUrl: string; secret: string | undefined; ip: string };

/**
 * Begins a sign-in: a fresh state, nonce and PKCE verifier held in the database (any server can finish it),
 * and the provider's authorization URL to send the browser to. The caller puts `state` in a short-lived
 * cookie, which binds the trip to this browser.
 */
export async function startSso(db: Db, opts: Env & { next?: string }): Promise<{ url: string; state: string }> {
  const s = await readSsoSettings(db);
  if (!s.enabled || !opts.secret) throw new SsoError('notConfigured');
  if (!(await takeAttempt(db, startRule(opts.ip)))) throw new SsoError('throttled');
  const config = await discover(s, opts.secret);
  const c = newChallenge();
  // Trips never finished are cleared by later ones: the table stays as small as the sign-ins under way.
  await db.delete(ssoLogins).where(lt(ssoLogins.expiresAt, sql`now()`));
  await db.insert(ssoLogins).values({
    stateHash: sha256(c.state),
    nonce: c.nonce,
    codeVerifier: c.codeVerifier,
    returnTo: safeReturnPath(opts.next),
    expiresAt: sql`now() + make_interval(mins => ${SSO_FLOW_MINUTES})` as unknown as Date,
  });
  const url = await authorizationUrl(config, redirectUriFor(opts.publicUrl), c);
  return { url: url.href, state: c.state };
}

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The trip this callback ends, spent in one statement: a second use of the same link finds nothing. */
async function spendTrip(db: Db, state: string | null, cookieState: string | undefined) {
  if (!state || !cookieState || !sameText(state, cookieState)) throw new SsoError('failed', 'state does not match this browser');
  const [trip] = await db
    .delete(ssoLogins)
    .where(and(eq(ssoLogins.stateHash, sha256(state)), sql`${ssoLogins.expiresAt} > now()`))
    .returning();
  if (!trip) throw new SsoError('failed', 'unknown, spent or expired state');
  return trip;
}

export type FinishInput = Env & {
  /** The callback as the provider sent it, on the public URL (the redirect URI it was given). */
  callbackUrl: URL;
  cookieState: string | undefined;
  userAgent?: string;
  sessionDays: number;
};

/**
 * Ends a sign-in: checks the state against this browser's cookie, spends the trip, exchanges the code (PKCE,
 * ID token: issuer, audience, expiry, nonce), reads the address, applies the admin's rules, and opens a session
 * exactly as a password sign-in does. Every refusal is audited with its reason and thrown as an SsoError.
 */
export async function finishSso(db: Db, input: FinishInput) {
  const rule = callbackRule(input.ip);
  if (!(await takeAttempt(db, rule))) {
    await audit(db, { actor: null, action: 'auth.sso.throttled', entityType: 'auth', detail: { ip: input.ip } });
    throw new SsoError('throttled');
  }
  let email: string | undefined;
  try {
    const s = await readSsoSettings(db);
    if (!s.enabled || !input.secret) throw new SsoError('notConfigured');
    const trip = await spendTrip(db, input.callbackUrl.searchParams.get('state'), input.cookieState);
    const challenge: Challenge = {
      state: input.callbackUrl.searchParams.get('state')!,
      nonce: trip.nonce,
      codeVerifier: trip.codeVerifier,
    };
    const config = await discover(s, input.secret);
    const claims = await exchangeCode(config, input.callbackUrl, challenge);
    email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : undefined;
    const refusal = refuseClaims(claims, s);
    if (refusal) throw new SsoError(refusal);
    const person = await personForSso(db, { email: email!, claims, createUnknown: s.createUnknown, ip: input.ip });
    // A sign-in that worked costs neither count: behind one office NAT, only failures and abandoned trips add up.
    await giveBack(db, rule);
    await giveBack(db, startRule(input.ip));
    const session = await createSession(db, { employeeId: person.id, days: input.sessionDays, ip: input.ip, userAgent: input.userAgent });
    await audit(db, {
      actor: { id: person.id, roles: new Set(), locale: 'ja', ip: input.ip },
      action: 'auth.login',
      entityType: 'employee',
      entityId: person.id,
      detail: { method: 'sso', ...(person.created ? { created: true } : {}) },
    });
    return { ...session, employeeId: person.id, returnTo: trip.returnTo };
  } catch (err) {
    if (err instanceof SsoError) {
      const detail = { reason: err.reason, detail: err.detail, ip: input.ip, ...(email ? { email } : {}) };
      await audit(db, { actor: null, action: 'auth.sso.failed', entityType: 'auth', detail });
    }
    throw err;
  }
}
