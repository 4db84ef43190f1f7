import { z } from 'zod';
import { DateTime, listOf, Uuid } from '../shared/contract';
import { QUESTION_CATEGORIES } from './default-questions';
import { FIELD_TYPES, TEMPLATE_KINDS } from './definition';

// What the form templates, the question bank and the themes answer (templates.ts and bank.ts build exactly these).

/** Japanese text, optionally also in English (definition.ts's LocalizedText). Inline: used optional. */
export const LocalizedText = z.strictObject({ ja: z.string(), en: z.string().optional() });

const Status = z.enum(['active', 'retired']);

/**
 * A template version's sections and fields, as stored (checked by definition.ts's FormDefinition on the way
 * in). The same shape as that schema's output, without its input limits.
 */
export const FormDefinition = z
  .strictObject({
    sections: z.array(
      z.strictObject({
        id: z.string(),
        title: LocalizedText,
        description: LocalizedText.optional(),
        fields: z.array(
          z.strictObject({
            id: z.string(),
            type: z.enum(FIELD_TYPES),
            label: LocalizedText,
            help: LocalizedText.optional(),
            required: z.boolean(),
            options: z.array(z.strictObject({ id: z.string(), label: LocalizedText })).optional(),
            scaleLabels: z.strictObject({ min: LocalizedText, max: LocalizedText }).optional(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'FormDefinition' });

export const TemplateSummary = z
  .strictObject({
    id: Uuid,
    kind: z.enum(TEMPLATE_KINDS),
    name: LocalizedText,
    status: Status,
    version: z.number().int(),
    isDefault: z.boolean(),
    /** Rounds (for the hearing sheet: hearings) using it, drafts and closed ones included: an edit of a locked version makes a new one. */
    usedBy: z.number().int(),
    /** Of those, the rounds running now (launching or launched). */
    running: z.number().int(),
    updatedAt: DateTime,
  })
  .meta({ id: 'TemplateSummary' });

export const TemplateList = listOf(TemplateSummary, 'TemplateList');

export const TemplateDetail = TemplateSummary.extend({
  definition: FormDefinition,
  /** The current version is in use by a launched round: saving creates version N+1. */
  locked: z.boolean(),
  /**
   * The rounds not yet closed that use it (at most 20), with the version each runs on; null: a draft, which takes
   * the version current at its launch.
   */
  rounds: z.array(
    z.strictObject({
      id: Uuid,
      name: z.string(),
      status: z.enum(['draft', 'launching', 'launched']),
      version: z.number().int().nullable(),
    }),
  ),
}).meta({ id: 'TemplateDetail' });

export const BankQuestion = z
  .strictObject({
    id: Uuid,
    category: z.enum(QUESTION_CATEGORIES),
    text: LocalizedText,
    status: Status,
    sortOrder: z.number().int(),
    isDefault: z.boolean(),
  })
  .meta({ id: 'BankQuestion' });

/** The question bank by category, in the seed's order. */
export const QuestionBank = z
  .strictObject({ categories: z.array(z.strictObject({ category: z.enum(QUESTION_CATEGORIES), items: z.array(BankQuestion) })) })
  .meta({ id: 'QuestionBank' });

export const InterviewTheme = z
  .strictObject({
    id: Uuid,
    title: LocalizedText,
    description: LocalizedText,
    status: Status,
    sortOrder: z.number().int(),
    isDefault: z.boolean(),
  })
  .meta({ id: 'InterviewTheme' });

export const InterviewThemeList = listOf(InterviewTheme, 'InterviewThemeList');

export type FormDefinition = z.infer<typeof FormDefinition>;
export type TemplateSummary = z.infer<typeof TemplateSummary>;
export type TemplateList = z.infer<typeof TemplateList>;
export type TemplateDetail = z.infer<typeof TemplateDetail>;
export type BankQuestion = z.infer<typeof BankQuestion>;
export type QuestionBank = z.infer<typeof QuestionBank>;
export type InterviewTheme = z.infer<typeof InterviewTheme>;
export type InterviewThemeList = z.infer<typeof InterviewThemeList>;
