import { z } from 'zod';
import { GOAL_TERMS } from './gaps';

/** The employee picks a next step of the current map as their goal, for one term of the sheet's goals. */
export const GoalBody = z.strictObject({
  roleId: z.uuid({ message: 'career.errors.role' }),
  term: z.enum(GOAL_TERMS, { message: 'career.errors.term' }),
});
export type GoalInput = z.infer<typeof GoalBody>;
