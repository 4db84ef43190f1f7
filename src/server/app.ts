import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { isConnectionError } from '../db/connection-errors';
import { noteDeniedRead } from '../domain/audit/denied-reads';
import { DomainError } from '../domain/errors';
import { translator } from '../i18n';
import type { AppDeps } from './context';
import { DOCUMENT, registerSecuritySchemes } from './document';
import { errorBody, headerAfter } from './http';
import { unavailable } from './outage';
import { admission } from './middleware/admission';
import { signInGate } from './middleware/gate';
import { observe } from './middleware/observe';
import { HttpMetrics } from './metrics';
import { requestLocale, sessionMiddleware } from './middleware/session';
import { router } from './router';
import { scimRoutes } from './scim';
import { registerRoutes } from './routes';
import { metricsRoute } from './routes/ops';
import { serveWeb } from './static';
import { setCompanyTimeZone } from '../domain/shared/calendar';

export const BODY_LIMIT = 1024 * 1024;
export const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export function createApp(deps: AppDeps, opts: { web?: boolean } = {}) {
  setCompanyTimeZone(deps.config.companyTz);
  const app = router();
  const metrics = new HttpMetrics();

  app.use('*', observe(deps, metrics));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'same-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('/api/*', admission(deps.config.activeRequests));
  app.use('/api/*', async (c, next) => {
    const limit = c.req.path.startsWith('/api/v1/imports/') ? IMPORT_BODY_LIMIT : BODY_LIMIT;
    return bodyLimit({
      maxSize: limit,
      // The session is not loaded yet here: the language comes from the cookie or the browser.
      onError: (cc) => cc.json(errorBody(translator(requestLocale(cc)), 'errors.payloadTooLarge'), 413),
    })(c, next);
  });
  app.use('*', sessionMiddleware(deps));
  app.use('/api/*', async (c, next) => {
    await next();
    headerAfter(c, 'Cache-Control', 'no-store');
  });
  app.use('/api/v1/*', signInGate);

  registerRoutes(app);
  // SCIM for identity providers: bearer tokens, not sessions (no /api prefix, so no session gate or CSRF).
  app.route('/scim/v2', scimRoutes());
  app.get('/metrics', metricsRoute(deps, metrics));

  registerSecuritySchemes(app);
  app.doc31('/api/v1/openapi.json', DOCUMENT);

  app.notFound((c) => c.json(errorBody(c.get('t') ?? translator('ja'), 'errors.notFound'), 404));
  app.onError(async (err, c) => {
    const t = c.get('t') ?? translator('ja');
    if (err instanceof DomainError) {
      // A route's 404 is a record the actor may not see; unknown paths (app.notFound) are not counted.
      const actor = c.get('actor');
      if (err.status === 404 && actor && c.req.path.startsWith('/api/')) {
        await noteDeniedRead(deps.db, { actor, path: c.req.path }).catch((e) => {
          c.get('log').error({ err: e }, 'could not count a denied read');
        });
      }
      return c.json(errorBody(t, err.key, err.params, err.fields), err.status);
    }
    // Malformed JSON and similar parse failures are the client's fault, not a crash.
    if (err instanceof HTTPException && err.status < 500) {
      if (err.status === 413) return c.json(errorBody(t, 'errors.payloadTooLarge'), 413);
      return c.json(errorBody(t, 'errors.badRequest'), 400);
    }
    // The database is unreachable: try again later (503), one log line per outage, not a stack per request.
    if (isConnectionError(err)) {
      deps.outage?.report(err);
      return unavailable(c);
    }
    c.get('log').error({ err }, 'unhandled error');
    return c.json(errorBody(t, 'errors.internal'), 500);
  });

  if (opts.web) serveWeb(app);
  return app;
}
