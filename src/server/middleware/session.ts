import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { sessionCache } from '../../domain/auth/session-cache';
import { loadSession, type SessionInfo } from '../../domain/auth/sessions';
import { sha256 } from '../../domain/auth/tokens';
import { newToken } from '../../domain/auth/tokens';
import { DomainError } from '../../domain/errors';
import { isLocale, type Locale, localeFromHeader, translator } from '../../i18n';
import type { AppDeps, AppEnv } from '../context';
import { routeTemplate } from '../http';
import { CROSS_SITE_ENTRIES, isCrossSite, originOf, UNSAFE_METHODS } from './cross-site';

export const SESSION_COOKIE = 'mendan_sid';

/**
 * Writes that change only what someone wrote in an interview — never who a person is, their roles, whom they
 * interview or their sessions — so they leave the session cache as it is. They are the ones people make every few
 * seconds (autosave); dropping the cache on each made almost every request look its session up again (issue 16:
 * 7,791 session lookups for ~7,000 requests under the load suite). Any other write drops it.
 */
const KEEPS_SESSIONS = new Set([
  'PUT /api/v1/interviews/:id/forms/:kind/answers',
  'PATCH /api/v1/interviews/:id/record',
  'POST /api/v1/interviews/:id/notes',
]);
export const CSRF_COOKIE = 'mendan_csrf';
export const LANG_COOKIE = 'mendan_lang';
export const CSRF_HEADER = 'x-csrf-token';

/** Whether cookies carry Secure: COOKIE_SECURE, or `auto` by the public URL's scheme. */
export function secure(deps: AppDeps): boolean {
  if (deps.config.cookieSecure === 'auto') return deps.config.publicUrl.startsWith('https:');
  return deps.config.cookieSecure === 'true';
}

export function setSessionCookies(c: Context<AppEnv>, token: string, csrfToken: string) {
  const deps = c.get('deps');
  const maxAge = deps.config.sessionDays * 86_400;
  const s = secure(deps);
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: s, maxAge });
  setCookie(c, CSRF_COOKIE, csrfToken, { httpOnly: false, sameSite: 'Strict', path: '/', secure: s, maxAge });
}

export function clearSessionCookies(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
}

/** The language of a request without a session: the language cookie, else the browser's. */
export function requestLocale(c: Context): Locale {
  const langCookie = getCookie(c, LANG_COOKIE);
  return isLocale(langCookie) ? langCookie : localeFromHeader(c.req.header('accept-language'));
}

function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? '127.0.0.1';
}

/**
 * Resolves the session, the locale and the CSRF token for every API request.
 * CSRF is a double-submit token: the header must equal the cookie, and for a signed-in
 * person also the token stored with their session. A browser that says the request comes
 * from another site is refused even with a valid token.
 */
export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const publicOrigin = originOf(deps.config.publicUrl) ?? undefined;
  const cache = deps.sessionCache ?? sessionCache(deps.config.sessionCacheSeconds * 1000);
  const resolve = async (token: string, ip: string): Promise<SessionInfo | null> => {
    const idHash = sha256(token);
    const hit = cache.get(idHash);
    if (hit) return { ...hit, actor: { ...hit.actor, ip } };
    const epoch = cache.epoch();
    const session = await loadSession(deps.db, token, ip);
    if (session) cache.set(idHash, session, epoch);
    return session;
  };
  return async (c, next) => {
    c.set('deps', deps);
    c.set('sessions', cache);
    const ip = clientIp(c, deps.config.trustProxy);
    c.set('ip', ip);
    if (!c.req.path.startsWith('/api/')) {
      // The SPA's files and pages (and /metrics) need no session: no database query, no cookie.
      for (const key of ['actor', 'sessionToken', 'csrfToken'] as const) c.set(key, null);
      const locale = requestLocale(c);
      c.set('locale', locale);
      c.set('t', translator(locale));
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE) ?? null;
    const session = token ? await resolve(token, ip) : null;
    c.set('actor', session?.actor ?? null);
    c.set('sessionToken', session ? token : null);
    c.set('csrfToken', session?.csrfToken ?? null);
    const locale = session?.actor.locale ?? requestLocale(c);
    c.set('locale', locale);
    c.set('t', translator(locale));

    let csrfCookie = getCookie(c, CSRF_COOKIE);
    if (session) csrfCookie = session.csrfToken;
    if (!getCookie(c, CSRF_COOKIE) || (session && getCookie(c, CSRF_COOKIE) !== session.csrfToken)) {
      csrfCookie = session?.csrfToken ?? newToken();
      setCookie(c, CSRF_COOKIE, csrfCookie, { httpOnly: false, sameSite: 'Strict', path: '/', secure: secure(deps) });
    }
    if (token && !session) deleteCookie(c, SESSION_COOKIE, { path: '/' });

    const crossSite =
      !CROSS_SITE_ENTRIES.has(`${c.req.method} ${c.req.path}`) &&
      isCrossSite({
        method: c.req.method,
        secFetchSite: c.req.header('sec-fetch-site'),
        origin: c.req.header('origin'),
        selfOrigin: new URL(c.req.url).origin,
        publicOrigin,
      });
    if (crossSite) throw new DomainError(403, 'errors.crossSite');
    if (UNSAFE_METHODS.has(c.req.method)) {
      const header = c.req.header(CSRF_HEADER);
      const cookie = getCookie(c, CSRF_COOKIE);
      const expected = session ? session.csrfToken : cookie;
      if (!header || !expected || header !== expected || (cookie !== undefined && cookie !== header)) {
        throw new DomainError(403, 'errors.csrf');
      }
    }
    await next();
    // Whatever a write changed (roles, status, sessions, settings) is read afresh by the next request.
    if (UNSAFE_METHODS.has(c.req.method) && c.res.status < 400 && !KEEPS_SESSIONS.has(`${c.req.method} ${routeTemplate(c)}`)) {
      await cache.changed();
    }
  };
}
