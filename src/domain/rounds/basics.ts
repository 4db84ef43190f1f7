import { z } from 'zod';
import { LocalizedText } from '../forms/responses';
import { Day, Uuid } from '../shared/contract';
import { ROUND_STATUSES, ROUND_TYPES } from './schemas';

/**
 * What every answer that shows a round says of it (HR's round view, the interview's round). A shape, not a
 * named schema: each answer extends it with what its reader needs. Apart from responses.ts so that the
 * interviews' answers can use it without importing the rounds' (which import theirs).
 */
export const roundBasics = {
  id: Uuid,
  name: z.string(),
  type: z.enum(ROUND_TYPES),
  status: z.enum(ROUND_STATUSES),
  periodStart: Day,
  periodEnd: Day,
  prepDueOn: Day.nullable(),
  themes: z.array(z.strictObject({ title: LocalizedText, description: LocalizedText })),
  message: z.string(),
};
