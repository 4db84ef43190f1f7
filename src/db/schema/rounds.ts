import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import type { LocalizedText } from './forms';
import { formTemplates, formTemplateVersions } from './forms';
import { departments, employees } from './org';

export type RoundTheme = { title: LocalizedText; description: LocalizedText };
export type ParticipantRule = { all: boolean; departmentIds: string[]; grades: string[]; employeeIds: string[] };

/** A round (面談ラウンド): themes, templates, who takes part, who interviews whom, due dates. */
export const rounds = pgTable(
  'rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 100 }).notNull(),
    type: varchar('type', { length: 16 }).notNull(), // career | oneOnOne | followUp
    status: varchar('status', { length: 16 }).notNull().default('draft'), // draft | launching | launched | closed
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    prepDueOn: date('prep_due_on'),
    themes: jsonb('themes').$type<RoundTheme[]>().notNull(),
    message: varchar('message', { length: 2000 }).notNull().default(''),
    sheetTemplateId: uuid('sheet_template_id').references(() => formTemplates.id),
    surveyTemplateId: uuid('survey_template_id').references(() => formTemplates.id),
    // Pinned when the round launches; answers render against these versions for good.
    sheetVersionId: uuid('sheet_version_id').references(() => formTemplateVersions.id),
    surveyVersionId: uuid('survey_version_id').references(() => formTemplateVersions.id),
    participants: jsonb('participants').$type<ParticipantRule>().notNull(),
    interviewerRule: varchar('interviewer_rule', { length: 16 }).notNull().default('manager'), // manager | hrPartner
    launchTotal: integer('launch_total').notNull().default(0),
    launchDone: integer('launch_done').notNull().default(0),
    launchError: varchar('launch_error', { length: 300 }),
    createdBy: uuid('created_by').references(() => employees.id),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('rounds_created_idx').on(t.createdAt)],
);

/** One employee's interview in a round; the appointment lives here once a slot is chosen. */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    interviewerId: uuid('interviewer_id').references(() => employees.id),
    // The department at launch: progress "by department" describes the round as it was planned.
    departmentId: uuid('department_id').references(() => departments.id),
    // Furigana + employee number at launch: lists of 100,000 interviews page by index, not by sorting a join.
    sortKey: varchar('sort_key', { length: 140 }).notNull().default(''),
    status: varchar('status', { length: 16 }).notNull().default('preparing'), // preparing | scheduled | done | cancelled
    scheduledStart: timestamp('scheduled_start', { withTimezone: true }),
    scheduledEnd: timestamp('scheduled_end', { withTimezone: true }),
    locationType: varchar('location_type', { length: 16 }), // room | online
    location: varchar('location', { length: 300 }),
    // Who the employee's 人事のみ answers stay hidden from for good: their manager and this interview's
    // interviewer at every save and submit (see docs/decisions/0009-hr-only-kept-from.md).
    keptFrom: uuid('kept_from').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('interviews_round_employee_uq').on(t.roundId, t.employeeId),
    index('interviews_kept_from_idx').using('gin', t.keptFrom),
    // employee + round: a search inside a round looks each person's interview up directly.
    index('interviews_employee_idx').on(t.employeeId, t.roundId),
    // The interviewer's list (issue 16.1) reads one running round's people in its display order from here;
    // its (interviewer_id, round_id) prefix serves what the old two-column index did.
    index('interviews_interviewer_queue_idx').on(t.interviewerId, t.roundId, t.scheduledStart.asc().nullsFirst(), t.sortKey, t.id),
    index('interviews_round_dept_idx').on(t.roundId, t.departmentId),
    index('interviews_round_sort_idx').on(t.roundId, t.sortKey, t.id),
    // Appointments still to come, which have reminders (src/jobs/reconcile.ts reads them at start-up).
    index('interviews_scheduled_start_idx').on(t.scheduledStart).where(sql`${t.status} = 'scheduled'`),
  ],
);
