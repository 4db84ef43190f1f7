import type { MiddlewareHandler } from 'hono';
import { unauthenticated } from '../../domain/errors';
import type { AppEnv } from '../context';

/**
 * The only API routes a signed-out caller may reach. Everything else under /api/v1 needs a session:
 * a route added later is closed until it is listed here on purpose.
 */
export const PUBLIC_ROUTES: readonly string[] = [
  'GET /api/v1/health',
  'GET /api/v1/ready',
  'GET /api/v1/openapi.json',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password-reset/request',
  'POST /api/v1/auth/password-reset/confirm',
  // Single sign-on (docs/decisions/0019): whether it is on, and the trip to the identity provider and back.
  'GET /api/v1/auth/sso',
  'GET /api/v1/auth/sso/start',
  'GET /api/v1/auth/sso/callback',
  // First run, while no administrator exists (domain/setup): 404/409 ever after.
  'GET /api/v1/setup',
  'POST /api/v1/setup/admin',
  'POST /api/v1/setup/demo',
  'GET /api/v1/setup/demo',
];
const PUBLIC = new Set(PUBLIC_ROUTES);

/** Whether a request may pass without a session (a trailing slash reaches no route either way). */
export const isPublicRoute = (method: string, path: string): boolean => PUBLIC.has(`${method.toUpperCase()} ${path}`);

/**
 * Signed-out callers get 401 before any routing or validation, so nothing about a feature (not even
 * whether a path exists) leaks to them.
 */
export const signInGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('actor') && !isPublicRoute(c.req.method, c.req.path)) throw unauthenticated();
  await next();
};
