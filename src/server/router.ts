import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { unstorableText, zodFieldErrors } from '../domain/shared/issues';
import { errorBody } from './http';

/**
 * A new router whose validation failures answer 400 with localized field messages. Input that passed
 * its schema is also refused if it holds text the database cannot store (NUL, a lone surrogate).
 */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const fields = zodFieldErrors(result.error.issues);
        return c.json(errorBody(c.get('t'), 'errors.validation', {}, fields), 400);
      }
      const unstorable = unstorableText(result.data);
      if (unstorable) return c.json(errorBody(c.get('t'), 'errors.validation', {}, unstorable), 400);
    },
  });
}
