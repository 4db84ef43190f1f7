import nodemailer from 'nodemailer';
import type { Db } from '../db/client';
import { mailOutbox } from '../db/schema';
import type { JobAttempt, JobQueue } from '../jobs/queue';
import { deliverMail, enqueueDelivery, smtpTransportUrl } from './delivery';

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

export type Mailer = {
  /** Records the mail and, with SMTP, queues its delivery, both in the caller's transaction. */
  send: (db: Db, mail: Mail) => Promise<void>;
  /** Whether mail goes out over SMTP; without, the outbox row is the delivery. */
  readonly smtp: boolean;
  /** Queues a stored mail's delivery again (the admin's re-send), in the caller's transaction. */
  requeue: (db: Db, mailId: string) => Promise<void>;
  /** One delivery attempt of a stored mail: the `mail.send` job. */
  deliver: (db: Db, mailId: string, job: JobAttempt) => Promise<void>;
};

/**
 * Every mail is written to mail_outbox (the record admins read, secrets left out). With SMTP_URL a
 * `mail.send` job is queued with it, so the mail goes out exactly when the change that wrote it commits,
 * and an SMTP outage only delays it (delivery.ts retries for hours). Without SMTP_URL the outbox is the
 * delivery (dev default; the operator reads secret-bearing mails with `mendan outbox`).
 */
export function createMailer(opts: { smtpUrl?: string; from: string; jobs?: JobQueue }): Mailer {
  const { jobs, from } = opts;
  if (opts.smtpUrl && !jobs) throw new Error('SMTP delivery runs as a job: createMailer needs the job queue');
  const transport = opts.smtpUrl ? nodemailer.createTransport(smtpTransportUrl(opts.smtpUrl)) : null;
  const queue = transport ? jobs! : null;
  return {
    smtp: !!queue,
    async send(db, mail) {
      const secret = mail.outboxText !== undefined;
      const values = {
        toAddress: mail.to,
        subject: mail.subject.slice(0, 300),
        bodyText: secret ? mail.outboxText! : mail.text,
        secretText: secret ? mail.text : null,
        icsMethod: mail.ics?.method ?? null,
        icsContent: mail.ics?.content ?? null,
      };
      if (!queue) {
        await db.insert(mailOutbox).values({ ...values, status: 'outbox' });
        return;
      }
      // Row and job together (a savepoint inside the caller's transaction): never a pending row without its job.
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(mailOutbox)
          .values({ ...values, status: 'pending' })
          .returning({ id: mailOutbox.id });
        await enqueueDelivery(queue, tx, row!.id);
      });
    },
    async requeue(db, mailId) {
      if (!queue) throw new Error('no SMTP: nothing delivers mail');
      await enqueueDelivery(queue, db, mailId);
    },
    async deliver(db, mailId, job) {
      await deliverMail(db, transport ? { transport, from } : null, mailId, job);
    },
  };
}
