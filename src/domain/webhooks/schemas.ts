import { z } from 'zod';
import { CHAT_EVENTS, ENDPOINT_KINDS, WEBHOOK_LIMITS } from './events';
import { urlFormatProblem } from './url';

export { WEBHOOK_LIMITS };

const Events = z.array(z.enum(CHAT_EVENTS, { message: 'webhooks.errors.event' })).max(CHAT_EVENTS.length);
const Url = z
  .string()
  .trim()
  .min(1, { message: 'webhooks.errors.urlRequired' })
  .max(WEBHOOK_LIMITS.url, { message: 'webhooks.errors.urlFormat' })
  .superRefine((v, ctx) => {
    const p = urlFormatProblem(v);
    if (p) ctx.addIssue({ code: 'custom', message: p === 'https' ? 'webhooks.errors.urlHttps' : 'webhooks.errors.urlFormat' });
  });
const Name = z
  .string()
  .trim()
  .min(1, { message: 'webhooks.errors.nameRequired' })
  .max(WEBHOOK_LIMITS.name, { message: 'webhooks.errors.nameLong' });

export const EndpointCreate = z.strictObject({
  name: Name,
  kind: z.enum(ENDPOINT_KINDS, { message: 'webhooks.errors.kind' }),
  url: Url,
  events: Events,
  enabled: z.boolean().default(true),
});
export type EndpointCreate = z.infer<typeof EndpointCreate>;

/** Edit: every field optional; a URL is replaced only when given (the stored one is never shown). */
export const EndpointUpdate = z.strictObject({
  name: Name.optional(),
  url: Url.optional(),
  events: Events.optional(),
  enabled: z.boolean().optional(),
});
export type EndpointUpdate = z.infer<typeof EndpointUpdate>;

export const SlackDmSettings = z.strictObject({ enabled: z.boolean(), events: Events });
export type SlackDmSettings = z.infer<typeof SlackDmSettings>;

export const DeliveryQuery = z.object({ page: z.coerce.number().int().min(1).max(1000).default(1) });
