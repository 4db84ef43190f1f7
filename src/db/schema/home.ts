import { pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { employees } from './org';

/**
 * When each person last opened their home page. "Risk signs new since your last visit" compares with
 * `previousAt`: the start of the sitting before this one (domain/home/policy.ts `nextVisit`), so a reload
 * does not make what is new vanish. Written only for people whose home shows something "new since".
 */
export const homeVisits = pgTable('home_visits', {
  employeeId: uuid('employee_id')
    .primaryKey()
    .references(() => employees.id, { onDelete: 'cascade' }),
  seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
  previousAt: timestamp('previous_at', { withTimezone: true }),
});
