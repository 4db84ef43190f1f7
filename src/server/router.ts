import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';
import { zodFieldErrors } from '../domain/shared/issues';
import { errorBody } from './http';

/** A new router whose validation failures answer 400 with localized field messages. */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const fields = zodFieldErrors(result.error.issues);
        return c.json(errorBody(c.get('t'), 'errors.validation', {}, fields), 400);
      }
    },
  });
}
