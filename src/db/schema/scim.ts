import { index, pgTable, primaryKey, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { employees } from './org';

/**
 * Bearer tokens of identity providers that push people and departments over SCIM 2.0 (docs/decisions/0023).
 * Only the SHA-256 of a token is kept: it is shown once, at creation. A revoked token stays for the audit trail.
 */
export const scimTokens = pgTable('scim_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: varchar('name', { length: 100 }).notNull(),
  tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
  // The last characters, so the admin can tell which token a provider holds.
  hint: varchar('hint', { length: 8 }).notNull(),
  createdBy: uuid('created_by').references(() => employees.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/**
 * The provider's own id (SCIM externalId) of a person or department. Kept apart from the directory's tables:
 * only SCIM reads or writes it. Not unique — SCIM does not require it, and two providers may reuse values.
 */
export const scimExternalIds = pgTable(
  'scim_external_ids',
  {
    // User | Group
    resourceType: varchar('resource_type', { length: 8 }).notNull(),
    resourceId: uuid('resource_id').notNull(),
    externalId: varchar('external_id', { length: 255 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.resourceType, t.resourceId] }), index('scim_external_ids_value_idx').on(t.resourceType, t.externalId)],
);
