import { boolean, jsonb, pgTable, primaryKey, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { formTemplateVersions } from './forms';
import { interviews } from './rounds';

// The employee's career sheet and pre-survey answers.

/** A career sheet or pre-survey of one interview, answered against the version pinned by the round. */
export const formResponses = pgTable(
  'form_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 16 }).notNull(), // sheet | survey
    templateVersionId: uuid('template_version_id')
      .notNull()
      .references(() => formTemplateVersions.id),
    status: varchar('status', { length: 16 }).notNull().default('draft'), // draft | submitted
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('form_responses_interview_kind_uq').on(t.interviewId, t.kind)],
);

/**
 * One answer per field. hr_only is the employee's own choice 「人事のみ(上司には見せない)」: every
 * read path filters on this column, so an interviewer's query never returns such a row.
 */
export const formAnswers = pgTable(
  'form_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => formResponses.id, { onDelete: 'cascade' }),
    fieldId: varchar('field_id', { length: 64 }).notNull(),
    value: jsonb('value').notNull(),
    hrOnly: boolean('hr_only').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.fieldId] })],
);
