import { z } from 'zod';
import { Email } from '../auth/schemas';

// Limits live here once; the admin screen imports them too.
export const SSO_LIMITS = { issuer: 500, clientId: 300, domains: 20, domain: 253, breakGlass: 5, returnTo: 500 } as const;

/** https, or plain http to this machine only (a provider under test or on the same host). */
export function isAllowedIssuer(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

export const isLoopbackHost = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '[::1]';

// A domain as people type it ("@Example.co.jp ") becomes "example.co.jp"; anything else is refused.
const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const Domain = z
  .string()
  .trim()
  .max(SSO_LIMITS.domain)
  .transform((d) => d.toLowerCase().replace(/^@/, ''))
  .pipe(z.string().regex(DOMAIN_RE, { message: 'auth.sso.errors.domainFormat' }));

/**
 * What an admin sets (PUT /admin/sso). The client secret is not here: it comes from OIDC_CLIENT_SECRET only.
 * An issuer and a client id may be saved while SSO is still off (set up first, switch on after the test).
 */
export const SsoSettingsBody = z
  .strictObject({
    enabled: z.boolean(),
    issuer: z.union([
      z.literal(''),
      z.string().trim().max(SSO_LIMITS.issuer).refine(isAllowedIssuer, { message: 'auth.sso.errors.issuerFormat' }),
    ]),
    clientId: z.string().trim().max(SSO_LIMITS.clientId),
    allowedDomains: z.array(Domain).max(SSO_LIMITS.domains),
    /** Whether someone the IdP vouches for but Mendan does not know gets an employee record (off: refused). */
    createUnknown: z.boolean(),
    /** Passwords off for everyone but the break-glass admins. */
    ssoOnly: z.boolean(),
    breakGlass: z.array(Email.transform((e) => e.toLowerCase())).max(SSO_LIMITS.breakGlass),
    /** For an IdP that never says whether an address is verified: take its addresses as the company's. */
    trustUnverifiedEmail: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.enabled && !s.issuer) ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'errors.required' });
    if (s.enabled && !s.clientId) ctx.addIssue({ code: 'custom', path: ['clientId'], message: 'errors.required' });
    if (s.enabled && s.allowedDomains.length === 0)
      ctx.addIssue({ code: 'custom', path: ['allowedDomains'], message: 'auth.sso.errors.domainsRequired' });
    if (s.ssoOnly && !s.enabled) ctx.addIssue({ code: 'custom', path: ['ssoOnly'], message: 'auth.sso.errors.ssoOnlyNeedsSso' });
    if (s.ssoOnly && s.breakGlass.length === 0)
      ctx.addIssue({ code: 'custom', path: ['breakGlass'], message: 'auth.sso.errors.breakGlassRequired' });
  });
export type SsoSettings = z.infer<typeof SsoSettingsBody>;

export const SSO_OFF: SsoSettings = {
  enabled: false,
  issuer: '',
  clientId: '',
  allowedDomains: [],
  createUnknown: false,
  ssoOnly: false,
  breakGlass: [],
  trustUnverifiedEmail: false,
};

export { SSO_REASONS, type SsoReason } from './reasons';

/**
 * GET /auth/sso/start?next=…: where to go once signed in (checked again by policy.safeReturnPath). Other query
 * parameters (a portal's link may add some) are ignored: this is a page a browser opens, not an API call.
 */
export const SsoStartQuery = z.object({ next: z.string().max(SSO_LIMITS.returnTo).optional() });

/** What the provider sends back; anything else in the query is the provider's business and ignored. */
export const SsoCallbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(200).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  iss: z.string().max(SSO_LIMITS.issuer).optional(),
  session_state: z.string().max(500).optional(),
});
