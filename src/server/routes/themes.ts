import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { getThemes, refreshThemes } from '../../domain/insight/themes';
import { themeAnswers } from '../../domain/insight/themes-drilldown';
import { ThemeAnswers, Themes } from '../../domain/insight/responses';
import { ThemeAnswersQuery, ThemesParams } from '../../domain/insight/themes-schemas';
import { notFound } from '../../domain/errors';
import type { AppEnv } from '../context';
import { requireActor } from '../http';
import { ok } from '../openapi';
import { router } from '../router';
import { can } from '../../domain/capabilities';

const tags = ['insight'];

/**
 * Themes are HR's: anyone else gets 404 before any validation, so a malformed request tells them
 * nothing more than a well-formed one. The domain functions check again.
 */
const hrOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!can(requireActor(c), 'viewInsight')) throw notFound();
  await next();
};

// HR insight: what the free-text answers talk about. The router is mounted in ./index.ts.
export const themesRoutes = router();
themesRoutes.use('/insight/themes/*', hrOnly);

themesRoutes
  .openapi(
    createRoute({ method: 'get', path: '/insight/themes/{roundId}', tags, request: { params: ThemesParams }, responses: ok(Themes) }),
    async (c) =>
      c.json(
        await getThemes(c.get('deps').db, { actor: requireActor(c), roundId: c.req.valid('param').roundId, jobs: c.get('deps').jobs }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/insight/themes/{roundId}/refresh',
      tags,
      request: { params: ThemesParams },
      responses: ok(Themes),
    }),
    async (c) =>
      c.json(
        await refreshThemes(c.get('deps').db, { actor: requireActor(c), roundId: c.req.valid('param').roundId, jobs: c.get('deps').jobs }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/insight/themes/{roundId}/answers',
      tags,
      request: { params: ThemesParams, query: ThemeAnswersQuery },
      responses: ok(ThemeAnswers),
    }),
    async (c) =>
      c.json(
        await themeAnswers(c.get('deps').db, { actor: requireActor(c), roundId: c.req.valid('param').roundId, ...c.req.valid('query') }),
        200,
      ),
  );
