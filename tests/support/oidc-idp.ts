import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** What the test identity provider knows of a person: the claims it hands out for the scopes asked. */
export type IdpAccount = {
  email: string;
  email_verified?: boolean | string;
  family_name?: string;
  given_name?: string;
  name?: string;
  xms_edov?: boolean;
};

export type TestIdp = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, IdpAccount>;
  /** Rewrites the next ID tokens the token endpoint hands out (re-signed with the provider's own key). */
  tamperIdToken: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  /** Errors the provider raised while serving (a healthy run has none). */
  serverErrors: Error[];
  stop: () => Promise<void>;
  /** Starts again on the same port after stop(). */
  restart: () => Promise<void>;
};

const b64url = (v: string | Buffer) => Buffer.from(v).toString('base64url');

function resign(token: string, key: KeyObject, kid: string, edit: (c: Record<string, unknown>) => Record<string, unknown>): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
  const head = b64url(JSON.stringify({ alg: 'RS256', kid, typ: 'JWT' }));
  const body = b64url(JSON.stringify(edit(payload)));
  const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key);
  return `${head}.${body}.${b64url(sig)}`;
}

/**
 * A real OpenID Provider (oidc-provider) on 127.0.0.1 and a random port, in the test process: discovery,
 * PKCE-required authorization code flow, dev sign-in pages (any password; the login names the account),
 * userinfo. Consent is granted in advance so a sign-in is one form, as with a company IdP.
 */
export async function startTestIdp(opts: { redirectUri: string; clientId?: string; clientSecret?: string }): Promise<TestIdp> {
  const clientId = opts.clientId ?? 'mendan-test';
  const clientSecret = opts.clientSecret ?? 'a-test-client-secret-of-32-chars!';
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = 'test-key';
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as Record<string, unknown>), kid, alg: 'RS256', use: 'sig' };
  const accounts = new Map<string, IdpAccount>();
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://127.0.0.1:${port}`;

  const config: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: ['test-cookie-key-one', 'test-cookie-key-two'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['family_name', 'given_name', 'name'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
    findAccount: async (_ctx, id) => {
      const a = accounts.get(id);
      return a ? { accountId: id, claims: async () => ({ sub: id, ...a }) } : undefined;
    },
    // A company IdP asks no consent for its own applications: every request gets the scopes it asks.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, config);
  const idp: TestIdp = {
    issuer,
    clientId,
    clientSecret,
    accounts,
    tamperIdToken: null,
    serverErrors: [],
    stop: () => new Promise<void>((r) => server.close(() => r())),
    restart: () => new Promise<void>((r) => server.listen(port, '127.0.0.1', r)),
  };
  provider.on('server_error', (_ctx, err) => idp.serverErrors.push(err));
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && idp.tamperIdToken && body?.id_token) {
      body.id_token = resign(body.id_token, privateKey, kid, idp.tamperIdToken);
    }
  });
  server.on('request', provider.callback());
  // A stopped provider must refuse at once, not hang on a kept-alive socket.
  server.keepAliveTimeout = 1;
  return idp;
}

/**
 * Walks the provider's pages as a browser would (cookies kept, redirects followed by hand) and signs in as
 * `login`: returns the URL the provider finally sends the browser to (the application's callback).
 */
export async function signInAtIdp(authorizationUrl: string, login: string, redirectPrefix: string): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const sc of res.headers.getSetCookie()) {
      const [pair] = sc.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  };
  let url = new URL(authorizationUrl);
  for (let hop = 0; hop < 10; hop++) {
    if (url.href.startsWith(redirectPrefix)) return url;
    const res = await send(url);
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url);
      continue;
    }
    const html = await res.text();
    if (!html.includes('name="prompt" value="login"')) throw new Error(`unexpected provider page ${res.status}: ${html.slice(0, 300)}`);
    const posted = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    });
    url = new URL(posted.headers.get('location')!, url);
  }
  throw new Error('the provider never sent the browser back');
}
