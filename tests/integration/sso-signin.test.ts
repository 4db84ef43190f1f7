import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employees } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { deliver, DOMAIN, idpPerson, refusal, type SsoWorld, ssoSignIn, ssoWorld, startAt } from '../support/sso';
import { signInAtIdp } from '../support/oidc-idp';
import { CALLBACK } from '../support/sso';

// Sign-in through a real OpenID provider (oidc-provider, in this process): the people it lets in and the
// ones it does not, each with the sentence the sign-in page shows (issue 17.1, decision 0019).

let w: SsoWorld;
beforeAll(async () => {
  w = await ssoWorld();
}, 60_000);
afterAll(() => w.close());

const auditRows = (action: 'auth.login' | 'auth.sso.failed') => w.t.db.select().from(auditLog).where(eq(auditLog.action, action));

describe('SSO sign-in', () => {
  it('signs a known employee in by their verified address, to the page they asked for, with a normal session', async () => {
    const e = await makeEmployee(w.t.db, { email: `hanako@${DOMAIN}`, familyName: '佐藤', givenName: '花子' });
    const login = idpPerson(w, 'Hanako@Example.co.jp');
    const c = w.client();
    const { res, location } = await ssoSignIn(c, login, '/interviews?tab=mine');
    expect(res.status).toBe(302);
    expect(location).toBe('/interviews?tab=mine');
    const sid = res.headers.getSetCookie().find((s) => s.startsWith('mendan_sid='))!;
    expect(sid).toMatch(/HttpOnly/);
    expect(sid).toMatch(/SameSite=Lax/);
    // The state cookie is spent with the trip.
    expect(c.cookies.has('mendan_sso')).toBe(false);
    const me = await c.get('/api/v1/auth/me');
    expect(me.status).toBe(200);
    expect((await me.json()).id).toBe(e.id);
    // Audited like a password sign-in, with how.
    const rows = (await auditRows('auth.login')).filter((r) => r.entityId === e.id);
    expect(rows.map((r) => r.detail)).toEqual([{ method: 'sso' }]);
    expect(rows[0]!.actorId).toBe(e.id);
    // Signing out ends the session like any other.
    expect((await c.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await c.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('sends the provider a PKCE challenge, a state and a nonce, and asks for openid email profile', async () => {
    const url = new URL(await startAt(w.client(), '/'));
    expect(url.origin).toBe(w.idp.issuer);
    const p = url.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('scope')).toBe('openid email profile');
    expect(p.get('redirect_uri')).toBe(CALLBACK);
    expect(p.get('code_challenge_method')).toBe('S256');
    for (const k of ['code_challenge', 'state', 'nonce']) expect(p.get(k)?.length).toBeGreaterThanOrEqual(43);
  });

  it('returns only to a path on this site', async () => {
    await makeEmployee(w.t.db, { email: `jiro@${DOMAIN}` });
    const login = idpPerson(w, `jiro@${DOMAIN}`);
    for (const next of ['//evil.test/x', 'https://evil.test/', '/\\evil.test']) {
      const { location } = await ssoSignIn(w.client(), login, next);
      expect(location, next).toBe('/');
    }
  });

  it('refuses someone Mendan does not know, and creates no account', async () => {
    const login = idpPerson(w, `stranger@${DOMAIN}`);
    const c = w.client();
    const { location } = await ssoSignIn(c, login);
    const r = refusal(location);
    expect(r.reason).toBe('unknownPerson');
    expect(r.message).toBe(
      'このアカウントのメールアドレスで登録されている社員が見つかりません。人事担当者または管理者にお問い合わせください。',
    );
    expect(c.cookies.has('mendan_sid')).toBe(false);
    expect(
      await w.t.db
        .select()
        .from(employees)
        .where(eq(employees.email, `stranger@${DOMAIN}`)),
    ).toEqual([]);
    const failed = (await auditRows('auth.sso.failed')).map((a) => a.detail as Record<string, unknown>);
    expect(failed).toContainEqual(expect.objectContaining({ reason: 'unknownPerson', email: `stranger@${DOMAIN}` }));
  });

  it('refuses a retired employee', async () => {
    await makeEmployee(w.t.db, { email: `taishoku@${DOMAIN}`, status: 'retired' });
    const { location } = await ssoSignIn(w.client(), idpPerson(w, `taishoku@${DOMAIN}`));
    expect(refusal(location).reason).toBe('unknownPerson');
  });

  it('refuses an address of a domain that is not allowed, even for a known employee', async () => {
    await makeEmployee(w.t.db, { email: 'gaibu@partner.example.com' });
    const { location } = await ssoSignIn(w.client(), idpPerson(w, 'gaibu@partner.example.com'));
    const r = refusal(location);
    expect(r.reason).toBe('domainNotAllowed');
    expect(r.message).toBe('このメールアドレスのドメインからはログインできません。会社のアカウントでログインし直してください。');
  });

  it('refuses an address the provider says is not verified', async () => {
    await makeEmployee(w.t.db, { email: `mikakunin@${DOMAIN}` });
    const { location } = await ssoSignIn(w.client(), idpPerson(w, `mikakunin@${DOMAIN}`, { email_verified: false }));
    const r = refusal(location);
    expect(r.reason).toBe('unverifiedEmail');
    expect(r.message).toMatch(/確認済みになっていない/);
  });

  it('accepts Entra ID’s xms_edov when email_verified is absent', async () => {
    await makeEmployee(w.t.db, { email: `entra@${DOMAIN}` });
    const { location } = await ssoSignIn(w.client(), idpPerson(w, `entra@${DOMAIN}`, { email_verified: undefined, xms_edov: true }));
    expect(location).toBe('/');
  });

  it('creates the employee when the admin allows it, with the provider’s names and no password', async () => {
    const put = await w.admin.put('/api/v1/admin/sso', { ...w.settings, createUnknown: true });
    expect(put.status).toBe(200);
    try {
      const c = w.client();
      const { location } = await ssoSignIn(c, idpPerson(w, `shinnyu@${DOMAIN}`, { family_name: '新井', given_name: '入子' }));
      expect(location).toBe('/');
      const [row] = await w.t.db
        .select()
        .from(employees)
        .where(eq(employees.email, `shinnyu@${DOMAIN}`));
      expect(row).toMatchObject({ familyName: '新井', givenName: '入子', passwordHash: null, departmentId: null, status: 'active' });
      expect(row!.employeeNumber).toMatch(/^SSO-[0-9A-F]{10}$/);
      expect((await (await c.get('/api/v1/auth/me')).json()).id).toBe(row!.id);
      const created = await w.t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'employee.create'), eq(auditLog.entityId, row!.id)));
      expect(created.map((a) => a.detail)).toEqual([{ via: 'sso', email: `shinnyu@${DOMAIN}` }]);
      // Still only the allowed domains.
      const other = await ssoSignIn(w.client(), idpPerson(w, 'someone@gmail.com'));
      expect(refusal(other.location).reason).toBe('domainNotAllowed');
    } finally {
      await w.admin.put('/api/v1/admin/sso', w.settings);
    }
  });

  it('accepts the provider’s redirect from another site (the IdP), and nothing else that way', async () => {
    await makeEmployee(w.t.db, { email: `cross@${DOMAIN}` });
    const login = idpPerson(w, `cross@${DOMAIN}`);
    const c = w.client();
    const callback = await signInAtIdp(await startAt(c), login, CALLBACK);
    const res = await deliver(c, callback, { 'sec-fetch-site': 'cross-site' });
    expect(res.headers.get('location')).toBe('/');
    expect((await c.get('/api/v1/auth/me', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('tells the sign-in page whether SSO is on, and nothing more', async () => {
    const res = await w.client().get('/api/v1/auth/sso');
    expect(await res.json()).toEqual({ enabled: true, ssoOnly: false });
  });
});
