import { createRoute, z } from '@hono/zod-openapi';
import { EXPORT_KINDS } from '../../domain/insight/exporters';
import { downloadExport, listExports, requestExport } from '../../domain/insight/exports';
import { notInterviewed } from '../../domain/insight/coverage';
import { outcomes } from '../../domain/insight/outcomes';
import { Coverage, ExportJob, ExportJobList, Outcomes, TeamProgress } from '../../domain/insight/responses';
import { CoverageQuery, OutcomesQuery } from '../../domain/insight/schemas';
import { teamProgress } from '../../domain/insight/team';
import { RefreshQuery } from '../../domain/shared/schemas';
import { requireActor } from '../http';
import { file, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['insight'];

export const insightRoutes = router();
const ExportBody = z.strictObject({ kind: z.enum(EXPORT_KINDS), params: z.record(z.string(), z.unknown()) });

insightRoutes
  .openapi(
    createRoute({ method: 'get', path: '/me/team-progress', tags, request: { query: RefreshQuery }, responses: ok(TeamProgress) }),
    async (c) =>
      c.json(
        await teamProgress(c.get('deps').db, {
          actor: requireActor(c),
          refresh: c.req.valid('query').refresh === 'true',
          jobs: c.get('deps').jobs,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({ method: 'get', path: '/insight/coverage', tags, request: { query: CoverageQuery }, responses: ok(Coverage) }),
    async (c) => c.json(await notInterviewed(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/insight/outcomes', tags, request: { query: OutcomesQuery }, responses: ok(Outcomes) }),
    async (c) => {
      const { from, to, refresh } = c.req.valid('query');
      return c.json(
        await outcomes(c.get('deps').db, { actor: requireActor(c), from, to, refresh: refresh === 'true', jobs: c.get('deps').jobs }),
        200,
      );
    },
  )
  .openapi(createRoute({ method: 'post', path: '/exports', tags, request: json(ExportBody), responses: ok(ExportJob) }), async (c) => {
    const { db, jobs } = c.get('deps');
    return c.json(await requestExport(db, { actor: requireActor(c), jobs, ...c.req.valid('json') }), 200);
  })
  .openapi(createRoute({ method: 'get', path: '/exports', tags, responses: ok(ExportJobList) }), async (c) =>
    c.json(await listExports(c.get('deps').db, requireActor(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/exports/{id}/file',
      tags,
      request: { params: IdParams },
      responses: file('text/csv', 'The exported file (CSV, UTF-8 with BOM)'),
    }),
    async (c) => {
      const f = await downloadExport(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id });
      c.header('Content-Type', f.contentType);
      c.header('Content-Disposition', `attachment; filename="${f.fileName}"`);
      return c.body(new Uint8Array(f.file), 200);
    },
  );
