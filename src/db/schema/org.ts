import { sql } from 'drizzle-orm';
import { type AnyPgColumn, date, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: varchar('code', { length: 32 }).notNull().unique(),
    name: varchar('name', { length: 100 }).notNull(),
    nameEn: varchar('name_en', { length: 100 }),
    parentId: uuid('parent_id').references((): AnyPgColumn => departments.id),
    ...timestamps,
  },
  (t) => [index('departments_parent_idx').on(t.parentId)],
);

export const employees = pgTable(
  'employees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeNumber: varchar('employee_number', { length: 32 }).notNull().unique(),
    familyName: varchar('family_name', { length: 50 }).notNull(),
    givenName: varchar('given_name', { length: 50 }).notNull(),
    familyNameKana: varchar('family_name_kana', { length: 50 }),
    givenNameKana: varchar('given_name_kana', { length: 50 }),
    // Stored lower-cased so uniqueness and login ignore case.
    email: varchar('email', { length: 254 }).notNull().unique(),
    departmentId: uuid('department_id').references(() => departments.id),
    jobTitle: varchar('job_title', { length: 100 }),
    grade: varchar('grade', { length: 32 }),
    managerId: uuid('manager_id').references((): AnyPgColumn => employees.id),
    hireDate: date('hire_date'),
    status: varchar('status', { length: 16 }).notNull().default('active'),
    retiredOn: date('retired_on'),
    // When their last interview was held: "not interviewed for N months" reads an index, not a million interviews.
    lastInterviewAt: timestamp('last_interview_at', { withTimezone: true }),
    locale: varchar('locale', { length: 5 }).notNull().default('ja'),
    passwordHash: text('password_hash'),
    version: integer('version').notNull().default(1),
    // APPI (docs/decisions/0022): when a retired person's records were erased or anonymised, and which. An erased
    // person keeps a row only while others' records name them as author; it then holds no personal data.
    dataRemoved: varchar('data_removed', { length: 16 }), // erased | anonymised
    dataRemovedAt: timestamp('data_removed_at', { withTimezone: true }),
    // One lower-cased haystack for the directory search (trigram index below).
    searchText: text('search_text').generatedAlwaysAs(
      sql`lower(employee_number || ' ' || family_name || given_name || ' ' || family_name || ' ' || given_name || ' ' || coalesce(family_name_kana, '') || coalesce(given_name_kana, '') || ' ' || email)`,
    ),
    ...timestamps,
  },
  (t) => [
    index('employees_department_idx').on(t.departmentId),
    index('employees_manager_idx').on(t.managerId),
    // The not-interviewed list's filter, order and cursor (never interviewed = -infinity): see insight/coverage.ts.
    index('employees_status_last_interview_idx').on(t.status, sql`coalesce(${t.lastInterviewAt}, '-infinity'::timestamptz)`, t.id),
    index('employees_status_kana_idx').on(t.status, t.familyNameKana, t.givenNameKana, t.id),
    index('employees_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Explicit roles. "employee" is everyone; "interviewer" is derived (manager of someone or HR partner). */
export const roleGrants = pgTable(
  'role_grants',
  {
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    role: varchar('role', { length: 16 }).notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.employeeId, t.role] })],
);

/** An HR partner assigned to interview an employee (besides the manager). */
export const hrPartnerAssignments = pgTable(
  'hr_partner_assignments',
  {
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.employeeId] }), index('hr_partner_employee_idx').on(t.employeeId)],
);
