import { z } from 'zod';
import { DateTime, Uuid } from '../shared/contract';
import { TRACKS } from './gaps';

/** Figures of one group: hidden (null) below minGroup people. */
const Figures = z.strictObject({ suppressed: z.boolean(), ready: z.number().int().nullable(), oneStep: z.number().int().nullable() });

/** HR's bench: for each role of the current map, who is ready or one step away, by department. */
export const CareerReadiness = z
  .strictObject({
    version: z.strictObject({ number: z.number().int(), createdAt: DateTime }).nullable(),
    minGroup: z.number().int(),
    departments: z.array(z.strictObject({ id: Uuid, name: z.string(), nameEn: z.string().nullable(), suppressed: z.boolean() })),
    roles: z.array(
      z.strictObject({
        roleId: Uuid,
        code: z.string(),
        name: z.string(),
        familyName: z.string(),
        track: z.enum(TRACKS),
        grade: z.string(),
        total: Figures,
        byDepartment: z.array(Figures.extend({ departmentId: Uuid })),
      }),
    ),
  })
  .meta({ id: 'CareerReadiness' });
export type CareerReadiness = z.infer<typeof CareerReadiness>;
