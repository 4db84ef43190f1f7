import { index, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { interviews } from './rounds';

/** A time the interviewer offers, or the employee proposes; choosing one schedules the interview. */
export const interviewSlots = pgTable(
  'interview_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    locationType: varchar('location_type', { length: 16 }).notNull(),
    location: varchar('location', { length: 300 }).notNull().default(''),
    proposedBy: varchar('proposed_by', { length: 16 }).notNull(), // interviewer | employee
    status: varchar('status', { length: 16 }).notNull().default('open'), // open | chosen | withdrawn
    note: varchar('note', { length: 500 }).notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_slots_interview_idx').on(t.interviewId, t.startsAt)],
);
