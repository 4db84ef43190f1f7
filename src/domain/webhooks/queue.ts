import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appSettings, webhookDeliveries, webhookEndpoints } from '../../db/schema';
import type { DueJob, JobQueue } from '../../jobs/queue';
import { CHAT_EVENTS, chatEventOf, WEBHOOK_RETRY_DELAY_SECONDS, WEBHOOK_RETRY_LIMIT } from './events';
import { SlackDmSettings } from './schemas';

/** app_settings key of the Slack DM settings: which events each person receives in Slack. */
export const SLACK_DM_KEY = 'slackDm';
export const SLACK_DM_OFF: SlackDmSettings = { enabled: false, events: [...CHAT_EVENTS] };

export async function readSlackDm(db: Db): Promise<SlackDmSettings> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, SLACK_DM_KEY));
  const parsed = SlackDmSettings.safeParse(row?.value);
  return parsed.success ? parsed.data : SLACK_DM_OFF;
}

/** One delivery's job; the delivery's id is the singleton key, so it is queued once however often it is asked. */
export const webhookJob = (deliveryId: string): DueJob => ({
  name: 'webhook.deliver',
  data: { deliveryId },
  opts: { singletonKey: deliveryId, retryLimit: WEBHOOK_RETRY_LIMIT, retryDelay: WEBHOOK_RETRY_DELAY_SECONDS, expireInSeconds: 300 },
});

type Item = { recipientId: string; kind: string; link: string };

/**
 * The one hook (called by notify()): a notification of a chat kind becomes one delivery per enabled endpoint
 * that selected its event, and one Slack DM to its recipient when those are on — rows and jobs written in the
 * caller's transaction, so they exist exactly when the change commits. Nothing of the notification's params
 * is kept: a delivery knows the event, the person and the link.
 */
export async function queueChatDeliveries(db: Db, jobs: JobQueue | undefined, items: readonly Item[]) {
  const events = items.flatMap((i) => {
    const event = chatEventOf(i.kind);
    return event ? [{ ...i, event }] : [];
  });
  if (!events.length) return;
  if (!jobs) throw new Error(`notify(): the ${events[0]!.kind} notification goes to chat tools too and needs the job queue`);
  const [endpoints, dm] = await Promise.all([
    db
      .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.enabled, true)),
    readSlackDm(db),
  ]);
  const rows: (typeof webhookDeliveries.$inferInsert)[] = [];
  for (const e of events) {
    const base = { eventId: randomUUID(), event: e.event, employeeId: e.recipientId, link: e.link };
    for (const ep of endpoints) if (ep.events.includes(e.event)) rows.push({ ...base, endpointId: ep.id, target: 'endpoint' });
    if (dm.enabled && dm.events.includes(e.event)) rows.push({ ...base, target: 'slackDm' });
  }
  if (!rows.length) return;
  const inserted = await db.insert(webhookDeliveries).values(rows).returning({ id: webhookDeliveries.id });
  for (const r of inserted) await jobs.sendJob(db, webhookJob(r.id));
}
