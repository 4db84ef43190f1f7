import { z } from 'zod';
import { DateTime, Uuid } from '../shared/contract';
import { GOAL_TERMS, TRACKS } from './gaps';

// What the career map answers (map.ts and readiness.ts build exactly this).

const Skill = z.strictObject({ name: z.string(), level: z.number().int() });
export const CareerGap = z.strictObject({ name: z.string(), expected: z.number().int(), current: z.number().int(), met: z.boolean() });

export const CareerRole = z
  .strictObject({
    id: Uuid,
    familyCode: z.string(),
    familyName: z.string(),
    code: z.string(),
    name: z.string(),
    track: z.enum(TRACKS),
    grade: z.string(),
    level: z.number().int(),
    skills: z.array(Skill),
    next: z.array(Uuid),
    departmentCodes: z.array(z.string()),
  })
  .meta({ id: 'CareerRole' });

/** The current map: every family's roles (in the file's order) and the paths between them. */
export const CareerFramework = z
  .strictObject({
    version: z.strictObject({ number: z.number().int(), createdAt: DateTime }).nullable(),
    roles: z.array(CareerRole),
  })
  .meta({ id: 'CareerFramework' });

/** The goal someone chose, shown with the role as it was when they chose it. */
export const CareerGoal = z
  .strictObject({
    id: Uuid,
    term: z.enum(GOAL_TERMS),
    chosenAt: DateTime,
    versionNumber: z.number().int(),
    /** False once HR imported a newer map: the goal still shows what was chosen. */
    currentVersion: z.boolean(),
    role: CareerRole,
    from: z.strictObject({ name: z.string(), grade: z.string() }).nullable(),
    gaps: z.array(CareerGap),
  })
  .meta({ id: 'CareerGoal' });

/** An employee's own map: where they stand, the steps open from there with the gap to each, and their goal. */
export const MyCareer = z
  .strictObject({
    framework: CareerFramework,
    currentRoleId: Uuid.nullable(),
    options: z.array(z.strictObject({ roleId: Uuid, gaps: z.array(CareerGap), shortfall: z.number().int() })),
    goal: CareerGoal.nullable(),
    can: z.strictObject({ setGoal: z.boolean() }),
  })
  .meta({ id: 'MyCareer' });

/** Someone's goal and gaps as their interviewer or HR reads them. */
export const EmployeeCareer = z
  .strictObject({
    employeeId: Uuid,
    currentRole: z.strictObject({ name: z.string(), grade: z.string() }).nullable(),
    goal: CareerGoal.nullable(),
  })
  .meta({ id: 'EmployeeCareer' });

export type CareerRole = z.infer<typeof CareerRole>;
export type CareerGoal = z.infer<typeof CareerGoal>;
export type MyCareer = z.infer<typeof MyCareer>;
export type EmployeeCareer = z.infer<typeof EmployeeCareer>;
export type CareerFramework = z.infer<typeof CareerFramework>;
