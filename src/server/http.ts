import { matchedRoutes } from 'hono/route';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { TFunction } from 'i18next';
import { DomainError, type FieldErrors, unauthenticated } from '../domain/errors';
import type { Actor } from '../domain/actor';
import type { AppEnv } from './context';

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export function errorBody(t: TFunction, key: string, params: Record<string, unknown> = {}, fields?: FieldErrors): ErrorBody {
  const body: ErrorBody = { error: { code: key.split('.').pop() ?? key, message: t(key, params) } };
  if (fields) {
    body.error.fields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, t(v.key, v.params ?? {})]));
  }
  return body;
}

export function sendError(c: Context<AppEnv>, err: DomainError) {
  return c.json(errorBody(c.get('t'), err.key, err.params, err.fields), err.status as ContentfulStatusCode);
}

/** The acting person, or a 401 for routes that need one. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated();
  return actor;
}

export { DomainError };

/**
 * A header added once the handler has answered (a middleware's `await next()` returned). Set on the response
 * itself: `c.header` at that point rebuilds the response, which sends @hono/node-server off its fast path
 * (it then streams the body through a web ReadableStream — a measurable share of every request, issue 16).
 */
export function headerAfter(c: Context, name: string, value: string, opts: { append?: boolean } = {}) {
  if (opts.append) c.res.headers.append(name, value);
  else c.res.headers.set(name, value);
}

/**
 * The template of the route the request matched (`/api/v1/employees/:id`), even when a middleware
 * answered before it (the gate's 401); `unmatched` for an unknown API path and `web` for the SPA's
 * files and pages, so a scan of random paths cannot grow the metrics.
 */
export function routeTemplate(c: Context): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const r = routes[i]!;
    if (r.method !== 'ALL' && r.path !== '*' && r.path !== '/*') return r.path;
  }
  return c.req.path.startsWith('/api/') ? 'unmatched' : 'web';
}
