import { index, integer, pgTable, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { employees } from './org';

/** スキル・経験の棚卸し: a person's skills with a self-rated level; kept from round to round. */
export const employeeSkills = pgTable(
  'employee_skills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 100 }).notNull(),
    // Lower-cased name: one row per skill and person whatever the case.
    nameKey: varchar('name_key', { length: 100 }).notNull(),
    level: integer('level').notNull(), // 1–5, self-rated
    years: integer('years'),
    note: varchar('note', { length: 500 }).notNull().default(''),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('employee_skills_uq').on(t.employeeId, t.nameKey),
    // Placement's "people by skills": everyone holding the position's skills, read from the index alone.
    index('employee_skills_name_idx').on(t.nameKey, t.employeeId, t.level),
  ],
);

/** Experience (経験) and achievements (実績・成功体験) in the same inventory. */
export const employeeCareerItems = pgTable(
  'employee_career_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 16 }).notNull(), // experience | achievement
    title: varchar('title', { length: 200 }).notNull(),
    description: varchar('description', { length: 2000 }).notNull().default(''),
    // Year-month, e.g. 2024-04; free of a day because people remember months.
    periodFrom: varchar('period_from', { length: 7 }),
    periodTo: varchar('period_to', { length: 7 }),
    ...timestamps,
  },
  (t) => [index('employee_career_items_idx').on(t.employeeId, t.kind)],
);
