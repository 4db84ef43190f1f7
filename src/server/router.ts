import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { unstorableText, zodFieldErrors } from '../domain/shared/issues';
import { checkingResponses, checkResponse } from './contract-check';
import { errorBody } from './http';

/**
 * A new router whose validation failures answer 400 with localized field messages. Input that passed
 * its schema is also refused if it holds text the database cannot store (NUL, a lone surrogate).
 */
export function router() {
  const r = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const fields = zodFieldErrors(result.error.issues);
        return c.json(errorBody(c.get('t'), 'errors.validation', {}, fields), 400);
      }
      const unstorable = unstorableText(result.data);
      if (unstorable) return c.json(errorBody(c.get('t'), 'errors.validation', {}, unstorable), 400);
    },
  });
  if (checkingResponses()) {
    const openapi = r.openapi.bind(r);
    r.openapi = ((route: Parameters<typeof openapi>[0], handler: Parameters<typeof openapi>[1], hook?: Parameters<typeof openapi>[2]) =>
      openapi(
        route,
        (async (c: Parameters<typeof handler>[0], next: Parameters<typeof handler>[1]) => {
          const res = await handler(c, next);
          await checkResponse(route, res);
          return res;
        }) as typeof handler,
        hook,
      )) as typeof r.openapi;
  }
  return r;
}
