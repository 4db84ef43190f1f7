import { randomBytes } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { appSettings, webhookEndpoints } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { conflict, DomainError, forbidden, invalid, notFound } from '../errors';
import { CHAT_EVENTS, type EndpointKind } from './events';
import { readSlackDm, SLACK_DM_KEY } from './queue';
import type { SlackDmView, WebhookEndpoint, WebhookOverview, WebhookWithSecret } from './responses';
import { type EndpointCreate, type EndpointUpdate, type SlackDmSettings, WEBHOOK_LIMITS } from './schemas';
import { urlHint, urlProblem } from './url';

type Row = typeof webhookEndpoints.$inferSelect;
type Env = { actor: Actor; config: Config };

export function assertManager(actor: Actor) {
  if (!can(actor, 'manageWebhooks')) throw forbidden();
}

/** A fresh signing secret: 192 random bits, prefixed so it is recognisable in a secrets store. */
const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

export const presentEndpoint = (r: Row): WebhookEndpoint => ({
  id: r.id,
  name: r.name,
  kind: r.kind as EndpointKind,
  urlHint: urlHint(r.url),
  // Stored events that a later version no longer knows are left out.
  events: r.events.filter((e) => (CHAT_EVENTS as string[]).includes(e)),
  enabled: r.enabled,
  hasSecret: !!r.secret,
  consecutiveFailures: r.consecutiveFailures,
  disabledAt: r.disabledAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

const dmView = (s: SlackDmSettings, config: Config): SlackDmView => ({ ...s, tokenConfigured: !!config.slackBotToken });

export async function listWebhooks(db: Db, { actor, config }: Env): Promise<WebhookOverview> {
  assertManager(actor);
  const rows = await db.select().from(webhookEndpoints).orderBy(asc(webhookEndpoints.createdAt));
  return {
    endpoints: rows.map(presentEndpoint),
    events: [...CHAT_EVENTS],
    slackDm: dmView(await readSlackDm(db), config),
    allowPrivate: config.webhookAllowPrivate,
  };
}

/** The address check that needs the network (the format was checked by the schema): a field error in Japanese. */
async function checkUrl(url: string, config: Config) {
  const problem = await urlProblem(url, config.webhookAllowPrivate);
  if (problem) throw invalid({ url: { key: `webhooks.errors.url_${problem}` } });
}

export async function loadEndpoint(db: Db, id: string): Promise<Row> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  if (!row) throw notFound();
  return row;
}

/** What the audit log keeps of an endpoint: never its URL's path (a credential) nor its secret. */
const auditView = (r: Pick<Row, 'name' | 'kind' | 'url' | 'events' | 'enabled'>) => ({
  name: r.name,
  kind: r.kind,
  host: new URL(r.url).host,
  events: r.events,
  enabled: r.enabled,
});

export async function createWebhook(db: Db, opts: Env & { body: EndpointCreate }): Promise<WebhookWithSecret> {
  const { actor, config, body } = opts;
  assertManager(actor);
  await checkUrl(body.url, config);
  const secret = body.kind === 'generic' ? newSecret() : null;
  return db.transaction(async (tx) => {
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(webhookEndpoints);
    if ((count?.n ?? 0) >= WEBHOOK_LIMITS.endpoints)
      throw new DomainError(400, 'webhooks.errors.tooMany', { max: WEBHOOK_LIMITS.endpoints });
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ ...body, events: [...new Set(body.events)], secret })
      .returning();
    await audit(tx, { actor, action: 'webhook.create', entityType: 'webhook', entityId: row!.id, detail: auditView(row!) });
    return { endpoint: presentEndpoint(row!), secret };
  });
}

/** Turning an endpoint back on starts its failure count afresh. */
export async function updateWebhook(db: Db, opts: Env & { id: string; body: EndpointUpdate }): Promise<WebhookEndpoint> {
  const { actor, config, id, body } = opts;
  assertManager(actor);
  if (body.url) await checkUrl(body.url, config);
  return db.transaction(async (tx) => {
    const before = await loadEndpoint(tx, id);
    const reenabled = body.enabled === true && !before.enabled;
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        ...body,
        ...(body.events ? { events: [...new Set(body.events)] } : {}),
        ...(reenabled ? { consecutiveFailures: 0, disabledAt: null } : {}),
        ...(body.enabled === false ? { disabledAt: new Date() } : {}),
        updatedAt: new Date(),
      })
      .where(eq(webhookEndpoints.id, id))
      .returning();
    const changed = (Object.keys(body) as (keyof EndpointUpdate)[]).filter((k) =>
      k === 'url' ? body.url !== before.url : JSON.stringify(body[k]) !== JSON.stringify(before[k]),
    );
    await audit(tx, {
      actor,
      action: 'webhook.update',
      entityType: 'webhook',
      entityId: id,
      detail: { changed, before: auditView(before), after: auditView(row!) },
    });
    return presentEndpoint(row!);
  });
}

export async function deleteWebhook(db: Db, opts: { actor: Actor; id: string }) {
  assertManager(opts.actor);
  await db.transaction(async (tx) => {
    const before = await loadEndpoint(tx, opts.id);
    // Its delivery log goes with it (foreign key cascade); the audit row says what it was.
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, opts.id));
    await audit(tx, { actor: opts.actor, action: 'webhook.delete', entityType: 'webhook', entityId: opts.id, detail: auditView(before) });
  });
}

/** A new secret for a generic endpoint, shown once; the old one stops signing at once. */
export async function rotateSecret(db: Db, opts: { actor: Actor; id: string }): Promise<WebhookWithSecret> {
  assertManager(opts.actor);
  return db.transaction(async (tx) => {
    const before = await loadEndpoint(tx, opts.id);
    if (before.kind !== 'generic') throw conflict('webhooks.errors.noSecret');
    const secret = newSecret();
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ secret, updatedAt: new Date() })
      .where(eq(webhookEndpoints.id, opts.id))
      .returning();
    await audit(tx, {
      actor: opts.actor,
      action: 'webhook.rotate_secret',
      entityType: 'webhook',
      entityId: opts.id,
      detail: { name: row!.name },
    });
    return { endpoint: presentEndpoint(row!), secret };
  });
}

/** Slack DMs need the app's bot token in the server's environment to be switched on. */
export async function setSlackDm(db: Db, opts: Env & { body: SlackDmSettings }): Promise<SlackDmView> {
  const { actor, config } = opts;
  assertManager(actor);
  if (opts.body.enabled && !config.slackBotToken) throw invalid({ enabled: { key: 'webhooks.errors.tokenMissing' } });
  const next = { enabled: opts.body.enabled, events: [...new Set(opts.body.events)] };
  await db.transaction(async (tx) => {
    const before = await readSlackDm(tx);
    await tx
      .insert(appSettings)
      .values({ key: SLACK_DM_KEY, value: next })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: next, updatedAt: new Date() } });
    await audit(tx, {
      actor,
      action: 'settings.slack_dm.update',
      entityType: 'settings',
      entityId: SLACK_DM_KEY,
      detail: { before, after: next },
    });
  });
  return dmView(next, config);
}
