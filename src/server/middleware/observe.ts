import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppDeps, AppEnv } from '../context';
import { headerAfter } from '../http';
import type { HttpMetrics } from '../metrics';

/** An id a proxy or a client may hand in: short and plain, so it cannot forge or break a log line. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Runs first for every request: gives it an id (the caller's X-Request-Id when safe, else a new one),
 * a logger stamped with that id, and on the way out the X-Request-Id header, one access line and the
 * HTTP metrics. The access line names the path without its query (a query may hold a token), the
 * route's template and the actor's id; never a body, a cookie or an email. A 5xx's error is logged
 * once, with its stack, by the app's error handler; the access line stays at info for every status.
 */
export function observe(deps: AppDeps, metrics: HttpMetrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header(REQUEST_ID_HEADER);
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const log = deps.log.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    await next();
    headerAfter(c, REQUEST_ID_HEADER, requestId);
    const seconds = (performance.now() - started) / 1000;
    const route = routeTemplate(c);
    metrics.observe(c.req.method, route, c.res.status, seconds);
    log.info(
      {
        method: c.req.method,
        path: c.req.path.slice(0, 256),
        route,
        status: c.res.status,
        ms: Math.round(seconds * 10_000) / 10,
        actorId: c.get('actor')?.id,
      },
      'request',
    );
  };
}

/**
 * The template of the route the request matched (`/api/v1/employees/:id`), even when a middleware
 * answered before it (the gate's 401); `unmatched` for an unknown API path and `web` for the SPA's
 * files and pages, so a scan of random paths cannot grow the metrics.
 */
function routeTemplate(c: Context<AppEnv>): string {
  const routes = matchedRoutes(c);
  for (let i = routes.length - 1; i >= 0; i--) {
    const r = routes[i]!;
    if (r.method !== 'ALL' && r.path !== '*' && r.path !== '/*') return r.path;
  }
  return c.req.path.startsWith('/api/') ? 'unmatched' : 'web';
}
