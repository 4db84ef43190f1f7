import { date, index, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { careerRoles } from './career';
import { timestamps } from './columns';
import { formTemplateVersions } from './forms';
import { employees } from './org';

// The hiring-criteria hearing sheet (採用基準策定のための現場ヒアリングシート, issue 18.5, decision 0026): HR asks
// field managers what a role's high performers share, then drafts the role's hiring criteria from the answers.

/** One hearing: a role (of the career map, or free text), the sheet version it asks, and its due date. */
export const hearings = pgTable(
  'hearings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // A role of the career map's version current when sent; null for a role written as free text.
    careerRoleId: uuid('career_role_id').references(() => careerRoles.id, { onDelete: 'set null' }),
    roleName: varchar('role_name', { length: 100 }).notNull(),
    templateVersionId: uuid('template_version_id')
      .notNull()
      .references(() => formTemplateVersions.id),
    dueOn: date('due_on', { mode: 'string' }),
    message: varchar('message', { length: 1000 }).notNull().default(''),
    createdBy: uuid('created_by').references(() => employees.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('hearings_created_idx').on(t.createdAt)],
);

/** One manager's sheet of a hearing; answers keyed by field id, as form_answers but without 人事のみ (HR reads all). */
export const hearingRequests = pgTable(
  'hearing_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hearingId: uuid('hearing_id')
      .notNull()
      .references(() => hearings.id, { onDelete: 'cascade' }),
    managerId: uuid('manager_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    // The high performer the sheet is about: picked from people the manager may name (hiring/performer.ts), never
    // typed as a name, so that the person's erasure finds and clears it (rights/references.ts).
    performerId: uuid('performer_id').references(() => employees.id, { onDelete: 'set null' }),
    status: varchar('status', { length: 16 }).notNull().default('draft'), // draft | submitted
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('hearing_requests_uq').on(t.hearingId, t.managerId),
    index('hearing_requests_manager_idx').on(t.managerId, t.status),
    index('hearing_requests_performer_idx').on(t.performerId),
  ],
);

/** HR's draft hiring criteria of a hearing's role, in order; `skill` names one of the role's expected skills. */
export const hearingCriteria = pgTable(
  'hearing_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    hearingId: uuid('hearing_id')
      .notNull()
      .references(() => hearings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    section: varchar('section', { length: 16 }).notNull(),
    text: varchar('text', { length: 300 }).notNull(),
    skill: varchar('skill', { length: 100 }),
    ...timestamps,
  },
  (t) => [index('hearing_criteria_hearing_idx').on(t.hearingId, t.position)],
);
