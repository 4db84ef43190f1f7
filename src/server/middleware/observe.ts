import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../context';
import { headerAfter, routeTemplate } from '../http';
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
