import { createHmac } from 'node:crypto';
import { type Locale, translator } from '../../i18n';
import { type EndpointKind, eventKey } from './events';

/**
 * Everything a delivery says: what happened, whom it concerns, a link (docs/decisions/0021). Built from the
 * delivery row and the person's name only — no answer, note or wish can reach a payload, by construction.
 */
export type EventFacts = {
  deliveryId: string;
  eventId: string;
  event: string;
  occurredAt: Date;
  subject: { employeeId: string; name: string } | null;
  /** Absolute (the public URL and the notification's path). */
  link: string;
};

/** The generic payload, version 1. A new field may be added within a version; a change of meaning is a new version. */
export type GenericPayload = {
  version: 1;
  id: string;
  event: string;
  occurredAt: string;
  subject: { employeeId: string; name: string } | null;
  link: string;
  text: string;
};

/** One line in the reader's language: 【Mendan】山田 太郎さん: 面談ラウンドが始まりました */
export function chatLine(f: EventFacts, locale: Locale): string {
  const t = translator(locale);
  const what = t(`webhooks.events.${eventKey(f.event)}`);
  return f.subject ? t('webhooks.chat.about', { name: f.subject.name, what }) : t('webhooks.chat.plain', { what });
}

export function genericPayload(f: EventFacts, locale: Locale): GenericPayload {
  return {
    version: 1,
    id: f.eventId,
    event: f.event,
    occurredAt: f.occurredAt.toISOString(),
    subject: f.subject,
    link: f.link,
    text: chatLine(f, locale),
  };
}

/** Slack incoming webhooks and chat.postMessage: `text` (notifications, fallbacks) and one Block Kit section. */
export function slackPayload(f: EventFacts, locale: Locale) {
  const t = translator(locale);
  const line = chatLine(f, locale);
  // Slack's mrkdwn: &, < and > must be escaped in text; the link is <url|label>.
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const mrkdwn = `${esc(line)}\n<${f.link}|${esc(t('webhooks.chat.open'))}>`;
  return { text: `${line} ${f.link}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: mrkdwn } }] };
}

/** Teams (Workflows "when a webhook request is received", and the older incoming webhooks): one Adaptive Card. */
export function teamsPayload(f: EventFacts, locale: Locale) {
  const t = translator(locale);
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [{ type: 'TextBlock', text: chatLine(f, locale), wrap: true }],
          actions: [{ type: 'Action.OpenUrl', title: t('webhooks.chat.open'), url: f.link }],
        },
      },
    ],
  };
}

/** `sha256=` and the hex HMAC-SHA256 of "<timestamp>.<body>" with the endpoint's secret. */
export const signature = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

/** The request one endpoint receives: the body in its kind's format, and for generic ones the signed headers. */
export function requestFor(
  endpoint: { kind: EndpointKind; secret: string | null },
  f: EventFacts,
  locale: Locale,
  now = new Date(),
): { body: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Mendan-Webhooks/1' };
  if (endpoint.kind === 'slack') return { body: JSON.stringify(slackPayload(f, locale)), headers };
  if (endpoint.kind === 'teams') return { body: JSON.stringify(teamsPayload(f, locale)), headers };
  const body = JSON.stringify(genericPayload(f, locale));
  // Seconds since the epoch: what receivers compare with their clock to refuse old (replayed) requests.
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    body,
    headers: {
      ...headers,
      'x-mendan-event': f.event,
      'x-mendan-delivery': f.deliveryId,
      'x-mendan-timestamp': timestamp,
      'x-mendan-signature': signature(endpoint.secret ?? '', timestamp, body),
    },
  };
}
