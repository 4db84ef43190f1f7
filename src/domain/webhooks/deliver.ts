import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, roleGrants, webhookDeliveries, webhookEndpoints } from '../../db/schema';
import type { Config } from '../../config';
import type { JobAttempt, JobDeps } from '../../jobs/queue';
import { notify, personColumns, personLocale } from '../notify/notify';
import { formatName } from '../shared/format';
import { type EndpointKind, WEBHOOK_DISABLE_AFTER } from './events';
import type { Outcome } from './http';
import { post } from './http';
import { type EventFacts, requestFor, slackPayload } from './payload';
import { readSlackDm } from './queue';
import { slackDirectMessage } from './slack';

type Delivery = typeof webhookDeliveries.$inferSelect;
type Endpoint = typeof webhookEndpoints.$inferSelect;
type Person = { id: string; email: string; locale: string; familyName: string; givenName: string; status: string };

/** Rows a delivery job still has to send. */
export const UNDELIVERED = ['pending', 'retrying'];

async function personOf(db: Db, id: string | null): Promise<Person | null> {
  if (!id) return null;
  const [p] = await db
    .select({ ...personColumns, status: employees.status })
    .from(employees)
    .where(eq(employees.id, id));
  return p ?? null;
}

export function factsOf(d: Delivery, person: Person | null, publicUrl: string): EventFacts {
  return {
    deliveryId: d.id,
    eventId: d.eventId,
    event: d.event,
    occurredAt: d.occurredAt,
    subject: person ? { employeeId: person.id, name: formatName(person) } : null,
    link: `${publicUrl.replace(/\/+$/, '')}${d.link ?? '/'}`,
  };
}

/** One try at one endpoint (the job's, the admin's test). Channels read Japanese: the company's language. */
export async function sendToEndpoint(config: Config, ep: Pick<Endpoint, 'kind' | 'url' | 'secret'>, f: EventFacts): Promise<Outcome> {
  const req = requestFor({ kind: ep.kind as EndpointKind, secret: ep.secret }, f, 'ja');
  return post(ep.url, req, { timeoutMs: config.webhookTimeoutMs, allowPrivate: config.webhookAllowPrivate });
}

async function sendDm(config: Config, person: Person | null, f: EventFacts): Promise<Outcome & { permanent?: boolean }> {
  const none = (error: string) => ({ ok: false, statusCode: null, durationMs: 0, error, permanent: true });
  if (!config.slackBotToken) return none('SLACK_BOT_TOKEN is not set');
  if (person?.status !== 'active') return none('no such active person');
  // A DM speaks to the person, in their language.
  const message = slackPayload(f, personLocale(person));
  return slackDirectMessage({
    apiUrl: config.slackApiUrl,
    token: config.slackBotToken,
    email: person.email,
    message,
    timeoutMs: config.webhookTimeoutMs,
  });
}

const record = (db: Db, id: string, o: Outcome, status: string) =>
  db
    .update(webhookDeliveries)
    .set({ status, statusCode: o.statusCode, durationMs: o.durationMs, error: o.error?.slice(0, 300) ?? null })
    .where(eq(webhookDeliveries.id, id));

/**
 * One attempt of one delivery (the `webhook.deliver` job). The row's status is the guard: a delivered,
 * failed or skipped row is never sent again by a job (a re-send is a new row). A failure is recorded and
 * thrown, so pg-boss retries with backoff; the endpoint's failures in a row are counted, and at
 * WEBHOOK_DISABLE_AFTER the endpoint is switched off and the admins told in the app.
 */
export async function runWebhookDelivery(deps: JobDeps, data: { deliveryId: string }, job: JobAttempt) {
  const { db, config } = deps;
  // Counted (and committed) before sending, so an attempt cut short by a crash still shows.
  const [d] = await db
    .update(webhookDeliveries)
    .set({ attempts: sql`${webhookDeliveries.attempts} + 1`, attemptedAt: new Date() })
    .where(and(eq(webhookDeliveries.id, data.deliveryId), inArray(webhookDeliveries.status, UNDELIVERED)))
    .returning();
  if (!d) return;
  const person = await personOf(db, d.employeeId);
  const facts = factsOf(d, person, config.publicUrl);
  let ep: Endpoint | undefined;
  if (d.target === 'slackDm' && !(await readSlackDm(db)).enabled) {
    // Switched off since it was queued.
    await db.update(webhookDeliveries).set({ status: 'skipped', error: 'slack DMs off' }).where(eq(webhookDeliveries.id, d.id));
    return;
  }
  if (d.target === 'endpoint') {
    [ep] = d.endpointId ? await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, d.endpointId)) : [];
    if (!ep?.enabled) {
      await db.update(webhookDeliveries).set({ status: 'skipped', error: 'endpoint disabled' }).where(eq(webhookDeliveries.id, d.id));
      return;
    }
  }
  const o = ep ? await sendToEndpoint(config, ep, facts) : await sendDm(config, person, facts);
  if (o.ok) {
    await record(db, d.id, o, 'ok');
    if (ep) await db.update(webhookEndpoints).set({ consecutiveFailures: 0 }).where(eq(webhookEndpoints.id, ep.id));
    return;
  }
  const permanent = 'permanent' in o && !!o.permanent;
  const last = permanent || job.retryCount >= job.retryLimit;
  await record(db, d.id, o, last ? 'failed' : 'retrying');
  if (ep) await countFailure(db, ep.id);
  if (!permanent) throw new Error(`webhook delivery failed: ${o.error}`);
}

async function countFailure(db: Db, endpointId: string) {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1` })
    .where(eq(webhookEndpoints.id, endpointId))
    .returning({ failures: webhookEndpoints.consecutiveFailures, enabled: webhookEndpoints.enabled });
  if (!row?.enabled || row.failures < WEBHOOK_DISABLE_AFTER) return;
  await db.transaction(async (tx) => {
    // Only the attempt that switches it off tells the admins (several workers may fail at once).
    const [off] = await tx
      .update(webhookEndpoints)
      .set({ enabled: false, disabledAt: new Date(), updatedAt: new Date() })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.enabled, true)))
      .returning({ name: webhookEndpoints.name });
    if (!off) return;
    const admins = await tx
      .select({ id: roleGrants.employeeId })
      .from(roleGrants)
      .innerJoin(employees, eq(employees.id, roleGrants.employeeId))
      .where(and(eq(roleGrants.role, 'admin'), eq(employees.status, 'active')));
    const params = { name: off.name, count: String(WEBHOOK_DISABLE_AFTER) };
    await notify(
      tx,
      admins.map((a) => ({ recipientId: a.id, kind: 'webhookDisabled' as const, params, link: '/admin/webhooks' })),
    );
  });
}
