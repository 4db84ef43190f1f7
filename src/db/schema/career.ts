import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { employees } from './org';

// Career paths (issue 18, decision 0025): job families, grades (等級) and roles with the skills each
// expects, and the paths between roles. Every import writes a new version; versions are never changed,
// so a goal an employee chose keeps showing what they saw then.

export const careerVersions = pgTable('career_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  number: integer('number').notNull().unique(),
  createdBy: uuid('created_by').references(() => employees.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One step of a job family: a grade on a track (management | specialist | common). */
export const careerRoles = pgTable(
  'career_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => careerVersions.id, { onDelete: 'cascade' }),
    familyCode: varchar('family_code', { length: 32 }).notNull(),
    familyName: varchar('family_name', { length: 100 }).notNull(),
    code: varchar('code', { length: 32 }).notNull(),
    name: varchar('name', { length: 100 }).notNull(),
    track: varchar('track', { length: 16 }).notNull(),
    grade: varchar('grade', { length: 32 }).notNull(),
    level: integer('level').notNull(),
    // Departments (codes, '; '-separated) whose people belong to this role's family: where someone stands.
    departmentCodes: varchar('department_codes', { length: 500 }).notNull().default(''),
    // The order of the file: the map lists roles as HR wrote them.
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('career_roles_code_uq').on(t.versionId, t.code)],
);

export const careerRoleSkills = pgTable(
  'career_role_skills',
  {
    roleId: uuid('role_id')
      .notNull()
      .references(() => careerRoles.id, { onDelete: 'cascade' }),
    name: varchar('name', { length: 100 }).notNull(),
    // As employee_skills.name_key: NFKC, lower case.
    nameKey: varchar('name_key', { length: 100 }).notNull(),
    level: integer('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.nameKey] })],
);

export const careerPaths = pgTable(
  'career_paths',
  {
    fromRoleId: uuid('from_role_id')
      .notNull()
      .references(() => careerRoles.id, { onDelete: 'cascade' }),
    toRoleId: uuid('to_role_id')
      .notNull()
      .references(() => careerRoles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.fromRoleId, t.toRoleId] })],
);

/** The next step an employee chose as their goal, in the version they saw; one active goal per person. */
export const careerGoals = pgTable(
  'career_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => careerRoles.id),
    fromRoleId: uuid('from_role_id').references(() => careerRoles.id),
    term: varchar('term', { length: 8 }).notNull(), // short | mid | long
    status: varchar('status', { length: 16 }).notNull().default('active'), // active | replaced
    ...timestamps,
  },
  (t) => [
    uniqueIndex('career_goals_active_uq').on(t.employeeId).where(sql`${t.status} = 'active'`),
    index('career_goals_role_idx').on(t.roleId),
  ],
);
