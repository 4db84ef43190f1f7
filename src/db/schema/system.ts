import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Every mail the system sends; in dev (no SMTP_URL) this table is the outbox admins read. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: varchar('to_address', { length: 254 }).notNull(),
    subject: varchar('subject', { length: 300 }).notNull(),
    // What admins read: a mail carrying a secret (a reset link) is stored here with the secret left out.
    bodyText: text('body_text').notNull(),
    // Such a mail's full text, for delivery only: cleared once sent; never served by the API. Without SMTP
    // (dev) it stays, for the operator (`mendan outbox`).
    secretText: text('secret_text'),
    // A calendar invitation sent with the mail (.ics), kept for the delivery job; the content is cleared once sent.
    icsMethod: varchar('ics_method', { length: 8 }),
    icsContent: text('ics_content'),
    // outbox (no SMTP: the row is the delivery) | pending | retrying | sent | failed (retries used up).
    status: varchar('status', { length: 16 }).notNull().default('outbox'),
    // The last delivery error, and how many deliveries were tried.
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_created_idx').on(t.createdAt),
    // Rows a delivery job still owes (src/jobs/reconcile.ts reads them at start-up).
    index('mail_outbox_undelivered_idx').on(t.status).where(sql`${t.status} in ('pending', 'retrying')`),
    // Mails whose retries ran out: the admin's home counts them (capped) without reading the outbox.
    index('mail_outbox_failed_idx').on(t.createdAt).where(sql`${t.status} = 'failed'`),
  ],
);

/** Append-only audit trail: every change and every read of a confidential record. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    action: varchar('action', { length: 64 }).notNull(),
    entityType: varchar('entity_type', { length: 32 }).notNull(),
    entityId: text('entity_id'),
    ip: varchar('ip', { length: 64 }),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_actor_idx').on(t.actorId, t.at),
    index('audit_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Settings that HR or admins change at run time (busy hours, …), one JSON value per key. */
export const appSettings = pgTable('app_settings', {
  key: varchar('key', { length: 64 }).primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A running employee import's undo record, one row per chunk it committed (docs/decisions/0015): the people
 * the chunk created and, as they were before, the rows of the people it could change. The import deletes its
 * rows in the transaction that completes it; rows left behind (a failure, a process that died) are undone.
 */
export const importJournal = pgTable(
  'import_journal',
  {
    runId: uuid('run_id').notNull(),
    chunk: integer('chunk').notNull(),
    created: uuid('created').array().notNull(),
    before: jsonb('before').$type<Record<string, unknown>[]>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.chunk] })],
);
