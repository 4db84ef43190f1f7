import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { employees } from './org';

/**
 * Where Mendan tells other tools what happened (docs/decisions/0021): a Slack or Teams channel's incoming
 * webhook, or a generic signed webhook. The URL of a Slack/Teams webhook is itself a credential: the API
 * answers only a hint of it. `secret` signs generic deliveries (Mendan must read it to sign, so it is stored
 * as is; it is shown once, at creation and rotation).
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: varchar('name', { length: 100 }).notNull(),
  // slack | teams | generic
  kind: varchar('kind', { length: 16 }).notNull(),
  url: text('url').notNull(),
  secret: varchar('secret', { length: 100 }),
  events: jsonb('events').$type<string[]>().notNull(),
  enabled: boolean('enabled').notNull().default(true),
  // Failed attempts in a row; at WEBHOOK_DISABLE_AFTER the endpoint is switched off (reset by any success).
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One event to one target: an endpoint, or a person's Slack DM (endpoint null). Holds only what the payload
 * is built from — the event, whom it concerns, the link — never any text a person wrote.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id').references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    // endpoint | slackDm
    target: varchar('target', { length: 16 }).notNull(),
    // The event's id: the same for every target and re-send of one event (receivers may de-duplicate on it).
    eventId: uuid('event_id').notNull(),
    event: varchar('event', { length: 48 }).notNull(),
    employeeId: uuid('employee_id').references(() => employees.id, { onDelete: 'set null' }),
    link: varchar('link', { length: 300 }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    // pending | retrying | ok | failed (retries used up, or refused for good) | skipped (endpoint off)
    status: varchar('status', { length: 16 }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms'),
    error: varchar('error', { length: 300 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }),
  },
  (t) => [
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
    index('webhook_deliveries_target_idx').on(t.target, t.createdAt),
    index('webhook_deliveries_undelivered_idx').on(t.status).where(sql`${t.status} in ('pending', 'retrying')`),
  ],
);
