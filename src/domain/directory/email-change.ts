import type { Db } from '../../db/client';
import { isLocale, translator } from '../../i18n';
import type { Mailer } from '../../mail/mailer';

/** A sign-in address that changed, with what the notice to the old address needs. */
export type EmailChange = { oldEmail: string; newEmail: string; locale: string; familyName: string; givenName: string };

/**
 * 「ta***@example.jp」: enough for the owner to recognise their new address, not enough to hand a
 * stranger reading the old mailbox (e.g. a shared or leaked one) the new sign-in address.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 0) return '***';
  const local = email.slice(0, at);
  const keep = local.length >= 4 ? 2 : local.length >= 2 ? 1 : 0;
  return `${local.slice(0, keep)}***${email.slice(at)}`;
}

/**
 * Tells each old address that the sign-in address moved, in the person's language: if the change
 * was not theirs (someone taking the account over through a password reset), they know whom to ask.
 * Call after the change committed.
 */
export async function mailEmailChanged(db: Db, mailer: Mailer, changes: readonly EmailChange[]): Promise<void> {
  for (const c of changes) {
    const t = translator(isLocale(c.locale) ? c.locale : 'ja');
    const params = { familyName: c.familyName, givenName: c.givenName, masked: maskEmail(c.newEmail) };
    await mailer.send(db, {
      to: c.oldEmail,
      subject: t('directory.mail.emailChanged.subject'),
      text: t('directory.mail.emailChanged.body', params),
    });
  }
}
