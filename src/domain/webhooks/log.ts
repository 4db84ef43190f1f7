import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { employees, webhookDeliveries } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, notFound } from '../errors';
import { pageOffset } from '../shared/paging';
import { formatName } from '../shared/format';
import { assertManager, loadEndpoint } from './admin';
import { factsOf, sendToEndpoint } from './deliver';
import { TEST_EVENT } from './events';
import { webhookJob } from './queue';
import type { WebhookDelivery, WebhookDeliveryList } from './responses';

const PAGE_SIZE = 20;
type Row = typeof webhookDeliveries.$inferSelect;

const present = (r: Row, name: string | null): WebhookDelivery => ({
  id: r.id,
  event: r.event,
  subjectName: name,
  status: r.status as WebhookDelivery['status'],
  attempts: r.attempts,
  statusCode: r.statusCode,
  durationMs: r.durationMs,
  error: r.error,
  createdAt: r.createdAt.toISOString(),
  attemptedAt: r.attemptedAt?.toISOString() ?? null,
});

/** The delivery log of one endpoint, or of the Slack DMs ('slackDm'), newest first. */
export async function listDeliveries(db: Db, opts: { actor: Actor; target: string; page: number }): Promise<WebhookDeliveryList> {
  assertManager(opts.actor);
  if (opts.target !== 'slackDm') await loadEndpoint(db, opts.target);
  const where =
    opts.target === 'slackDm'
      ? and(eq(webhookDeliveries.target, 'slackDm'), isNull(webhookDeliveries.endpointId))
      : eq(webhookDeliveries.endpointId, opts.target);
  const [rows, [count]] = await Promise.all([
    db
      .select({ d: webhookDeliveries, family: employees.familyName, given: employees.givenName })
      .from(webhookDeliveries)
      .leftJoin(employees, eq(employees.id, webhookDeliveries.employeeId))
      .where(where)
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(PAGE_SIZE)
      .offset(pageOffset(opts.page, PAGE_SIZE)),
    db.select({ n: sql<number>`count(*)::int` }).from(webhookDeliveries).where(where),
  ]);
  return {
    items: rows.map((r) => present(r.d, r.family !== null ? formatName({ familyName: r.family, givenName: r.given ?? '' }) : null)),
    page: opts.page,
    pageSize: PAGE_SIZE,
    total: count?.n ?? 0,
  };
}

/**
 * The admin's test: one `mendan.test` event sent now, while the admin waits (at most the timeout), and
 * logged like any delivery. A failed test does not count towards switching the endpoint off.
 */
export async function testWebhook(db: Db, opts: { actor: Actor; config: Config; id: string }): Promise<WebhookDelivery> {
  assertManager(opts.actor);
  const ep = await loadEndpoint(db, opts.id);
  const [d] = await db
    .insert(webhookDeliveries)
    .values({
      endpointId: ep.id,
      target: 'endpoint',
      eventId: randomUUID(),
      event: TEST_EVENT,
      link: '/',
      attempts: 1,
      attemptedAt: new Date(),
    })
    .returning();
  const o = await sendToEndpoint(opts.config, ep, factsOf(d!, null, opts.config.publicUrl));
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: o.ok ? 'ok' : 'failed', statusCode: o.statusCode, durationMs: o.durationMs, error: o.error?.slice(0, 300) ?? null })
    .where(eq(webhookDeliveries.id, d!.id))
    .returning();
  await audit(db, {
    actor: opts.actor,
    action: 'webhook.test',
    entityType: 'webhook',
    entityId: ep.id,
    detail: { ok: o.ok, statusCode: o.statusCode },
  });
  return present(row!, null);
}

/**
 * Sends one logged delivery again, as a new delivery of the same event (same event id, so a receiver may
 * tell it is a repeat), through the job queue with its retries. The endpoint must be on.
 */
export async function resendDelivery(db: Db, opts: { actor: Actor; jobs: JobQueue; id: string }): Promise<WebhookDelivery> {
  assertManager(opts.actor);
  return db.transaction(async (tx) => {
    const [old] = await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, opts.id));
    if (!old) throw notFound();
    if (old.endpointId) {
      const ep = await loadEndpoint(tx, old.endpointId);
      if (!ep.enabled) throw conflict('webhooks.errors.disabled');
    }
    const { endpointId, target, eventId, event, employeeId, link, occurredAt } = old;
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({ endpointId, target, eventId, event, employeeId, link, occurredAt })
      .returning();
    await opts.jobs.sendJob(tx, webhookJob(row!.id));
    await audit(tx, {
      actor: opts.actor,
      action: 'webhook.resend',
      entityType: 'webhook',
      entityId: endpointId ?? 'slackDm',
      detail: { delivery: old.id, resent: row!.id, event },
    });
    return present(row!, null);
  });
}
