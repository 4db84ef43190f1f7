import type { App } from './context';
import { CSRF_HEADER, SESSION_COOKIE } from './middleware/session';

/** The served document's head: the product, and how a caller proves who they are. */
export const DOCUMENT: Parameters<App['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'Mendan API',
    version: '1',
    description:
      'Career interviews (キャリア面談) end to end. Sign in with POST /api/v1/auth/login; the session is an HttpOnly cookie, and every ' +
      'state-changing request carries the CSRF token (from the login answer or the mendan_csrf cookie) in the X-CSRF-Token header. ' +
      "Errors answer { error: { code, message, fields? } } with the message in the caller's language.",
  },
  security: [{ session: [], csrf: [] }],
};

/** Registers the security schemes the document names (session cookie, CSRF header). */
export function registerSecuritySchemes(app: App) {
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Set by POST /auth/login; HttpOnly.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'csrf', {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description: 'Required on POST, PUT, PATCH and DELETE: the csrfToken of the login answer (also the mendan_csrf cookie).',
  });
}

/** The OpenAPI 3.1 document of an app, as served at /api/v1/openapi.json. */
export const openApiDocument = (app: App) => app.getOpenAPI31Document(DOCUMENT);
