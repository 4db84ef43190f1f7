import { count, desc } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailOutbox } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { forbidden } from '../errors';
import { DEFAULT_PAGE_SIZE } from './schemas';
import { can } from '../capabilities';

type OutboxRow = typeof mailOutbox.$inferSelect;

/**
 * Secrets in a link (`token=`, `code=`, …) are for the recipient alone. Mails that carry one are stored
 * without it (mailer.ts); this catches any other, so no admin can sign in as someone through the outbox.
 */
export const maskSecrets = (text: string) =>
  text.replace(/([?&](?:token|code|key|secret|ticket|pwd|passcode|password|sig|signature|access_token)=)[^\s&#]+/gi, '$1********');

/** The fields an admin sees of one mail, named on purpose (never the undelivered full text). */
export const presentMail = (m: OutboxRow) => ({
  id: m.id,
  toAddress: m.toAddress,
  subject: m.subject,
  bodyText: maskSecrets(m.bodyText),
  status: m.status,
  error: m.error,
  createdAt: m.createdAt,
  sentAt: m.sentAt,
});

/** Every mail the system sent or logged, newest first. Mails name people, so reading them is audited. */
export async function listOutbox(db: Db, opts: { actor: Actor; page?: number; pageSize?: number }) {
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
  return { items: rows.map(presentMail), page, pageSize, total: Number(counted[0]?.n ?? 0) };
}
