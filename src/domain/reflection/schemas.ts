import { z } from 'zod';

const point = z
  .number({ message: 'reflection.errors.point' })
  .int({ message: 'reflection.errors.point' })
  .min(1, { message: 'reflection.errors.point' })
  .max(5, { message: 'reflection.errors.point' });

/** The employee's four answers (one per caution) and an optional comment. */
export const ReflectionInput = z.strictObject({
  listen: point,
  strengths: point,
  support: point,
  followUp: point,
  comment: z.string().trim().max(1000, { message: 'reflection.errors.comment' }).default(''),
});
export type ReflectionInput = z.infer<typeof ReflectionInput>;

/** The company's setting: whether an interviewer's own manager may open their card (off by default). */
export const ReflectionSettings = z.strictObject({ managerSees: z.boolean() });
export type ReflectionSettings = z.infer<typeof ReflectionSettings>;

export const PeriodQuery = z.strictObject({
  period: z
    .string()
    .regex(/^\d{4}H[12]$/, { message: 'reflection.errors.period' })
    .optional(),
});
