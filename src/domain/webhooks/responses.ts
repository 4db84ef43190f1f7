import { z } from 'zod';
import { ENDPOINT_KINDS } from './events';

/**
 * An endpoint as the admin sees it. Never the URL itself (a Slack or Teams webhook URL is a credential:
 * anyone holding it can post) nor the signing secret: a hint of the URL, and whether a secret exists.
 */
export const WebhookEndpoint = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ENDPOINT_KINDS),
    urlHint: z.string(),
    events: z.array(z.string()),
    enabled: z.boolean(),
    hasSecret: z.boolean(),
    consecutiveFailures: z.number(),
    disabledAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const SlackDmView = z
  .strictObject({ enabled: z.boolean(), events: z.array(z.string()), tokenConfigured: z.boolean() })
  .meta({ id: 'SlackDmSettings' });
export type SlackDmView = z.infer<typeof SlackDmView>;

export const WebhookOverview = z
  .strictObject({
    endpoints: z.array(WebhookEndpoint),
    /** Every event an endpoint or the Slack DMs may select, in the order the screen lists them. */
    events: z.array(z.string()),
    slackDm: SlackDmView,
    /** WEBHOOK_ALLOW_PRIVATE: whether intranet and plain-http-to-localhost targets are accepted. */
    allowPrivate: z.boolean(),
  })
  .meta({ id: 'WebhookOverview' });
export type WebhookOverview = z.infer<typeof WebhookOverview>;

/** Answered on creation and rotation only: the one time the secret is shown. */
export const WebhookWithSecret = z
  .strictObject({ endpoint: WebhookEndpoint, secret: z.string().nullable() })
  .meta({ id: 'WebhookWithSecret' });
export type WebhookWithSecret = z.infer<typeof WebhookWithSecret>;

/** One line of the delivery log: what was sent about whom, and how the receiver answered. */
export const WebhookDelivery = z
  .strictObject({
    id: z.string(),
    event: z.string(),
    subjectName: z.string().nullable(),
    status: z.enum(['pending', 'retrying', 'ok', 'failed', 'skipped']),
    attempts: z.number(),
    statusCode: z.number().nullable(),
    durationMs: z.number().nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    attemptedAt: z.string().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryList = z
  .strictObject({ items: z.array(WebhookDelivery), page: z.number(), pageSize: z.number(), total: z.number() })
  .meta({ id: 'WebhookDeliveryList' });
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;
