import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, sessions } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { signInAtIdp } from '../support/oidc-idp';
import { CALLBACK, DOMAIN, deliver, idpPerson, refusal, type SsoWorld, ssoSignIn, ssoWorld, startAt } from '../support/sso';

// What an attacker (or a broken provider) might send back, against a real provider in this process: every
// one ends on the sign-in page with a sentence, never with a session or a stack trace (decision 0019).

let w: SsoWorld;
let login: string;
let employeeId: string;
beforeAll(async () => {
  w = await ssoWorld();
  employeeId = (await makeEmployee(w.t.db, { email: `taro@${DOMAIN}` })).id;
  login = idpPerson(w, `taro@${DOMAIN}`);
}, 60_000);
afterAll(() => w.close());

const sessionsOf = async () => (await w.t.db.select().from(sessions).where(eq(sessions.employeeId, employeeId))).length;

/** What the audit log says about the last refused sign-in: the check that failed, in openid-client's words. */
async function lastFailure(): Promise<string> {
  const rows = await w.t.db.select().from(auditLog).where(eq(auditLog.action, 'auth.sso.failed')).orderBy(desc(auditLog.id)).limit(1);
  return (rows[0]!.detail as { detail: string }).detail;
}

/** Signs in at the provider with the ID token rewritten by `edit`, and returns the app's refusal. */
async function withIdToken(edit: (claims: Record<string, unknown>) => Record<string, unknown>) {
  const before = await sessionsOf();
  w.idp.tamperIdToken = edit;
  try {
    const c = w.client();
    const { location } = await ssoSignIn(c, login);
    expect(c.cookies.has('mendan_sid')).toBe(false);
    expect(await sessionsOf()).toBe(before);
    return refusal(location);
  } finally {
    w.idp.tamperIdToken = null;
  }
}

const FAILED = 'シングルサインオンを完了できませんでした。お手数ですが、もう一度「シングルサインオンでログイン」からやり直してください。';

describe('SSO against tampering', () => {
  it('refuses a tampered state, and one that is not this browser’s', async () => {
    const c = w.client();
    const callback = await signInAtIdp(await startAt(c), login, CALLBACK);
    const forged = new URL(callback);
    forged.searchParams.set('state', `${forged.searchParams.get('state')}x`);
    const r = refusal((await deliver(c, forged)).headers.get('location')!);
    expect(r).toEqual({ reason: 'failed', message: FAILED });
    expect(await lastFailure()).toBe('state does not match this browser');

    // Someone else's genuine callback (login CSRF): this browser never started that trip.
    const victim = w.client();
    const other = w.client();
    const theirs = await signInAtIdp(await startAt(other), login, CALLBACK);
    await startAt(victim);
    expect(refusal((await deliver(victim, theirs)).headers.get('location')!).reason).toBe('failed');
    expect(victim.cookies.has('mendan_sid')).toBe(false);
  });

  it('refuses a replayed callback and a replayed code', async () => {
    const c = w.client();
    const { location, callback } = await ssoSignIn(c, login);
    expect(location).toBe('/');
    // The same callback again, even with the state cookie put back: the trip is spent.
    c.cookies.set('mendan_sso', callback.searchParams.get('state')!);
    expect(refusal((await deliver(c, callback)).headers.get('location')!).reason).toBe('failed');
    // The old code on a new trip of this browser: the provider refuses it (used once, and not this PKCE).
    const fresh = new URL(await startAt(c));
    const replay = new URL(callback);
    replay.searchParams.set('state', fresh.searchParams.get('state')!);
    expect(refusal((await deliver(c, replay)).headers.get('location')!).reason).toBe('failed');
    const reasons = (await w.t.db.select().from(auditLog).where(eq(auditLog.action, 'auth.sso.failed'))).map(
      (a) => (a.detail as { detail: string }).detail,
    );
    expect(reasons).toContainEqual(expect.stringContaining('invalid_grant'));
  });

  it('refuses an ID token for another client (wrong audience)', async () => {
    expect(await withIdToken((c) => ({ ...c, aud: 'some-other-app' }))).toEqual({ reason: 'failed', message: FAILED });
    expect(await lastFailure()).toMatch(/"aud" \(audience\)/);
  });

  it('refuses an expired ID token', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await withIdToken((c) => ({ ...c, iat: now - 7200, exp: now - 3600 }))).reason).toBe('failed');
    expect(await lastFailure()).toMatch(/"exp" \(expiration time\)/);
  });

  it('refuses an ID token whose nonce is not this trip’s', async () => {
    expect((await withIdToken((c) => ({ ...c, nonce: 'a-nonce-from-another-trip' }))).reason).toBe('failed');
    expect(await lastFailure()).toMatch(/"nonce" claim/);
  });

  it('refuses an ID token from another issuer', async () => {
    expect((await withIdToken((c) => ({ ...c, iss: 'https://evil.test' }))).reason).toBe('failed');
    expect(await lastFailure()).toMatch(/"iss" \(issuer\)/);
  });

  it('says the provider cannot be reached when it is down, at the start and at the callback', async () => {
    const c = w.client();
    const callback = await signInAtIdp(await startAt(c), login, CALLBACK);
    await w.idp.stop();
    try {
      const unreachable =
        'ID プロバイダー(会社の認証サービス)に接続できませんでした。しばらく待ってからもう一度お試しください。続くようなら管理者にお問い合わせください。';
      const atCallback = await deliver(c, callback);
      expect(atCallback.status).toBe(302);
      expect(refusal(atCallback.headers.get('location')!)).toEqual({ reason: 'unreachable', message: unreachable });
      const atStart = await w.client().get('/api/v1/auth/sso/start?next=/history');
      expect(atStart.status).toBe(302);
      expect(atStart.headers.get('location')).toBe('/login?sso_error=unreachable&next=%2Fhistory');
    } finally {
      await w.idp.restart();
    }
    // Back up: signing in works again without any restart of Mendan.
    expect((await ssoSignIn(w.client(), login)).location).toBe('/');
  });

  it('says so when the person cancels at the provider', async () => {
    const c = w.client();
    const url = new URL(await startAt(c));
    const cancelled = new URL(CALLBACK);
    cancelled.search = new URLSearchParams({ error: 'access_denied', state: url.searchParams.get('state')!, iss: w.idp.issuer }).toString();
    const r = refusal((await deliver(c, cancelled)).headers.get('location')!);
    expect(r).toEqual({ reason: 'cancelled', message: 'ID プロバイダーでのログインが取り消されました。' });
  });

  it('throttles failed callbacks from one address, and tells the person to wait', async () => {
    const c = w.client();
    const bogus = `/api/v1/auth/sso/callback?code=x&state=${'s'.repeat(43)}`;
    const reasons: string[] = [];
    for (let i = 0; i < 31; i++) reasons.push(refusal((await c.get(bogus)).headers.get('location')!).reason);
    expect(reasons.slice(0, 30).every((r) => r === 'failed')).toBe(true);
    expect(reasons[30]).toBe('throttled');
    const throttled = await w.t.db.select().from(auditLog).where(eq(auditLog.action, 'auth.sso.throttled'));
    expect(throttled.length).toBeGreaterThan(0);
  });
});
