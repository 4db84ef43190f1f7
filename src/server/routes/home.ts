import { createRoute } from '@hono/zod-openapi';
import { HomeTodo } from '../../domain/home/responses';
import { homeTodo } from '../../domain/home/todo';
import { requireActor } from '../http';
import { ok } from '../openapi';
import { router } from '../router';

export const homeRoutes = router();

// The home page's to-do list; what each part holds is decided in domain/home by the reader's capabilities.
homeRoutes.openapi(createRoute({ method: 'get', path: '/me/todo', tags: ['home'], responses: ok(HomeTodo) }), async (c) => {
  const { db, jobs } = c.get('deps');
  return c.json(await homeTodo(db, { actor: requireActor(c), jobs }), 200);
});
