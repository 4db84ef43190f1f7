import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../context';
import { eraseNow } from '../../domain/rights/erase';
import { exportFileName, personExport, selfExport } from '../../domain/rights/export';
import { getRetention, readRetention, recountAfterRemoval, setRetention } from '../../domain/rights/retention';
import { DataExport, ErasureDone, RetentionSettingsView } from '../../domain/rights/responses';
import { EraseBody, PersonExportBody, RetentionSettings } from '../../domain/rights/schemas';
import { requireActor } from '../http';
import { IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['rights'];

/** A JSON answer the browser saves as a file (the company's date in its name). */
function download(c: Context<AppEnv>, data: DataExport) {
  c.header('Content-Disposition', `attachment; filename="${exportFileName(data)}"`);
  c.header('Cache-Control', 'no-store');
  return data;
}

// The employee's rights under APPI (docs/decisions/0022-data-rights.md).
export const rightsRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/me/data-export', tags, responses: ok(DataExport) }), async (c) =>
    c.json(download(c, await selfExport(c.get('deps').db, { actor: requireActor(c) })), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/employees/{id}/data-export',
      tags,
      request: { params: IdParams, ...json(PersonExportBody) },
      responses: ok(DataExport),
    }),
    async (c) => {
      const data = await personExport(c.get('deps').db, {
        actor: requireActor(c),
        employeeId: c.req.valid('param').id,
        reason: c.req.valid('json').reason,
      });
      return c.json(download(c, data), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/employees/{id}/erase',
      tags,
      request: { params: IdParams, ...json(EraseBody) },
      responses: ok(ErasureDone),
    }),
    async (c) => {
      const { db, jobs } = c.get('deps');
      const body = c.req.valid('json');
      const done = await eraseNow(db, {
        actor: requireActor(c),
        employeeId: c.req.valid('param').id,
        confirmEmployeeNumber: body.confirmEmployeeNumber,
        mode: body.mode ?? (await readRetention(db)).mode,
      });
      await recountAfterRemoval(db, jobs, done.roundIds);
      return c.json({ id: done.id, mode: done.mode, rows: done.rows }, 200);
    },
  )
  .openapi(createRoute({ method: 'get', path: '/admin/retention', tags, responses: ok(RetentionSettingsView) }), async (c) =>
    c.json(await getRetention(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(
    createRoute({ method: 'put', path: '/admin/retention', tags, request: json(RetentionSettings), responses: ok(RetentionSettingsView) }),
    async (c) => c.json(await setRetention(c.get('deps').db, { actor: requireActor(c), settings: c.req.valid('json') }), 200),
  );
