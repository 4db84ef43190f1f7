import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared';
import { employees, notifications } from '../../db/schema';
import { isLocale, type Locale, translator } from '../../i18n';
import type { JobQueue } from '../../jobs/queue';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../actor';
import { formatDate, formatSlot } from '../shared/format';
import { pageOffset } from '../shared/paging';
import { queueChatDeliveries } from '../webhooks/queue';
import type { NotificationList } from './responses';

/**
 * Every kind of in-app notification. The stored params never carry answers or notes: only names,
 * dates and round titles, so a notification can never leak what someone wrote.
 */
export const NOTIFICATION_KINDS = [
  'roundLaunched',
  'roundAssigned',
  'prepReminder',
  'slotsOffered',
  'slotProposed',
  'interviewScheduled',
  'interviewReminder',
  'formSubmitted',
  'offerReminder',
  'pickReminder',
  'recordShared',
  'planToConfirm',
  'planChanged',
  'planConfirmed',
  'followUpRecorded',
  'itemOverdue',
  'historyRequested',
  'historyGranted',
  'historyDeclined',
  'historyOverridden',
  'wishDecided',
  // To a field manager: HR asks them to fill in a hiring-criteria hearing sheet (domain/hiring)
  'hearingRequested',
  'hearingReminder',
  // To admins: a webhook endpoint was switched off after failing again and again (domain/webhooks).
  'webhookDisabled',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NewNotification = { recipientId: string; kind: NotificationKind; params: Record<string, string>; link: string };

/**
 * The one place notifications are made, and so the one hook for chat tools and webhooks: a notification
 * of a chat kind (webhooks/events.ts) is also queued for them, in the caller's transaction. Those kinds need
 * the job queue; the others may leave it out.
 */
export async function notify(db: Db, items: NewNotification[], jobs?: JobQueue) {
  if (!items.length) return;
  await db.insert(notifications).values(items);
  await queueChatDeliveries(db, jobs, items);
}

type Person = { id: string; email: string; locale: string; familyName: string; givenName: string };
/** Who a notice goes to, as mail, in-app and chat deliveries need them. */
export const personColumns = {
  id: employees.id,
  email: employees.email,
  locale: employees.locale,
  familyName: employees.familyName,
  givenName: employees.givenName,
};

export async function loadPeople(db: Db, ids: string[]): Promise<Person[]> {
  if (!ids.length) return [];
  return db
    .select(personColumns)
    .from(employees)
    .where(and(inArray(employees.id, ids), eq(employees.status, 'active')));
}

export const personLocale = (p: { locale: string }): Locale => (isLocale(p.locale) ? p.locale : 'ja');

/**
 * Mails each person in their own language. `render` returns the raw params of `notify.mail.<kind>`
 * (rendered like in-app ones, see renderParams); the link is made absolute with the public URL.
 */
export async function mailPeople(
  db: Db,
  mailer: Mailer,
  people: Person[],
  kind: NotificationKind,
  render: (p: Person, locale: Locale) => Record<string, string>,
  publicUrl: string,
  link: (p: Person) => string,
) {
  for (const p of people) {
    const locale = personLocale(p);
    const t = translator(locale);
    const params = {
      name: t('notify.personName', { family: p.familyName, given: p.givenName }),
      url: `${publicUrl}${link(p)}`,
      ...renderParams(render(p, locale), locale),
    };
    await mailer.send(db, { to: p.email, subject: t(`notify.mail.${kind}.subject`, params), text: t(`notify.mail.${kind}.body`, params) });
  }
}

/**
 * Params are stored raw (ISO dates, times, form kinds) and rendered in the reader's language:
 * `due` → 2026年12月1日 / Dec 1, 2026; `start`+`end` → `when`; `form` → キャリア面談シート / career sheet.
 */
export function renderParams(params: Record<string, string>, locale: Locale): Record<string, string> {
  const t = translator(locale);
  const out = { ...params };
  if ('due' in params) out.due = params.due ? formatDate(params.due, locale) : t('notify.noDue');
  if (params.start && params.end) out.when = formatSlot(params.start, params.end, locale);
  if (params.form) out.form = t(`notify.what.${params.form}`);
  return out;
}

const recipient = eq(notifications.recipientId, sql.placeholder('recipientId'));
// One person's notifications: counted exactly (the list knows whether there is another page) and the page beside
// the counts, in one prepared statement (every page load asks it). The count reads the index alone; the page stops
// at its LIMIT; a page past the end still has its counts.
const notificationPage = preparedQuery((db) => {
  const counts = db.$with('counts').as(
    db
      .select({
        total: sql<number>`count(*)::int`.as('total'),
        unread: sql<number>`(count(*) filter (where ${notifications.readAt} is null))::int`.as('unread'),
      })
      .from(notifications)
      .where(recipient),
  );
  const page = db
    .select()
    .from(notifications)
    .where(recipient)
    .orderBy(desc(notifications.createdAt))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .as('page');
  return db.with(counts).select().from(counts).leftJoinLateral(page, sql`true`).orderBy(desc(page.createdAt)).prepare('notification_page');
});

export async function listNotifications(db: Db, opts: { actor: Actor; page?: number; pageSize?: number }): Promise<NotificationList> {
  const { actor, page = 1, pageSize = 20 } = opts;
  const t = translator(actor.locale);
  const found = await notificationPage(db).execute({ recipientId: actor.id, limit: pageSize, offset: pageOffset(page, pageSize) });
  const counts = found[0]?.counts;
  const rows = found.flatMap((f) => (f.page ? [f.page] : []));
  return {
    unread: counts?.unread ?? 0,
    total: counts?.total ?? 0,
    page,
    pageSize,
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      text: t(`notify.inApp.${n.kind}`, renderParams(n.params, actor.locale)),
      link: n.link,
      read: !!n.readAt,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

/** Marks the given notifications (or all) of the actor read; others' ids simply match nothing. */
export async function markNotificationsRead(db: Db, opts: { actor: Actor; ids?: string[] }) {
  const mine = and(eq(notifications.recipientId, opts.actor.id), isNull(notifications.readAt));
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(opts.ids ? and(mine, inArray(notifications.id, opts.ids)) : mine);
}
