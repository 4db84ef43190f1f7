import { z } from 'zod';
import { Version } from '../shared/schemas';
import { FORM_KINDS, FORM_LIMITS, FormDefinition, TEMPLATE_KINDS } from './definition';
import { QUESTION_CATEGORIES } from './default-questions';

export const Localized = (max: number) =>
  z.strictObject({ ja: z.string().trim().min(1).max(max), en: z.string().trim().max(max).optional() });

/** New templates are a round's: the hearing sheet is one, installed by default and edited (hiring/install.ts). */
export const TemplateCreate = z.strictObject({
  kind: z.enum(FORM_KINDS),
  name: Localized(FORM_LIMITS.templateName),
  definition: FormDefinition,
});

/** `version` is the template's current version as read: a stale one answers 409. */
export const TemplateUpdate = z.strictObject({
  name: Localized(FORM_LIMITS.templateName).optional(),
  definition: FormDefinition.optional(),
  version: Version,
});

export const TemplateListQuery = z.strictObject({
  kind: z.enum(TEMPLATE_KINDS).optional(),
  status: z.enum(['active', 'retired', 'all']).optional(),
});

export const QUESTION_TEXT_MAX = 300;
export const QuestionCreate = z.strictObject({
  category: z.enum(QUESTION_CATEGORIES),
  text: Localized(QUESTION_TEXT_MAX),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export const QuestionUpdate = QuestionCreate.partial();

export const THEME_TITLE_MAX = 100;
export const THEME_DESCRIPTION_MAX = 500;
export const ThemeCreate = z.strictObject({
  title: Localized(THEME_TITLE_MAX),
  description: z.strictObject({
    ja: z.string().trim().max(THEME_DESCRIPTION_MAX),
    en: z.string().trim().max(THEME_DESCRIPTION_MAX).optional(),
  }),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export const ThemeUpdate = ThemeCreate.partial();

export const StatusBody = z.strictObject({ status: z.enum(['active', 'retired']) });
export const IncludeRetiredQuery = z.strictObject({ includeRetired: z.enum(['true', 'false']).optional() });
