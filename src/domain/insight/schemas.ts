import { z } from 'zod';
import { IsoDate } from '../shared/schemas';

export const CoverageQuery = z.strictObject({
  months: z.coerce.number().int().min(1).max(120).default(12),
  departmentId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

export const OutcomesQuery = z
  .strictObject({ from: IsoDate, to: IsoDate, refresh: z.enum(['true', 'false']).optional() })
  .refine((q) => q.from <= q.to, { message: 'insight.errors.period', path: ['to'] });
