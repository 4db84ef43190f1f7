import { z } from 'zod';

// Inputs of the APPI features (docs/decisions/0022-data-rights.md): one definition, shared with the screens.

export const RETENTION_MODES = ['erase', 'anonymise'] as const;
export type RetentionMode = (typeof RETENTION_MODES)[number];
/** At most 50 years: a longer period is "keep" in all but name. */
export const RETENTION_MONTHS_MAX = 600;
export const REASON_MAX = 500;

/** The admin's setting: months after retirement (null = keep for good, the default) and what happens then. */
export const RetentionSettings = z.strictObject({
  retiredRetentionMonths: z
    .number({ error: 'rights.errors.months' })
    .int({ error: 'rights.errors.months' })
    .min(1, { error: 'rights.errors.months' })
    .max(RETENTION_MONTHS_MAX, { error: 'rights.errors.months' })
    .nullable(),
  mode: z.enum(RETENTION_MODES, { error: 'rights.errors.mode' }),
});
export type RetentionSettings = z.infer<typeof RetentionSettings>;
export const RETENTION_DEFAULT: RetentionSettings = { retiredRetentionMonths: null, mode: 'erase' };

/** HR's export of a person's file: the formal request it answers (e.g. 開示請求), written to the audit log. */
export const PersonExportBody = z.strictObject({
  reason: z
    .string({ error: 'rights.errors.reason' })
    .trim()
    .min(1, { error: 'rights.errors.reason' })
    .max(REASON_MAX, { error: 'rights.errors.reasonLong' }),
});

/** 「今すぐ削除」: the person's employee number typed again, and erase or anonymise (the company's mode by default). */
export const EraseBody = z.strictObject({
  confirmEmployeeNumber: z.string({ error: 'rights.errors.confirm' }).trim().min(1, { error: 'rights.errors.confirm' }).max(32),
  mode: z.enum(RETENTION_MODES, { error: 'rights.errors.mode' }).optional(),
});
