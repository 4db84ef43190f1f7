import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { questions } from './forms';
import { employees } from './org';
import { interviews } from './rounds';

export type AgendaItem = { id: string; kind: 'theme' | 'sheet' | 'plan' | 'question' | 'custom'; label: string; done: boolean };
/** すり合わせ: the employee's wish, the organisation's policy and needs, growth opportunity, agreed direction. */
export type Alignment = { wish: string; policy: string; growth: string; direction: string };

/**
 * The interviewer's record of one interview. Landing point and agenda are the interviewer's (HR reads
 * them); the alignment table is shared with the employee once the interview is held.
 */
export const interviewRecords = pgTable(
  'interview_records',
  {
    interviewId: uuid('interview_id')
      .primaryKey()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    landingPoint: varchar('landing_point', { length: 2000 }).notNull().default(''),
    agenda: jsonb('agenda').$type<AgendaItem[]>().notNull().default([]),
    alignment: jsonb('alignment').$type<Alignment>().notNull().default({ wish: '', policy: '', growth: '', direction: '' }),
    nextInterviewOn: date('next_interview_on'),
    followRhythm: varchar('follow_rhythm', { length: 16 }).notNull().default('none'), // none | weekly | biweekly | monthly | quarterly
    heldAt: timestamp('held_at', { withTimezone: true }),
    // Mutual confirmation: each side confirms a revision; an edit after a confirmation starts a new revision.
    planRevision: integer('plan_revision').notNull().default(1),
    employeeConfirmedRev: integer('employee_confirmed_rev'),
    interviewerConfirmedRev: integer('interviewer_confirmed_rev'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  // Outcomes count interviews held in a period.
  (t) => [index('interview_records_held_idx').on(t.heldAt)],
);

/** A note with its own visibility: shared 本人と共有 / hr_manager 人事・上司のみ / private 面談者メモ. */
export const interviewNotes = pgTable(
  'interview_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => employees.id),
    visibility: varchar('visibility', { length: 16 }).notNull(),
    body: varchar('body', { length: 4000 }).notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('interview_notes_interview_idx').on(t.interviewId, t.createdAt)],
);

/** An action plan item. It belongs to the interview that made it and follows the employee until done. */
export const actionItems = pgTable(
  'action_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    position: integer('position').notNull().default(0),
    what: varchar('what', { length: 300 }).notNull(),
    owner: varchar('owner', { length: 16 }).notNull(), // employee | manager | hr
    dueOn: date('due_on'),
    target: varchar('target', { length: 1000 }).notNull().default(''),
    status: varchar('status', { length: 16 }).notNull().default('open'), // open | inProgress | done | dropped
    progressNote: varchar('progress_note', { length: 1000 }).notNull().default(''),
    // The career-path gap this item works on (a skill of the employee's chosen next step; issue 18).
    gapSkill: varchar('gap_skill', { length: 100 }),
    // How the item works on it (training | assignment | mentor | other), and the levels when it was linked: the
    // inventory keeps no history, so "then" is kept here; "now" is read from the inventory (decision 0025).
    gapKind: varchar('gap_kind', { length: 16 }),
    gapLevelThen: integer('gap_level_then'),
    gapExpected: integer('gap_expected'),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('action_items_interview_idx').on(t.interviewId, t.position),
    index('action_items_employee_idx').on(t.employeeId, t.status),
    // Open items by due date: what reconciling jobs at start-up reads (src/jobs/reconcile.ts).
    index('action_items_open_due_idx').on(t.dueOn).where(sql`${t.status} in ('open', 'inProgress')`),
    // Open items of one interview: a home page probes each interview an interviewer holds (domain/home/interviewer.ts).
    index('action_items_open_interview_idx').on(t.interviewId, t.dueOn).where(sql`${t.status} in ('open', 'inProgress')`),
  ],
);

/** Who confirmed which revision of a plan, with the items as they were: the plan's history. */
export const planConfirmations = pgTable(
  'plan_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    party: varchar('party', { length: 16 }).notNull(), // employee | interviewer
    personId: uuid('person_id')
      .notNull()
      .references(() => employees.id),
    items: jsonb('items').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_confirmations_interview_idx').on(t.interviewId, t.revision)],
);

/** A follow-up 1on1 on a plan: support and adjustments, and progress per item. Shared with the employee. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => employees.id),
    heldOn: date('held_on').notNull(),
    note: varchar('note', { length: 4000 }).notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('follow_ups_interview_idx').on(t.interviewId, t.heldOn), index('follow_ups_employee_idx').on(t.employeeId, t.heldOn)],
);

export const followUpItems = pgTable(
  'follow_up_items',
  {
    followUpId: uuid('follow_up_id')
      .notNull()
      .references(() => followUps.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => actionItems.id, { onDelete: 'cascade' }),
    status: varchar('status', { length: 16 }).notNull(),
    note: varchar('note', { length: 1000 }).notNull().default(''),
    // The linked gap skill's inventory level when this follow-up was recorded: the gap closing over time.
    skillLevel: integer('skill_level'),
  },
  (t) => [primaryKey({ columns: [t.followUpId, t.itemId] })],
);

/** The employee's rating of an interview; HR sees it in aggregate only. */
export const interviewRatings = pgTable('interview_ratings', {
  interviewId: uuid('interview_id')
    .primaryKey()
    .references(() => interviews.id, { onDelete: 'cascade' }),
  rating: integer('rating').notNull(),
  comment: varchar('comment', { length: 1000 }).notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A transparent suggestion rule HR edits: "when <field> of the sheet/survey is <op> <value>, suggest
 * <question>"; source 'plan' with op 'overdue' fires for each overdue carried-over item.
 */
export const suggestionRules = pgTable('suggestion_rules', {
  id: uuid('id').primaryKey().defaultRandom(),
  source: varchar('source', { length: 16 }).notNull(), // sheet | survey | plan
  fieldId: varchar('field_id', { length: 64 }).notNull().default(''),
  op: varchar('op', { length: 16 }).notNull(), // lte | gte | answered | includes | overdue
  value: jsonb('value').$type<number | string | null>(),
  questionId: uuid('question_id')
    .notNull()
    .references(() => questions.id),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  ...timestamps,
});

/** The employee's consent that a viewer (a new manager) sees their shared history; HR may override. */
export const historyConsents = pgTable(
  'history_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    viewerId: uuid('viewer_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    status: varchar('status', { length: 16 }).notNull(), // requested | granted | declined | overridden
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    overrideBy: uuid('override_by').references(() => employees.id),
    overrideReason: varchar('override_reason', { length: 500 }),
    ...timestamps,
  },
  (t) => [uniqueIndex('history_consents_uq').on(t.employeeId, t.viewerId), index('history_consents_viewer_idx').on(t.viewerId)],
);
