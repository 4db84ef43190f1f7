import { expect } from 'vitest';
import { testConfig } from '../../src/config';
import { SSO_OFF, type SsoSettings } from '../../src/domain/sso/schemas';
import { translator } from '../../src/i18n';
import { makeEmployee } from './factories';
import { makeTestApp, type TestApp, TestClient } from './harness';
import { signInAtIdp, startTestIdp, type TestIdp } from './oidc-idp';

/** The address the app believes it is served at: the provider sends browsers back to it. */
export const PUBLIC_URL = 'http://127.0.0.1:3999';
export const CALLBACK = `${PUBLIC_URL}/api/v1/auth/sso/callback`;
export const DOMAIN = 'example.co.jp';

export type SsoWorld = {
  t: TestApp;
  idp: TestIdp;
  admin: TestClient;
  adminEmail: string;
  settings: SsoSettings;
  /** A client from its own address (the app trusts X-Forwarded-For here, so throttles do not mix). */
  client: () => TestClient;
  close: () => Promise<void>;
};

let ipSeq = 0;

/** An app with SSO set up by an admin through the API, against a real provider started in this process. */
export async function ssoWorld(over: Partial<SsoSettings> = {}): Promise<SsoWorld> {
  const idp = await startTestIdp({ redirectUri: CALLBACK });
  const t = await makeTestApp({
    config: testConfig({ publicUrl: PUBLIC_URL, oidcClientSecret: idp.clientSecret, trustProxy: true }),
  });
  const client = () => new TestClient(t.app, `198.51.100.${(++ipSeq % 250) + 1}`);
  const adminRow = await makeEmployee(t.db, { roles: ['admin'], email: `kanri${Date.now()}@${DOMAIN}` });
  const admin = await client().login(adminRow.email);
  const settings: SsoSettings = {
    ...SSO_OFF,
    enabled: true,
    issuer: idp.issuer,
    clientId: idp.clientId,
    allowedDomains: [DOMAIN],
    ...over,
  };
  const res = await admin.put('/api/v1/admin/sso', settings);
  expect(res.status, await res.clone().text()).toBe(200);
  return {
    t,
    idp,
    admin,
    adminEmail: adminRow.email,
    settings,
    client,
    close: async () => {
      await t.close();
      await idp.stop().catch(() => {});
    },
  };
}

/** A person the provider knows, signing in with a verified address of the allowed domain unless told otherwise. */
export function idpPerson(w: SsoWorld, email: string, claims: Partial<Parameters<TestIdp['accounts']['set']>[1]> = {}) {
  const login = `acct-${email}`;
  w.idp.accounts.set(login, { email, email_verified: true, family_name: '山田', given_name: '太郎', ...claims });
  return login;
}

/** The first half of a sign-in: the app's redirect to the provider, with the state cookie set in `c`. */
export async function startAt(c: TestClient, next?: string) {
  const res = await c.get(`/api/v1/auth/sso/start${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  expect(res.status).toBe(302);
  return res.headers.get('location')!;
}

/** The callback as the provider sent it, delivered to the app as the browser would. */
export const deliver = (c: TestClient, callback: URL, headers?: Record<string, string>) =>
  c.get(`${callback.pathname}${callback.search}`, headers);

/** A whole sign-in through the provider's pages; returns the app's last answer (a redirect) and the callback used. */
export async function ssoSignIn(c: TestClient, login: string, next?: string) {
  const authorizationUrl = await startAt(c, next);
  const callback = await signInAtIdp(authorizationUrl, login, CALLBACK);
  const res = await deliver(c, callback);
  return { res, location: res.headers.get('location') ?? '', callback };
}

/** The sign-in page's address for a refusal, and the Japanese sentence the page shows for it. */
export function refusal(location: string) {
  const url = new URL(location, PUBLIC_URL);
  expect(url.pathname).toBe('/login');
  const reason = url.searchParams.get('sso_error') ?? '';
  return { reason, message: translator('ja')(`auth.sso.errors.${reason}`) };
}
