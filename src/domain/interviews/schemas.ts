import { z } from 'zod';
import { FORM_KINDS } from '../forms/definition';

export const FormParams = z.object({ id: z.uuid(), kind: z.enum(FORM_KINDS) });

/** Autosave: any subset of the answers; values are checked against the template version in the domain. */
export const SaveAnswers = z.strictObject({
  answers: z
    .record(z.string().min(1).max(64), z.strictObject({ value: z.unknown(), hrOnly: z.boolean().default(false) }))
    .refine((a) => Object.keys(a).length <= 200, { message: 'errors.tooBig' }),
});

export const QueueQuery = z.strictObject({
  roundId: z.uuid().optional(),
  state: z.enum(['unscheduled', 'scheduled', 'done']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});
