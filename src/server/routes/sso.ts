import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { finishSso, SSO_FLOW_MINUTES, startSso } from '../../domain/sso/flow';
import { SsoError } from '../../domain/sso/oidc';
import { safeReturnPath } from '../../domain/sso/policy';
import { SsoCheck, SsoSettingsView, SsoStatus } from '../../domain/sso/responses';
import { SsoCallbackQuery, SsoSettingsBody, SsoStartQuery } from '../../domain/sso/schemas';
import { checkSsoProvider, getSsoSettings, redirectUriFor, setSsoSettings, ssoStatus } from '../../domain/sso/settings';
import type { AppEnv } from '../context';
import { requireActor } from '../http';
import { secure, setSessionCookies } from '../middleware/session';
import { json, ok, redirect } from '../openapi';
import { router } from '../router';

/** The browser's half of an SSO trip: the state, for this path only, for as long as the trip may take. */
export const SSO_COOKIE = 'mendan_sso';
const COOKIE_PATH = '/api/v1/auth/sso';

/** Back to the sign-in page with the reason, in words the page looks up (auth.sso.errors.*). */
function toLogin(c: Context<AppEnv>, reason: string, next?: string) {
  const q = new URLSearchParams({ sso_error: reason });
  if (next && next !== '/') q.set('next', next);
  return c.redirect(`/login?${q}`, 302);
}

function refused(c: Context<AppEnv>, err: unknown, next?: string) {
  if (!(err instanceof SsoError)) throw err;
  c.get('log').warn({ reason: err.reason, detail: err.detail }, 'sso sign-in refused');
  return toLogin(c, err.reason, next);
}

const CheckBody = z.strictObject({
  issuer: SsoSettingsBody.shape.issuer.refine((v) => v !== '', { message: 'errors.required' }),
});

export const ssoRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/auth/sso', tags: ['auth'], responses: ok(SsoStatus) }), async (c) =>
    c.json(await ssoStatus(c.get('deps').db), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/sso/start',
      tags: ['auth'],
      request: { query: SsoStartQuery },
      responses: redirect('To the identity provider, or back to /login?sso_error=… when SSO cannot start'),
    }),
    async (c) => {
      const { db, config } = c.get('deps');
      const next = safeReturnPath(c.req.valid('query').next);
      try {
        const trip = await startSso(db, { publicUrl: config.publicUrl, secret: config.oidcClientSecret, ip: c.get('ip'), next });
        setCookie(c, SSO_COOKIE, trip.state, {
          httpOnly: true,
          // Lax: the provider sends the browser back with a top-level GET, which must carry the cookie.
          sameSite: 'Lax',
          secure: secure(c.get('deps')),
          path: COOKIE_PATH,
          maxAge: SSO_FLOW_MINUTES * 60,
        });
        return c.redirect(trip.url, 302);
      } catch (err) {
        return refused(c, err, next);
      }
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/sso/callback',
      tags: ['auth'],
      request: { query: SsoCallbackQuery },
      responses: redirect('Signed in: to the page asked for; refused: to /login?sso_error=…'),
    }),
    async (c) => {
      const { db, config } = c.get('deps');
      const cookieState = getCookie(c, SSO_COOKIE);
      deleteCookie(c, SSO_COOKIE, { path: COOKIE_PATH });
      // The provider answered the redirect URI it was given: the public URL, whatever host the proxy forwarded to.
      const callbackUrl = new URL(redirectUriFor(config.publicUrl));
      callbackUrl.search = new URL(c.req.url).search;
      try {
        const s = await finishSso(db, {
          publicUrl: config.publicUrl,
          secret: config.oidcClientSecret,
          ip: c.get('ip'),
          callbackUrl,
          cookieState,
          userAgent: c.req.header('user-agent'),
          sessionDays: config.sessionDays,
        });
        setSessionCookies(c, s.token, s.csrfToken);
        return c.redirect(s.returnTo, 302);
      } catch (err) {
        return refused(c, err);
      }
    },
  )
  .openapi(createRoute({ method: 'get', path: '/admin/sso', tags: ['admin'], responses: ok(SsoSettingsView) }), async (c) => {
    const { db, config } = c.get('deps');
    return c.json(await getSsoSettings(db, { actor: requireActor(c), publicUrl: config.publicUrl, secret: config.oidcClientSecret }), 200);
  })
  .openapi(
    createRoute({ method: 'put', path: '/admin/sso', tags: ['admin'], request: json(SsoSettingsBody), responses: ok(SsoSettingsView) }),
    async (c) => {
      const { db, config } = c.get('deps');
      const settings = c.req.valid('json');
      const env = { publicUrl: config.publicUrl, secret: config.oidcClientSecret };
      return c.json(await setSsoSettings(db, { actor: requireActor(c), settings, ...env }), 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/admin/sso/check', tags: ['admin'], request: json(CheckBody), responses: ok(SsoCheck) }),
    async (c) => {
      const r = await checkSsoProvider({ actor: requireActor(c), issuer: c.req.valid('json').issuer });
      const message = c.get('t')(r.ok ? 'auth.sso.admin.checkOk' : 'auth.sso.admin.checkFailed');
      return c.json({ ok: r.ok, message, detail: r.detail }, 200);
    },
  );
