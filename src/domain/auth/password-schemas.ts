import { z } from 'zod';
import { Email, NewPassword, PASSWORD_MAX } from './schemas';

// Bodies of the password endpoints; the limits themselves live in schemas.ts.
export const ResetRequestBody = z.strictObject({ email: Email });

export const ResetConfirmBody = z.strictObject({
  // Tokens are 43 base64url characters; the bound only keeps junk out.
  token: z.string().trim().min(1).max(200),
  password: NewPassword,
});

export const PasswordChangeBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX),
  newPassword: NewPassword,
});
