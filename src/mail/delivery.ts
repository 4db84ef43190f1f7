import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Db } from '../db/client';
import { mailOutbox } from '../db/schema';
import type { DueJob, JobAttempt, JobQueue } from '../jobs/queue';

/**
 * Retries of one delivery. pg-boss waits 30 s × 2^n (up to twice that, randomised) before retry n+1, so the
 * tenth and last retry comes 8.5 to 17 hours after the first try: an SMTP outage of an afternoon or a
 * night delays mail, loses none.
 */
export const MAIL_RETRY_LIMIT = 10;
export const MAIL_RETRY_DELAY_SECONDS = 30;

/** Rows a delivery job still has to send. */
export const UNDELIVERED = ['pending', 'retrying'];

/** The delivery job of one outbox row (queued with the row; reconcile re-queues it for rows still undelivered). */
export const deliveryJob = (mailId: string): DueJob => ({
  name: 'mail.send',
  data: { mailId },
  opts: { singletonKey: mailId, retryLimit: MAIL_RETRY_LIMIT, retryDelay: MAIL_RETRY_DELAY_SECONDS },
});

/** Queues one delivery of an outbox row through the caller's transaction: the job exists iff the row does. */
export const enqueueDelivery = (jobs: JobQueue, db: Db, mailId: string) => jobs.sendJob(db, deliveryJob(mailId));

// Bounds on a stalled SMTP server (unless SMTP_URL sets its own), so a worker's batch of deliveries ends
// well within the job's expiry and a job is not retried while it still runs.
const TIMEOUTS = { connectionTimeout: '30000', greetingTimeout: '30000', socketTimeout: '60000' };
export function smtpTransportUrl(url: string): string {
  const u = new URL(url);
  for (const [k, v] of Object.entries(TIMEOUTS)) if (!u.searchParams.has(k)) u.searchParams.set(k, v);
  return u.toString();
}

/** One Message-ID per outbox row: if a crash ever repeats a delivery, mail systems see the same message. */
const messageId = (mailId: string, from: string) => `<${mailId}@${/@([^>\s]+)/.exec(from)?.[1] ?? 'mendan.local'}>`;

/**
 * One attempt at delivering a stored mail (the `mail.send` job). The row's status is the guard: a sent,
 * failed or dev-outbox row is never sent by a job. On success the row is `sent` and what was kept only for
 * delivery (a reset link's full text, the invitation) is cleared; on failure the error is recorded and
 * thrown, so pg-boss retries, and after the last retry the row is `failed` (an admin may re-send it).
 * A crash between the SMTP send and the mark retries the job and sends once more: at least once, like SMTP.
 */
export async function deliverMail(db: Db, smtp: { transport: Transporter; from: string } | null, mailId: string, job: JobAttempt) {
  const due = and(eq(mailOutbox.id, mailId), inArray(mailOutbox.status, UNDELIVERED));
  if (!smtp) {
    // SMTP was switched off since the job was queued: the outbox is the delivery now.
    await db.update(mailOutbox).set({ status: 'outbox' }).where(due);
    return;
  }
  // The attempt is counted (and committed) before sending, so one cut short by a crash still shows.
  const [row] = await db
    .update(mailOutbox)
    .set({ attempts: sql`${mailOutbox.attempts} + 1` })
    .where(due)
    .returning();
  if (!row) return;
  try {
    await smtp.transport.sendMail({
      from: smtp.from,
      to: row.toAddress,
      subject: row.subject,
      text: row.secretText ?? row.bodyText,
      messageId: messageId(row.id, smtp.from),
      ...(row.icsMethod && row.icsContent ? { icalEvent: { method: row.icsMethod, filename: 'invite.ics', content: row.icsContent } } : {}),
    });
  } catch (err) {
    const error = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
    const last = job.retryCount >= job.retryLimit;
    await db
      .update(mailOutbox)
      .set({ status: last ? 'failed' : 'retrying', error })
      .where(eq(mailOutbox.id, mailId));
    throw err;
  }
  await db
    .update(mailOutbox)
    .set({ status: 'sent', sentAt: new Date(), secretText: null, icsContent: null })
    .where(eq(mailOutbox.id, mailId));
}
