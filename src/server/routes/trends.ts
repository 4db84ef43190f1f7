import { createRoute } from '@hono/zod-openapi';
import { listRisks, recordRiskAction } from '../../domain/insight/risks';
import { trends } from '../../domain/insight/trends';
import { RiskActionView, RiskPage, Trends } from '../../domain/insight/responses';
import { NewRiskAction, RiskParams, RisksQuery, TrendsQuery } from '../../domain/insight/trends-schemas';
import { requireActor } from '../http';
import { created, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['insight'];

// HR insight: satisfaction and anxiety trends, and retention-risk flags. Mounted in ./index.ts.
export const trendsRoutes = router();

trendsRoutes
  .openapi(
    createRoute({ method: 'get', path: '/insight/trends', tags, request: { query: TrendsQuery }, responses: ok(Trends) }),
    async (c) => {
      const { refresh, ...q } = c.req.valid('query');
      return c.json(
        await trends(c.get('deps').db, { actor: requireActor(c), ...q, refresh: refresh === 'true', jobs: c.get('deps').jobs }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/risks',
      tags,
      request: { params: IdParams, query: RisksQuery },
      responses: ok(RiskPage),
    }),
    async (c) => {
      const { refresh, ...q } = c.req.valid('query');
      return c.json(
        await listRisks(c.get('deps').db, {
          actor: requireActor(c),
          roundId: c.req.valid('param').id,
          ...q,
          refresh: refresh === 'true',
          jobs: c.get('deps').jobs,
        }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/risks/{employeeId}/actions',
      tags,
      request: { params: RiskParams, ...json(NewRiskAction) },
      responses: created(RiskActionView),
    }),
    async (c) => {
      const { id, employeeId } = c.req.valid('param');
      return c.json(
        await recordRiskAction(c.get('deps').db, { actor: requireActor(c), roundId: id, employeeId, ...c.req.valid('json') }),
        201,
      );
    },
  );
