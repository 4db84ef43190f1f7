import type { SsoSettings } from './schemas';

// The SSO rules as pure functions (docs/decisions/0019): who the provider's answer may sign in, and who may
// still use a password. No I/O here, so each rule is tested on its own (policy.test.ts).

/** The part after the last @, lower-cased; '' for something that is not an address. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : '';
}

/** Exact domains only: "example.co.jp" does not let in "sub.example.co.jp" (list each one). */
export function domainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return domain !== '' && allowedDomains.includes(domain);
}

const truthy = (v: unknown) => v === true || v === 'true' || v === 1 || v === '1';
const falsy = (v: unknown) => v === false || v === 'false' || v === 0 || v === '0';

/**
 * Whether the provider vouches for the address. `email_verified` decides when present (some IdPs send it as
 * the string "true"). Without it, Entra ID's `xms_edov` (the address's domain is one the tenant has proved it
 * owns) counts; without both, only the admin's explicit trust in this IdP does. A provider that says the
 * address is not verified is never overruled.
 */
export function emailVerified(claims: Record<string, unknown>, trustUnverifiedEmail: boolean): boolean {
  const ev = claims.email_verified;
  if (truthy(ev)) return true;
  if (falsy(ev)) return false;
  if (truthy(claims.xms_edov)) return true;
  if (falsy(claims.xms_edov)) return false;
  return trustUnverifiedEmail;
}

export type SsoRefusal = 'noEmail' | 'unverifiedEmail' | 'domainNotAllowed';

/** Why an address from the provider cannot sign anyone in, or null when it may be matched to a person. */
export function refuseClaims(
  claims: Record<string, unknown>,
  s: Pick<SsoSettings, 'allowedDomains' | 'trustUnverifiedEmail'>,
): SsoRefusal | null {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email?.includes('@')) return 'noEmail';
  if (!domainAllowed(email, s.allowedDomains)) return 'domainNotAllowed';
  if (!emailVerified(claims, s.trustUnverifiedEmail)) return 'unverifiedEmail';
  return null;
}

/**
 * Whether this person may sign in with a password: everyone, unless SSO-only is on; then only a break-glass
 * address that still belongs to an admin (someone whose admin role was taken away loses the way in too).
 */
export function mayUsePassword(
  s: Pick<SsoSettings, 'enabled' | 'ssoOnly' | 'breakGlass'>,
  person: { email: string; isAdmin: boolean },
): boolean {
  if (!s.enabled || !s.ssoOnly) return true;
  return person.isAdmin && s.breakGlass.includes(person.email.trim().toLowerCase());
}

/**
 * Where to send the person once signed in: a path on this site only (no open redirect). Anything else —
 * another origin, a protocol-relative or backslash trick, a control character, the API or the login page
 * itself — becomes the home page.
 */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/';
  let url: URL;
  try {
    url = new URL(next, 'http://mendan.invalid');
  } catch {
    return '/';
  }
  if (url.origin !== 'http://mendan.invalid') return '/';
  if (url.pathname.startsWith('/api/') || url.pathname === '/login' || url.pathname.startsWith('/login/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Family and given name for someone SSO creates: the provider's family_name/given_name; otherwise the
 * display name split at its first space (「山田 太郎」, "Taro Yamada" stays as written); otherwise the address.
 */
export function namesFromClaims(claims: Record<string, unknown>, email: string): { familyName: string; givenName: string } {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 50) : '');
  const family = str(claims.family_name);
  const given = str(claims.given_name);
  if (family && given) return { familyName: family, givenName: given };
  const name = str(claims.name).replace(/\u3000/g, ' ');
  const space = name.indexOf(' ');
  if (space > 0)
    return {
      familyName: name.slice(0, space).slice(0, 50),
      givenName: name
        .slice(space + 1)
        .trim()
        .slice(0, 50),
    };
  const single = family || given || name;
  if (single) return { familyName: single, givenName: '' };
  return { familyName: email.slice(0, email.indexOf('@')).slice(0, 50) || email.slice(0, 50), givenName: '' };
}
