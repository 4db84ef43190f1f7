import { count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailOutbox } from '../../db/schema';
import type { Mailer } from '../../mail/mailer';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, forbidden, notFound } from '../errors';
import type { OutboxMail, OutboxPage } from './responses';
import { DEFAULT_PAGE_SIZE } from './schemas';
import { can } from '../capabilities';

type OutboxRow = typeof mailOutbox.$inferSelect;

/**
 * Secrets in a link (`token=`, `code=`, …) are for the recipient alone. Mails that carry one are stored
 * without it (mailer.ts); this catches any other, so no admin can sign in as someone through the outbox.
 */
export const maskSecrets = (text: string) =>
  text.replace(/([?&](?:token|code|key|secret|ticket|pwd|passcode|password|sig|signature|access_token)=)[^\s&#]+/gi, '$1********');

/**
 * The fields an admin sees of one mail, named on purpose (never the undelivered full text, nor the
 * invitation). `smtp`: whether this server delivers mail, so a failed one may be re-sent.
 */
export const presentMail = (m: OutboxRow, smtp: boolean): OutboxMail => ({
  id: m.id,
  toAddress: m.toAddress,
  subject: m.subject,
  bodyText: maskSecrets(m.bodyText),
  status: m.status as OutboxMail['status'],
  error: m.error,
  attempts: m.attempts,
  createdAt: m.createdAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
  canResend: smtp && m.status === 'failed',
});

/** Every mail the system sent or logged, newest first. Mails name people, so reading them is audited. */
export async function listOutbox(db: Db, opts: { actor: Actor; smtp: boolean; page?: number; pageSize?: number }): Promise<OutboxPage> {
  const { actor } = opts;
  if (!can(actor, 'viewOutbox')) throw forbidden();
  const page = opts.page ?? 1;
  const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE;
  const [rows, counted] = await Promise.all([
    db
      .select()
      .from(mailOutbox)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(mailOutbox),
  ]);
  await audit(db, { actor, action: 'outbox.read', entityType: 'mail', detail: { page, pageSize } });
  return { items: rows.map((m) => presentMail(m, opts.smtp)), page, pageSize, total: Number(counted[0]?.n ?? 0) };
}

/**
 * Queues a mail whose retries ran out for delivery again, with a fresh series of retries (the admin,
 * after an SMTP outage; audited). Refused for a sent mail (never delivered twice), for one whose delivery
 * is still under way, and without SMTP.
 */
export async function resendMail(db: Db, opts: { actor: Actor; id: string; mailer: Mailer }): Promise<OutboxMail> {
  const { actor, id, mailer } = opts;
  if (!can(actor, 'viewOutbox')) throw forbidden();
  return db.transaction(async (tx) => {
    // Locked: of two admins pressing at once, the second finds the mail queued already.
    const [cur] = await tx.select({ status: mailOutbox.status }).from(mailOutbox).where(eq(mailOutbox.id, id)).for('update');
    if (!cur) throw notFound();
    if (cur.status === 'sent') throw conflict('admin.errors.mailAlreadySent');
    if (!mailer.smtp) throw conflict('admin.errors.mailNoSmtp');
    if (cur.status !== 'failed') throw conflict('admin.errors.mailNotFailed');
    const row = (await tx.update(mailOutbox).set({ status: 'pending' }).where(eq(mailOutbox.id, id)).returning())[0]!;
    await mailer.requeue(tx, id);
    await audit(tx, { actor, action: 'outbox.resend', entityType: 'mail', entityId: id, detail: { attempts: row.attempts } });
    return presentMail(row, mailer.smtp);
  });
}

/** Mails not delivered yet or never, by status: what operators watch (/metrics), not a person's view. */
export async function undeliveredMail(db: Db): Promise<Record<'pending' | 'retrying' | 'failed', number>> {
  const rows = await db
    .select({ status: mailOutbox.status, n: count() })
    .from(mailOutbox)
    .where(inArray(mailOutbox.status, ['pending', 'retrying', 'failed']))
    .groupBy(mailOutbox.status);
  const out = { pending: 0, retrying: 0, failed: 0 };
  for (const r of rows) if (r.status in out) out[r.status as keyof typeof out] = Number(r.n);
  return out;
}
