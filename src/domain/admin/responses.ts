import { z } from 'zod';
import { DateTime, pageOf, Uuid } from '../shared/contract';

// What the admin screens are answered (outbox.ts and audit-log.ts build exactly these).

/** outbox (no SMTP: the row is the delivery) | pending | retrying | sent | failed (retries used up). */
export const MAIL_STATUSES = ['outbox', 'pending', 'retrying', 'sent', 'failed'] as const;

/**
 * One mail as an admin sees it: secrets in links masked, never the undelivered full text nor the
 * invitation. `canResend`: its retries ran out and this server delivers mail.
 */
export const OutboxMail = z
  .strictObject({
    id: Uuid,
    toAddress: z.string(),
    subject: z.string(),
    bodyText: z.string(),
    status: z.enum(MAIL_STATUSES),
    /** The last delivery error. */
    error: z.string().nullable(),
    attempts: z.number().int(),
    createdAt: DateTime,
    sentAt: DateTime.nullable(),
    canResend: z.boolean(),
  })
  .meta({ id: 'OutboxMail' });

/** Every mail, newest first. Counted exactly (no cap), so no `totalCapped`. */
export const OutboxPage = z
  .strictObject({ items: z.array(OutboxMail), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() })
  .meta({ id: 'OutboxPage' });

/** One row of the audit trail, with the acting person's name (null: the system acted). */
export const AuditEntry = z
  .strictObject({
    id: z.number().int(),
    at: DateTime,
    /** The names are null only if the acting person's record is not there. */
    actor: z.strictObject({ id: Uuid, familyName: z.string().nullable(), givenName: z.string().nullable() }).nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    /** What the id names, in words: a person (family name first), a round, or whose interview in which round; null when gone or of another kind. */
    target: z.string().nullable(),
    ip: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditPage = pageOf(AuditEntry, 'AuditPage');

/** Whether HR staff (not only admins) may read and export the audit log; off unless an admin turns it on. */
export const AuditAccess = z.strictObject({ hrRead: z.boolean() }).meta({ id: 'AuditAccess' });

export type OutboxMail = z.infer<typeof OutboxMail>;
export type OutboxPage = z.infer<typeof OutboxPage>;
export type AuditEntry = z.infer<typeof AuditEntry>;
export type AuditPage = z.infer<typeof AuditPage>;
export type AuditAccess = z.infer<typeof AuditAccess>;
