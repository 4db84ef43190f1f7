import { z } from 'zod';
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from './limits';

export { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN };

export const Email = z.string().trim().min(1).max(EMAIL_MAX).pipe(z.email());
export const NewPassword = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const LocaleBody = z.strictObject({ locale: z.enum(['ja', 'en']) });
