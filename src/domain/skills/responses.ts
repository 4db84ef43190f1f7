import { z } from 'zod';
import { DateTime, Uuid } from '../shared/contract';
import { CAREER_ITEM_KINDS } from './schemas';

// What the skills inventory answers (inventory.ts builds exactly this).

/** スキル・経験の棚卸し of one person, with whether the reader may edit it (only the person). */
export const SkillInventory = z
  .strictObject({
    employeeId: Uuid,
    skills: z.array(z.strictObject({ name: z.string(), level: z.number().int(), years: z.number().int().nullable(), note: z.string() })),
    items: z.array(
      z.strictObject({
        kind: z.enum(CAREER_ITEM_KINDS),
        title: z.string(),
        description: z.string(),
        /** Year-month, e.g. 2024-04. */
        periodFrom: z.string().nullable(),
        periodTo: z.string().nullable(),
      }),
    ),
    updatedAt: DateTime.nullable(),
    can: z.strictObject({ edit: z.boolean() }),
  })
  .meta({ id: 'SkillInventory' });

export type SkillInventory = z.infer<typeof SkillInventory>;
