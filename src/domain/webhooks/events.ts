import type { NotificationKind } from '../notify/notify';

/**
 * The notifications that also go to chat tools and webhooks, and the event name each one carries
 * (docs/decisions/0021). The event concerns the person the notification is for. "Follow-up due" is the
 * interview reminder (a follow-up is an interview of its own) and the overdue plan item.
 */
export const CHAT_EVENT_OF = {
  roundLaunched: 'round.launched',
  prepReminder: 'sheet.due',
  slotsOffered: 'slots.offered',
  slotProposed: 'slot.proposed',
  planToConfirm: 'plan.confirm_due',
  itemOverdue: 'plan.item_overdue',
  interviewReminder: 'interview.upcoming',
} as const satisfies Partial<Record<NotificationKind, string>>;

export type ChatEvent = (typeof CHAT_EVENT_OF)[keyof typeof CHAT_EVENT_OF];
export const CHAT_EVENTS = Object.values(CHAT_EVENT_OF) as ChatEvent[];
/** The admin's test send: an event of its own, about nobody. */
export const TEST_EVENT = 'mendan.test';

export const chatEventOf = (kind: string): ChatEvent | undefined => (CHAT_EVENT_OF as Record<string, ChatEvent>)[kind];

/** The catalog key of an event's words ('round.launched' → 'round_launched': i18next reads dots as nesting). */
export const eventKey = (event: string) => event.replace(/\./g, '_');

export const ENDPOINT_KINDS = ['slack', 'teams', 'generic'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

/** Tries per delivery: pg-boss waits 30 s × 2^n (randomised up to twice that) before retry n+1, ~30 min in all. */
export const WEBHOOK_RETRY_LIMIT = 5;
export const WEBHOOK_RETRY_DELAY_SECONDS = 30;
/** Failed attempts in a row after which an endpoint is switched off and the admins are told. */
export const WEBHOOK_DISABLE_AFTER = 10;

// Limits live here once (a module without server imports): the admin screen imports them too.
export const WEBHOOK_LIMITS = { name: 100, url: 1000, endpoints: 20 } as const;
