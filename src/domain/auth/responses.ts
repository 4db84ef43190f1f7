import { z } from 'zod';
import { CAPABILITIES, type Capability } from '../capabilities';
import { Uuid } from '../shared/contract';

export const LoginAnswer = z.strictObject({ ok: z.boolean(), csrfToken: z.string() }).meta({ id: 'LoginAnswer' });

/** The signed-in person, with every capability the UI reads (it never re-derives a rule). */
export const Me = z
  .strictObject({
    id: Uuid,
    employeeNumber: z.string(),
    familyName: z.string(),
    givenName: z.string(),
    email: z.string(),
    locale: z.enum(['ja', 'en']),
    roles: z.array(z.enum(['employee', 'interviewer', 'hr', 'admin'])),
    can: z.strictObject(Object.fromEntries(CAPABILITIES.map((c) => [c, z.boolean()])) as Record<Capability, z.ZodBoolean>),
    timeZone: z.string(),
    /** Whether this person may sign in with (and so change) a password: false under SSO-only unless break-glass. */
    passwordSignIn: z.boolean(),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
