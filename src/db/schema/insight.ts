import { bigint, customType, date, index, integer, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import type { LocalizedText } from './forms';
import { departments, employees } from './org';
import { rounds } from './rounds';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** Who acted on a retention-risk flag, and how (the flags themselves are computed from stated answers). */
export const riskActions = pgTable(
  'risk_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    action: varchar('action', { length: 16 }).notNull(), // contacted | followUp | watch | dismissed
    note: varchar('note', { length: 1000 }).notNull().default(''),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => employees.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('risk_actions_round_idx').on(t.roundId, t.employeeId)],
);

/** Department changes, so internal moves can be counted for any period. */
export const departmentMoves = pgTable(
  'department_moves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    fromDepartmentId: uuid('from_department_id').references(() => departments.id),
    toDepartmentId: uuid('to_department_id').references(() => departments.id),
    movedOn: date('moved_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('department_moves_moved_idx').on(t.movedOn), index('department_moves_employee_idx').on(t.employeeId, t.movedOn)],
);

/** An export run as a job: progress while it runs, the file when it is done (kept a day). */
export const exportJobs = pgTable(
  'export_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: varchar('kind', { length: 32 }).notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    title: jsonb('title').$type<LocalizedText>(),
    status: varchar('status', { length: 16 }).notNull().default('queued'), // queued | running | done | failed
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    fileName: varchar('file_name', { length: 200 }),
    contentType: varchar('content_type', { length: 100 }),
    file: bytea('file'),
    size: bigint('size', { mode: 'number' }),
    error: varchar('error', { length: 300 }),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('export_jobs_requester_idx').on(t.requestedBy, t.createdAt)],
);

/**
 * A computed aggregate (trends of a round, themes of its free text, …) kept so that dashboards read a
 * row instead of a million answers; `key` names what it is, e.g. `trends:<roundId>`.
 */
export const insightSnapshots = pgTable('insight_snapshots', {
  key: varchar('key', { length: 200 }).primaryKey(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  data: jsonb('data').notNull(),
  /**
   * Writes that change the figures add one (in their own transaction); a recount stores the value it read
   * before counting in `counted`. `changes > counted`: something the stored figures do not show yet.
   * A counter rather than a time: a write not yet committed when the recount began is never taken as counted.
   */
  changes: integer('changes').notNull().default(0),
  counted: integer('counted').notNull().default(0),
});
