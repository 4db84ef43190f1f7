import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../db/client';
import { mailOutbox } from '../db/schema';

export type Mail = {
  to: string;
  subject: string;
  text: string;
  /**
   * What admins read in the outbox instead of `text`, for mails that carry a secret (a reset link): the
   * link is for the recipient alone. The full text is kept apart only until it is delivered.
   */
  outboxText?: string;
  /** A calendar invitation (.ics): mail clients show it as an invitation with accept/decline. */
  ics?: { method: 'REQUEST' | 'CANCEL'; content: string };
};
export type Mailer = { send: (db: Db, mail: Mail) => Promise<void> };

/**
 * Every mail is written to mail_outbox first (the record admins read, secrets left out). With SMTP_URL it
 * is then delivered over SMTP and marked sent or failed; without, the outbox is the delivery (dev default;
 * the operator reads secret-bearing mails with `mendan outbox`). A delivery failure is recorded on the
 * row, never thrown: the action that sent the mail stands.
 */
export function createMailer(opts: { smtpUrl?: string; from: string }): Mailer {
  const transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  return {
    async send(db, mail) {
      const secret = mail.outboxText !== undefined;
      const [row] = await db
        .insert(mailOutbox)
        .values({
          toAddress: mail.to,
          subject: mail.subject.slice(0, 300),
          bodyText: secret ? mail.outboxText! : mail.text,
          secretText: secret ? mail.text : null,
        })
        .returning({ id: mailOutbox.id });
      if (!transport || !row) return;
      try {
        await transport.sendMail({
          from: opts.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          ...(mail.ics ? { icalEvent: { method: mail.ics.method, filename: 'invite.ics', content: mail.ics.content } } : {}),
        });
        await db.update(mailOutbox).set({ status: 'sent', sentAt: new Date(), secretText: null }).where(eq(mailOutbox.id, row.id));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        await db.update(mailOutbox).set({ status: 'failed', error: message }).where(eq(mailOutbox.id, row.id));
      }
    },
  };
}
