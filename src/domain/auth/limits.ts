// Limits live here once; the server's schemas (schemas.ts) and the web forms import them. No zod here: the
// sign-in page uses these numbers and must not download the validation library with them.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const EMAIL_MAX = 254;
