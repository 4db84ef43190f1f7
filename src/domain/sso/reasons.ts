// Apart from schemas.ts so that the sign-in page can name them without carrying zod.

/** Why an SSO sign-in did not happen: the sign-in page shows auth.sso.errors.<reason> for each. */
export const SSO_REASONS = [
  'notConfigured',
  'unreachable',
  'failed',
  'cancelled',
  'noEmail',
  'unverifiedEmail',
  'domainNotAllowed',
  'unknownPerson',
  'throttled',
] as const;
export type SsoReason = (typeof SSO_REASONS)[number];
