import { z } from 'zod';

/** The first-run choices while no administrator exists (afterwards the route answers 404). */
export const SetupState = z
  .strictObject({
    /** Loading the demo company is offered only on a database without people. */
    demoAvailable: z.boolean(),
  })
  .meta({ id: 'SetupState' });
export type SetupState = z.infer<typeof SetupState>;

export const DEMO_STEPS = ['departments', 'employees', 'signIns', 'history', 'figures'] as const;
export const DEMO_LOAD_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const DemoSignIn = z
  .strictObject({
    role: z.enum(['admin', 'hr', 'manager', 'employee']),
    email: z.string(),
    familyName: z.string(),
    givenName: z.string(),
    title: z.string(),
  })
  .meta({ id: 'DemoSignIn' });

/** The demo load started from this browser: its progress, then the sign-ins to try (the password is the demo's, public). */
export const DemoLoad = z
  .strictObject({
    status: z.enum(DEMO_LOAD_STATUSES),
    step: z.enum(DEMO_STEPS).nullable(),
    done: z.number().int(),
    total: z.number().int(),
    signIns: z.array(DemoSignIn),
    password: z.string().nullable(),
  })
  .meta({ id: 'DemoLoad' });
export type DemoLoad = z.infer<typeof DemoLoad>;
