import { z } from 'zod';
import { IsoDate } from '../shared/schemas';

/** Text HR writes in Japanese, optionally also in English. */
export type LocalizedText = { ja: string; en?: string };

// The shape of a career sheet or pre-survey template, shared by the API, the builder and the forms.
export const FORM_LIMITS = {
  label: 200,
  help: 500,
  sections: 20,
  fieldsPerSection: 30,
  options: 20,
  shortText: 200,
  longText: 4000,
  skills: 30,
  skillName: 100,
  templateName: 100,
} as const;

export const FIELD_TYPES = ['shortText', 'longText', 'scale', 'single', 'multi', 'date', 'skills', 'goals'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
export const FORM_KINDS = ['sheet', 'survey'] as const;
export type FormKind = (typeof FORM_KINDS)[number];
/** Kinds of template HR edits in the builder: a round's two, and the hiring hearing sheet (decision 0026). */
export const TEMPLATE_KINDS = [...FORM_KINDS, 'hearing'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export const GOAL_TERMS = ['short', 'mid', 'long'] as const;

const Slug = z.string().regex(/^[a-z][a-zA-Z0-9_-]{0,63}$/, { message: 'forms.errors.fieldId' });
const Text = (max: number) => z.strictObject({ ja: z.string().trim().min(1).max(max), en: z.string().trim().max(max).optional() });
const OptionalText = (max: number) =>
  z.strictObject({ ja: z.string().trim().max(max), en: z.string().trim().max(max).optional() }).optional();

export const FieldDef = z.strictObject({
  id: Slug,
  type: z.enum(FIELD_TYPES),
  label: Text(FORM_LIMITS.label),
  help: OptionalText(FORM_LIMITS.help),
  required: z.boolean().default(false),
  /** single / multi */
  options: z
    .array(z.strictObject({ id: Slug, label: Text(FORM_LIMITS.label) }))
    .max(FORM_LIMITS.options)
    .optional(),
  /** scale: what 1 and 5 mean (「不満」…「満足」) */
  scaleLabels: z.strictObject({ min: Text(50), max: Text(50) }).optional(),
});
export type FieldDef = z.infer<typeof FieldDef>;

export const SectionDef = z.strictObject({
  id: Slug,
  title: Text(FORM_LIMITS.label),
  description: OptionalText(FORM_LIMITS.help),
  fields: z.array(FieldDef).min(1).max(FORM_LIMITS.fieldsPerSection),
});
export type SectionDef = z.infer<typeof SectionDef>;

/** A whole template version; ids are unique across the template (answers are keyed by field id). */
export const FormDefinition = z.strictObject({ sections: z.array(SectionDef).min(1).max(FORM_LIMITS.sections) }).superRefine((def, ctx) => {
  const seen = new Set<string>();
  for (const [si, s] of def.sections.entries()) {
    for (const [fi, f] of s.fields.entries()) {
      const path = ['sections', si, 'fields', fi];
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', message: 'forms.errors.duplicateField', path: [...path, 'id'] });
      seen.add(f.id);
      const choice = f.type === 'single' || f.type === 'multi';
      if (choice && (f.options?.length ?? 0) < 2)
        ctx.addIssue({ code: 'custom', message: 'forms.errors.needOptions', path: [...path, 'options'] });
    }
  }
});
export type FormDefinition = z.infer<typeof FormDefinition>;

export const allFields = (def: FormDefinition): FieldDef[] => def.sections.flatMap((s) => s.fields);

export type GoalsValue = { short: string; mid: string; long: string };
export type AnswerValue = string | number | string[] | GoalsValue | null;

const goalText = z.string().max(FORM_LIMITS.longText);

/** The zod type of one field's value; required-ness is checked on submit, not while drafting. */
export function valueSchema(f: FieldDef): z.ZodType<AnswerValue> {
  const optionIds = (f.options ?? []).map((o) => o.id);
  switch (f.type) {
    case 'shortText':
      return z.string().max(FORM_LIMITS.shortText).nullable();
    case 'longText':
      return z.string().max(FORM_LIMITS.longText).nullable();
    case 'scale':
      return z.number().int().min(1).max(5).nullable();
    case 'single':
      return z
        .string()
        .refine((v) => optionIds.includes(v), { message: 'errors.invalidOption' })
        .nullable();
    case 'multi':
      return z.array(z.string().refine((v) => optionIds.includes(v), { message: 'errors.invalidOption' })).max(FORM_LIMITS.options);
    case 'date':
      return IsoDate.nullable();
    case 'skills':
      return z.array(z.string().trim().min(1).max(FORM_LIMITS.skillName)).max(FORM_LIMITS.skills);
    case 'goals':
      return z.strictObject({ short: goalText, mid: goalText, long: goalText });
  }
}

/** True when a value counts as answered (for required fields and progress). */
export function isAnswered(f: FieldDef, v: AnswerValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number') return true;
  if (Array.isArray(v)) return v.length > 0;
  if (f.type === 'goals') return GOAL_TERMS.some((k) => (v as GoalsValue)[k].trim() !== '');
  return true;
}

/** Field ids of required fields left empty: what blocks a submit. */
export function missingRequired(def: FormDefinition, answers: Record<string, AnswerValue | undefined>): string[] {
  return allFields(def)
    .filter((f) => f.required && !isAnswered(f, answers[f.id]))
    .map((f) => f.id);
}

/** Picks the reader's language, falling back to Japanese (the source). */
export const localized = (t: { ja: string; en?: string } | undefined, locale: string): string =>
  !t ? '' : locale === 'en' && t.en ? t.en : t.ja;
