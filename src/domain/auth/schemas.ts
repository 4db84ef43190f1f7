import { z } from 'zod';

// Limits live here once; the web forms import them too.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const EMAIL_MAX = 254;

export const Email = z.string().trim().min(1).max(EMAIL_MAX).pipe(z.email());
export const NewPassword = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const LocaleBody = z.strictObject({ locale: z.enum(['ja', 'en']) });
