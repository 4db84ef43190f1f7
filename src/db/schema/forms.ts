import { boolean, index, integer, jsonb, pgTable, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { employees } from './org';

import type { LocalizedText } from '../../domain/forms/definition';

export type { LocalizedText };

/** A career sheet or pre-survey template; its content lives in versions. */
export const formTemplates = pgTable('form_templates', {
  id: uuid('id').primaryKey().defaultRandom(),
  kind: varchar('kind', { length: 16 }).notNull(), // sheet | survey
  name: jsonb('name').$type<LocalizedText>().notNull(),
  status: varchar('status', { length: 16 }).notNull().default('active'),
  currentVersion: integer('current_version').notNull().default(1),
  isDefault: boolean('is_default').notNull().default(false),
  ...timestamps,
});

/**
 * One version of a template's sections and fields. A version a launched round uses is locked:
 * editing the template then writes a new version, and answers keep rendering against theirs.
 */
export const formTemplateVersions = pgTable(
  'form_template_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => formTemplates.id),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    locked: boolean('locked').notNull().default(false),
    createdBy: uuid('created_by').references(() => employees.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('form_template_versions_uq').on(t.templateId, t.version)],
);

/** The question bank (質問例), by the seed's seven categories. */
export const questions = pgTable(
  'questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: varchar('category', { length: 32 }).notNull(),
    text: jsonb('text').$type<LocalizedText>().notNull(),
    status: varchar('status', { length: 16 }).notNull().default('active'),
    sortOrder: integer('sort_order').notNull().default(0),
    isDefault: boolean('is_default').notNull().default(false),
    ...timestamps,
  },
  (t) => [index('questions_category_idx').on(t.category, t.sortOrder)],
);

/** Interview themes (面談テーマ) HR picks from when planning a round. */
export const themes = pgTable('themes', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull(),
  status: varchar('status', { length: 16 }).notNull().default('active'),
  sortOrder: integer('sort_order').notNull().default(0),
  isDefault: boolean('is_default').notNull().default(false),
  ...timestamps,
});
