import { z } from 'zod';
import { IsoDate, singleLine } from '../shared/schemas';
import { CRITERION_SECTIONS } from './default-sheet';

export const HEARING_LIMITS = { roleName: 100, message: 1000, managers: 50, criteria: 40, criterion: 300, skill: 100 } as const;

/**
 * HR sends a hearing: for a role of the current career map (`roleId`) or one written as free text (`roleName`),
 * to the chosen field managers, with a due date.
 */
export const HearingCreate = z
  .strictObject({
    roleId: z.uuid({ message: 'hiring.errors.role' }).optional(),
    roleName: singleLine(HEARING_LIMITS.roleName).optional(),
    managerIds: z
      .array(z.uuid({ message: 'hiring.errors.manager' }))
      .min(1, { message: 'hiring.errors.noManagers' })
      .max(HEARING_LIMITS.managers, { message: 'hiring.errors.tooManyManagers' }),
    dueOn: IsoDate,
    message: z.string().trim().max(HEARING_LIMITS.message).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.roleId === !v.roleName) ctx.addIssue({ code: 'custom', message: 'hiring.errors.roleOne', path: ['roleId'] });
  });
export type HearingCreate = z.infer<typeof HearingCreate>;

export const Criterion = z.strictObject({
  section: z.enum(CRITERION_SECTIONS, { message: 'hiring.errors.section' }),
  text: singleLine(HEARING_LIMITS.criterion).min(1, { message: 'hiring.errors.criterionText' }),
  /** One of the role's expected skills (checked on the server against the hearing's role), or none. */
  skill: z.string().trim().max(HEARING_LIMITS.skill).nullable(),
});

/** The whole list, in order: HR's editor saves it at once. */
export const CriteriaSave = z.strictObject({
  criteria: z.array(Criterion).max(HEARING_LIMITS.criteria, { message: 'hiring.errors.tooManyCriteria' }),
});
export type CriteriaSave = z.infer<typeof CriteriaSave>;

/** The manager picks the high performer (one of the people hiring/performer.ts lets them name), or clears the pick. */
export const PerformerPick = z.strictObject({ performerId: z.uuid({ message: 'hiring.errors.performerScope' }).nullable() });
