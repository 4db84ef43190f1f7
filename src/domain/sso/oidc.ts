import * as client from 'openid-client';
import type { SsoReason, SsoSettings } from './schemas';

// The OpenID Connect protocol, through openid-client (certified relying party): discovery, the authorization
// URL with PKCE, state and nonce, and the code exchange with every ID token check (iss, aud, exp, iat, nonce).
// Everything that can go wrong is turned into an SsoError with a reason the person can be told about.

export const SCOPES = 'openid email profile';
/** Seconds to wait for the provider (discovery, token, userinfo) before telling the person it is unreachable. */
const TIMEOUT_SECONDS = 10;

/** A sign-in that did not happen: `reason` is for the person (a catalog key), `detail` for the log and audit. */
export class SsoError extends Error {
  constructor(
    readonly reason: SsoReason,
    readonly detail: string = reason,
  ) {
    super(`sso ${reason}: ${detail}`);
  }
}

/** Whether the provider could not be reached at all (refused, DNS, TLS, timeout), as opposed to answering wrongly. */
function unreachable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return true;
  return err instanceof TypeError && /fetch failed/i.test(err.message);
}

/**
 * Short, secret-free words for the log and the audit: each error's code and message down the cause chain
 * (openid-client wraps the precise check that failed, e.g. the "aud" claim), and the network's code. Never the
 * claims or tokens themselves.
 */
export function explain(err: unknown): string {
  const parts: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const x = e as { code?: unknown; error?: unknown; message?: unknown; claim?: unknown; cause?: unknown };
    for (const v of [x.code, x.error, e instanceof Error ? x.message : undefined, x.claim]) if (typeof v === 'string' && v) parts.push(v);
    e = x.cause;
  }
  return [...new Set(parts)].join(' | ').slice(0, 400) || String(err).slice(0, 200);
}

/** The provider's metadata and this client, ready to use; any failure means the provider is unreachable or not one. */
export async function discover(s: Pick<SsoSettings, 'issuer' | 'clientId'>, secret: string | undefined): Promise<client.Configuration> {
  const issuer = new URL(s.issuer);
  // Plain http is accepted by the settings for this machine only (schemas.isAllowedIssuer).
  const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
  let found: client.Configuration;
  try {
    found = await client.discovery(issuer, s.clientId, undefined, client.None(), { execute, timeout: TIMEOUT_SECONDS });
  } catch (err) {
    throw new SsoError('unreachable', explain(err));
  }
  // client_secret_basic is what every provider must accept (RFC 6749 §2.3.1); post only for one that offers nothing else.
  const methods = found.serverMetadata().token_endpoint_auth_methods_supported;
  const postOnly = !!methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post');
  // Without a secret (the admin's connection test before OIDC_CLIENT_SECRET is set) only discovery is tried.
  const auth = !secret ? client.None() : postOnly ? client.ClientSecretPost(secret) : client.ClientSecretBasic(secret);
  const config = new client.Configuration(found.serverMetadata(), s.clientId, secret, auth);
  for (const fn of execute) fn(config);
  config.timeout = TIMEOUT_SECONDS;
  return config;
}

export type Challenge = { state: string; nonce: string; codeVerifier: string };

/** Fresh state, nonce and PKCE verifier for one trip to the provider. */
export function newChallenge(): Challenge {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
}

export async function authorizationUrl(config: client.Configuration, redirectUri: string, c: Challenge): Promise<URL> {
  return client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPES,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(c.codeVerifier),
    code_challenge_method: 'S256',
    state: c.state,
    nonce: c.nonce,
  });
}

/**
 * Exchanges the code and returns the person's claims: the ID token's (checked by openid-client), completed
 * from the UserInfo endpoint when the ID token carries no address (Okta and oidc-provider put profile claims
 * there when an access token is issued). The UserInfo answer must name the same subject.
 */
export async function exchangeCode(config: client.Configuration, callbackUrl: URL, c: Challenge): Promise<Record<string, unknown>> {
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: c.codeVerifier,
      expectedState: c.state,
      expectedNonce: c.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new SsoError('failed', 'no ID token');
    if (typeof claims.email === 'string' && claims.email) return { ...claims };
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    // What the ID token says wins; UserInfo only fills in what it left out.
    return { ...info, ...claims };
  } catch (err) {
    if (err instanceof SsoError) throw err;
    if (unreachable(err)) throw new SsoError('unreachable', explain(err));
    if (err instanceof client.AuthorizationResponseError && err.error === 'access_denied') throw new SsoError('cancelled', explain(err));
    throw new SsoError('failed', explain(err));
  }
}
