import { z } from 'zod';
import { Email, NewPassword } from '../auth/schemas';
import { LIMITS } from '../directory/schemas';
import { singleLine } from '../shared/schemas';

/** The first administrator, as the first-run page asks for them: the password rules are those of every password. */
export const FirstAdminBody = z.strictObject({
  familyName: singleLine(LIMITS.name).min(1),
  givenName: singleLine(LIMITS.name).min(1),
  email: Email,
  password: NewPassword,
});
export type FirstAdminBody = z.infer<typeof FirstAdminBody>;
