import { z } from 'zod';

const settingsFields = {
  enabled: z.boolean(),
  issuer: z.string(),
  clientId: z.string(),
  allowedDomains: z.array(z.string()),
  createUnknown: z.boolean(),
  ssoOnly: z.boolean(),
  breakGlass: z.array(z.string()),
  trustUnverifiedEmail: z.boolean(),
};

/**
 * The admin's view of the SSO settings. The client secret is never part of it: only whether the server has
 * one (OIDC_CLIENT_SECRET), and the redirect URI to register at the provider.
 */
export const SsoSettingsView = z
  .strictObject({ ...settingsFields, redirectUri: z.string(), secretConfigured: z.boolean() })
  .meta({ id: 'SsoSettings' });
export type SsoSettingsView = z.infer<typeof SsoSettingsView>;

/** What the sign-in page needs before anyone is signed in: is there an SSO button, is the password form hidden. */
export const SsoStatus = z.strictObject({ enabled: z.boolean(), ssoOnly: z.boolean() }).meta({ id: 'SsoStatus' });
export type SsoStatus = z.infer<typeof SsoStatus>;

/**
 * The admin's connection test: does the issuer answer as an OpenID provider? `message` says so in the admin's
 * language; `detail` is the technical reason (the network's or the provider's words) for whoever runs the IdP.
 */
export const SsoCheck = z.strictObject({ ok: z.boolean(), message: z.string(), detail: z.string().nullable() }).meta({ id: 'SsoCheck' });
export type SsoCheck = z.infer<typeof SsoCheck>;
