import { createRoute } from '@hono/zod-openapi';
import { notInterviewed } from '../../domain/insight/coverage';
import { outcomes } from '../../domain/insight/outcomes';
import { CoverageQuery, OutcomesQuery } from '../../domain/insight/schemas';
import { teamProgress } from '../../domain/insight/team';
import { requireActor } from '../http';
import { Ok, signedIn } from '../openapi';
import { router } from '../router';

const tags = ['insight'];

export const insightRoutes = router();
for (const path of ['/insight/*', '/me/team-progress']) insightRoutes.use(path, signedIn);

insightRoutes
  .openapi(createRoute({ method: 'get', path: '/me/team-progress', tags, responses: Ok }), async (c) => c.json(await teamProgress(c.get('deps').db, { actor: requireActor(c) }), 200))
  .openapi(createRoute({ method: 'get', path: '/insight/coverage', tags, request: { query: CoverageQuery }, responses: Ok }), async (c) =>
    c.json(await notInterviewed(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  )
  .openapi(createRoute({ method: 'get', path: '/insight/outcomes', tags, request: { query: OutcomesQuery }, responses: Ok }), async (c) => {
    const { from, to, refresh } = c.req.valid('query');
    return c.json(await outcomes(c.get('deps').db, { actor: requireActor(c), from, to, refresh: refresh === 'true' }), 200);
  });
