import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { departments, employees } from './org';

// Career wishes and placement (異動・キャリアパスの希望, 最適な人材配置).

/**
 * A transfer or career-path wish (異動・キャリアパスの希望), stated by the employee with a disclosure
 * choice: 'manager_hr' (their manager and HR) or 'hr_only'.
 */
export const careerWishes = pgTable(
  'career_wishes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 16 }).notNull(), // transfer | careerPath
    desiredRole: varchar('desired_role', { length: 200 }).notNull().default(''),
    // The role as placement matches it (NFKC, lower case, no spaces), kept by the database so ranking a
    // position does not normalise every open wish again.
    desiredRoleKey: text('desired_role_key')
      .notNull()
      .generatedAlwaysAs(sql`lower(regexp_replace(normalize(desired_role, NFKC), '\\s', '', 'g'))`),
    desiredDepartmentId: uuid('desired_department_id').references(() => departments.id),
    track: varchar('track', { length: 16 }).notNull().default('undecided'), // management | specialist | undecided
    timeframe: varchar('timeframe', { length: 16 }).notNull(), // within1y | in1to3y | over3y
    relocation: varchar('relocation', { length: 16 }).notNull().default('depends'), // ok | no | depends
    note: varchar('note', { length: 2000 }).notNull().default(''),
    disclosure: varchar('disclosure', { length: 16 }).notNull(), // manager_hr | hr_only
    status: varchar('status', { length: 16 }).notNull().default('open'), // open | withdrawn
    // Who a 人事のみ wish stays hidden from for good: the employee's manager whenever they wrote it.
    keptFrom: uuid('kept_from').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('career_wishes_employee_idx').on(t.employeeId, t.status),
    index('career_wishes_status_idx').on(t.status, t.desiredDepartmentId),
    // HR's list, newest change first: walked in order and stopped at a page, not 16,000 wishes sorted (decision 0018).
    index('career_wishes_recent_idx').on(t.status, t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

/** An open position or project HR staffs (最適な人材配置), with the skills it needs. */
export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: varchar('kind', { length: 16 }).notNull(), // position | project
    title: varchar('title', { length: 200 }).notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    description: varchar('description', { length: 4000 }).notNull().default(''),
    requiredSkills: jsonb('required_skills').$type<string[]>().notNull().default([]),
    track: varchar('track', { length: 16 }).notNull().default('undecided'),
    // The career-path role this position is (its code; issue 18): candidates are ranked on its expected levels.
    careerRoleCode: varchar('career_role_code', { length: 32 }),
    status: varchar('status', { length: 16 }).notNull().default('open'), // open | closed
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('positions_status_idx').on(t.status, t.createdAt)],
);

/**
 * What HR decided about a wish. `message` is what the employee reads about their wish; `note` stays with HR.
 * The latest decision is the wish's state.
 */
export const wishDecisions = pgTable(
  'wish_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    wishId: uuid('wish_id')
      .notNull()
      .references(() => careerWishes.id, { onDelete: 'cascade' }),
    decision: varchar('decision', { length: 16 }).notNull(), // considered | offered | moved | notNow
    positionId: uuid('position_id').references(() => positions.id),
    message: varchar('message', { length: 1000 }).notNull().default(''),
    note: varchar('note', { length: 1000 }).notNull().default(''),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => employees.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('wish_decisions_wish_idx').on(t.wishId, t.createdAt)],
);
