import { createRoute } from '@hono/zod-openapi';
import { exportAudit, listAudit } from '../../domain/admin/audit-log';
import { listOutbox, resendMail } from '../../domain/admin/outbox';
import { AuditPage, OutboxMail, OutboxPage } from '../../domain/admin/responses';
import { AuditExportQuery, AuditQuery, OutboxQuery } from '../../domain/admin/schemas';
import { requireActor } from '../http';
import { file, IdParams, ok } from '../openapi';
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

// Admin only: signed-out callers get 401, signed-in non-admins 403 (these are not records of others).
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
  );
