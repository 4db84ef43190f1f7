import { createRoute } from '@hono/zod-openapi';
import { getAuditAccess, setAuditAccess } from '../../domain/admin/audit-access';
import { exportAudit, listAudit } from '../../domain/admin/audit-log';
import { listOutbox, resendMail } from '../../domain/admin/outbox';
import { AuditAccess, AuditPage, OutboxMail, OutboxPage } from '../../domain/admin/responses';
import { AuditExportQuery, AuditQuery, OutboxQuery } from '../../domain/admin/schemas';
import { requireActor } from '../http';
import { file, IdParams, json, ok } from '../openapi';
import { router } from '../router';
import { companyToday } from '../../domain/shared/calendar';

/** Streams text chunks as UTF-8; the generator stops early if the client goes away. */
function textStream(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      const { value, done } = await lines.next();
      if (done) ctrl.close();
      else ctrl.enqueue(enc.encode(value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

// Admin only (the audit log: HR too where the company allows it): signed-out callers get 401, others 403 (these are
// not records of others).
export const adminRoutes = router()
  .openapi(
    createRoute({ method: 'get', path: '/admin/outbox', tags: ['admin'], request: { query: OutboxQuery }, responses: ok(OutboxPage) }),
    async (c) => {
      const actor = requireActor(c);
      const { db, mailer } = c.get('deps');
      return c.json(await listOutbox(db, { actor, smtp: mailer.smtp, ...c.req.valid('query') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/outbox/{id}/resend',
      tags: ['admin'],
      request: { params: IdParams },
      responses: ok(OutboxMail),
    }),
    async (c) => {
      const actor = requireActor(c);
      const { db, mailer } = c.get('deps');
      return c.json(await resendMail(db, { actor, id: c.req.valid('param').id, mailer }), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/admin/audit', tags: ['admin'], request: { query: AuditQuery }, responses: ok(AuditPage) }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await listAudit(c.get('deps').db, { actor, ...c.req.valid('query') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/audit.csv',
      tags: ['admin'],
      request: { query: AuditExportQuery },
      responses: file('text/csv', 'CSV (UTF-8 with BOM, CRLF)'),
    }),
    async (c) => {
      const actor = requireActor(c);
      const lines = await exportAudit(c.get('deps').db, { actor, ...c.req.valid('query') });
      const stamp = companyToday().replaceAll('-', '');
      return c.body(textStream(lines), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-${stamp}.csv"`,
      });
    },
  )
  .openapi(createRoute({ method: 'get', path: '/admin/audit-access', tags: ['admin'], responses: ok(AuditAccess) }), async (c) =>
    c.json(await getAuditAccess(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(
    createRoute({ method: 'put', path: '/admin/audit-access', tags: ['admin'], request: json(AuditAccess), responses: ok(AuditAccess) }),
    async (c) => c.json(await setAuditAccess(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 200),
  );
