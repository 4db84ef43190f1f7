import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import { DomainError } from '../../domain/errors';
import { ExportQuery, exportDepartments, exportEmployees } from '../../domain/imports/export';
import { checkImport, commitImport, IMPORT_KINDS, ImportRejected } from '../../domain/imports/import';
import { presentCheck } from '../../domain/imports/present';
import type { AppEnv } from '../context';
import { errorBody, requireActor } from '../http';
import { csvResponse } from '../csv';
import { file, ok } from '../openapi';
import { router } from '../router';
import { ImportEvent, ImportPreview } from '../../domain/imports/responses';

const Params = z.object({ kind: z.enum(IMPORT_KINDS) });
const PreviewQuery = z.strictObject({ rows: z.enum(['all', 'invalid']).optional() });
const csvBody = {
  body: {
    description: 'The CSV file as raw bytes (UTF-8 with or without BOM, or Shift_JIS)',
    content: { 'text/csv': { schema: z.string() } },
    required: true,
  },
} as const;

// Browsers label CSV files variously (Excel on Windows: application/vnd.ms-excel); JSON and forms are refused.
const REFUSED_TYPES = /^(application\/json|application\/x-www-form-urlencoded|multipart\/)/i;

async function readCsv(c: Context<AppEnv>): Promise<Uint8Array> {
  if (REFUSED_TYPES.test(c.req.header('content-type') ?? '')) throw new DomainError(400, 'import.errors.contentType');
  return new Uint8Array(await c.req.arrayBuffer());
}

function rejectedBody(c: Context<AppEnv>, err: ImportRejected) {
  const t = c.get('t');
  const message = t(err.key, err.params);
  // One JSON object: readable as the error body and as the NDJSON error line of docs/api.md.
  return {
    type: 'error' as const,
    message,
    rows: presentCheck(t, err.checked, 'invalid').rows,
    ...errorBody(t, err.key, err.params),
  };
}

/** A CSV download streamed from an async generator of text chunks. */
export const importRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/imports/{kind}/preview',
      tags: ['imports'],
      request: { params: Params, query: PreviewQuery, ...csvBody },
      responses: ok(ImportPreview, 'Every row checked; nothing written'),
    }),
    async (c) => {
      const actor = requireActor(c);
      const checked = await checkImport(c.get('deps').db, { actor, kind: c.req.valid('param').kind, bytes: await readCsv(c) });
      return c.json(presentCheck(c.get('t'), checked, c.req.valid('query').rows ?? 'all'), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/imports/{kind}/commit',
      tags: ['imports'],
      request: { params: Params, ...csvBody },
      responses: {
        200: {
          description: 'NDJSON: progress lines, then a done or an error line (each an ImportEvent)',
          content: { 'application/x-ndjson': { schema: ImportEvent } },
        },
        400: { description: 'Invalid rows: nothing written; the body is an ImportEvent of type error, with the rows' },
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { db, mailer } = c.get('deps');
      const t = c.get('t');
      const checked = await checkImport(db, { actor, kind: c.req.valid('param').kind, bytes: await readCsv(c) });
      if (checked.invalid > 0) return c.json(rejectedBody(c, new ImportRejected(checked)), 400);

      c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
      return stream(
        c,
        async (s) => {
          const line = (o: object) => s.write(`${JSON.stringify(o)}\n`);
          const result = await commitImport(db, {
            actor,
            checked,
            source: 'web',
            mailer,
            // Not awaited: a slow reader must not hold the transaction open.
            onProgress: (p) => void line({ type: 'progress', ...p }).catch(() => {}),
          });
          // Retirements, addresses and managers changed after the response began (session-cache.ts).
          await c.get('sessions').changed();
          await line({ type: 'done', ...result });
        },
        async (err, s) => {
          // A domain error says why (e.g. changed meanwhile, undone); anything else is a plain failure.
          const [key, params] = err instanceof DomainError ? [err.key, err.params] : ['import.errors.failed', {}];
          const body =
            err instanceof ImportRejected ? rejectedBody(c, err) : { type: 'error', message: t(key, params), ...errorBody(t, key, params) };
          if (!(err instanceof DomainError)) c.get('log').error({ err }, 'import failed');
          await c.get('sessions').changed();
          await s.write(`${JSON.stringify(body)}\n`);
        },
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/exports/employees.csv',
      tags: ['imports'],
      request: { query: ExportQuery },
      responses: file('text/csv', 'UTF-8 CSV with BOM, import column order'),
    }),
    async (c) => {
      const actor = requireActor(c);
      const chunks = await exportEmployees(c.get('deps').db, { actor, filters: c.req.valid('query') });
      return csvResponse(c, 'employees', chunks);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/exports/departments.csv',
      tags: ['imports'],
      responses: file('text/csv', 'UTF-8 CSV with BOM'),
    }),
    async (c) => {
      const actor = requireActor(c);
      return csvResponse(c, 'departments', await exportDepartments(c.get('deps').db, { actor }));
    },
  );
