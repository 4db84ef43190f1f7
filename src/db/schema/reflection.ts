import { index, integer, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { employees } from './org';
import { interviews } from './rounds';

/**
 * The employee's answers to the four questions of the seed's cautions (傾聴, strengths, continuity and
 * support, follow-up), 1–5 each. Final once sent, and counted in the fixed half-year (`period`) it was sent
 * in: a period's figures can then never change after it closed (docs/decisions/0024). The interviewer is
 * kept as at the answer, so a later reassignment does not move answers between people.
 */
export const interviewReflections = pgTable(
  'interview_reflections',
  {
    interviewId: uuid('interview_id')
      .primaryKey()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    interviewerId: uuid('interviewer_id')
      .notNull()
      .references(() => employees.id),
    period: varchar('period', { length: 8 }).notNull(),
    listen: integer('listen').notNull(),
    strengths: integer('strengths').notNull(),
    support: integer('support').notNull(),
    followUp: integer('follow_up').notNull(),
    comment: varchar('comment', { length: 1000 }).notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_reflections_period_idx').on(t.period, t.interviewerId)],
);

/**
 * A closed period's figures, counted once and kept: an erasure or a department move afterwards cannot
 * make two readings of the same period differ (which would reveal what changed). Small groups are
 * already suppressed in what is stored.
 */
export const reflectionPeriods = pgTable('reflection_periods', {
  period: varchar('period', { length: 8 }).primaryKey(),
  figures: jsonb('figures').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
