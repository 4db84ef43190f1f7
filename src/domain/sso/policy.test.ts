import { describe, expect, it } from 'vitest';
import { domainAllowed, emailDomain, emailVerified, mayUsePassword, namesFromClaims, refuseClaims, safeReturnPath } from './policy';
import { isAllowedIssuer, SSO_OFF, SsoSettingsBody } from './schemas';

describe('the SSO rules', () => {
  it('allows exact domains only, case-insensitively', () => {
    expect(emailDomain('Taro@Example.CO.JP')).toBe('example.co.jp');
    expect(emailDomain('no-at-sign')).toBe('');
    expect(domainAllowed('taro@example.co.jp', ['example.co.jp'])).toBe(true);
    expect(domainAllowed('taro@sub.example.co.jp', ['example.co.jp'])).toBe(false);
    expect(domainAllowed('taro@example.co.jp.evil.test', ['example.co.jp'])).toBe(false);
    expect(domainAllowed('"x@example.co.jp"@evil.test', ['example.co.jp'])).toBe(false);
    expect(domainAllowed('taro@example.co.jp', [])).toBe(false);
  });

  it('takes email_verified when the provider sends it, xms_edov next, and the admin’s trust last', () => {
    expect(emailVerified({ email_verified: true }, false)).toBe(true);
    expect(emailVerified({ email_verified: 'true' }, false)).toBe(true);
    expect(emailVerified({ email_verified: false }, true)).toBe(false);
    expect(emailVerified({ email_verified: false, xms_edov: true }, true)).toBe(false);
    expect(emailVerified({ xms_edov: true }, false)).toBe(true);
    expect(emailVerified({ xms_edov: false }, true)).toBe(false);
    expect(emailVerified({}, false)).toBe(false);
    expect(emailVerified({}, true)).toBe(true);
  });

  it('names the reason an answer cannot sign anyone in', () => {
    const s = { allowedDomains: ['example.co.jp'], trustUnverifiedEmail: false };
    expect(refuseClaims({ email: 'Taro@Example.co.jp', email_verified: true }, s)).toBeNull();
    expect(refuseClaims({ email_verified: true }, s)).toBe('noEmail');
    expect(refuseClaims({ email: 'taro@gmail.com', email_verified: true }, s)).toBe('domainNotAllowed');
    expect(refuseClaims({ email: 'taro@example.co.jp', email_verified: false }, s)).toBe('unverifiedEmail');
  });

  it('lets only break-glass admins use a password under SSO-only', () => {
    const on = { enabled: true, ssoOnly: true, breakGlass: ['kanri@example.co.jp'] };
    expect(mayUsePassword(on, { email: 'Kanri@example.co.jp', isAdmin: true })).toBe(true);
    // Named once, no longer an admin: no password either.
    expect(mayUsePassword(on, { email: 'kanri@example.co.jp', isAdmin: false })).toBe(false);
    expect(mayUsePassword(on, { email: 'taro@example.co.jp', isAdmin: true })).toBe(false);
    expect(mayUsePassword({ ...on, ssoOnly: false }, { email: 'taro@example.co.jp', isAdmin: false })).toBe(true);
    expect(mayUsePassword({ ...on, enabled: false }, { email: 'taro@example.co.jp', isAdmin: false })).toBe(true);
  });

  it('returns only to paths on this site', () => {
    expect(safeReturnPath('/interviews/1?tab=plan#x')).toBe('/interviews/1?tab=plan#x');
    for (const bad of [undefined, '', 'https://evil.test/', '//evil.test/x', '/\\evil.test', '/\tx', '/\u0000x', 'javascript:alert(1)']) {
      expect(safeReturnPath(bad), String(bad)).toBe('/');
    }
    // The API and the sign-in page itself are no place to land.
    expect(safeReturnPath('/api/v1/auth/logout')).toBe('/');
    expect(safeReturnPath('/login?next=//evil.test')).toBe('/');
    // Percent-encoded line breaks stay encoded: nothing can be added to the Location header.
    expect(safeReturnPath('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
  });

  it('names a new person from the provider’s claims, family name first', () => {
    expect(namesFromClaims({ family_name: '山田', given_name: '太郎' }, 'x@example.jp')).toEqual({ familyName: '山田', givenName: '太郎' });
    expect(namesFromClaims({ name: '山田\u3000花子' }, 'x@example.jp')).toEqual({ familyName: '山田', givenName: '花子' });
    expect(namesFromClaims({}, 'hanako.yamada@example.jp')).toEqual({ familyName: 'hanako.yamada', givenName: '' });
  });
});

describe('the SSO settings an admin may save', () => {
  it('accepts https issuers, and http only to this machine', () => {
    expect(isAllowedIssuer('https://login.microsoftonline.com/0000/v2.0')).toBe(true);
    expect(isAllowedIssuer('http://127.0.0.1:4000')).toBe(true);
    expect(isAllowedIssuer('http://idp.example.jp')).toBe(false);
    expect(isAllowedIssuer('https://user:pw@idp.example.jp')).toBe(false);
    expect(isAllowedIssuer('not a url')).toBe(false);
  });

  it('normalises domains and refuses incomplete settings with the field that is missing', () => {
    const ok = SsoSettingsBody.parse({
      ...SSO_OFF,
      enabled: true,
      issuer: 'https://accounts.google.com',
      clientId: 'abc',
      allowedDomains: [' @Example.CO.JP '],
    });
    expect(ok.allowedDomains).toEqual(['example.co.jp']);
    const bad = SsoSettingsBody.safeParse({ ...SSO_OFF, enabled: true, ssoOnly: true, allowedDomains: ['not a domain'] });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(['allowedDomains.0:auth.sso.errors.domainFormat']));
    const incomplete = SsoSettingsBody.safeParse({ ...SSO_OFF, enabled: true, ssoOnly: true });
    const messages = incomplete.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages).toEqual([
      'issuer:errors.required',
      'clientId:errors.required',
      'allowedDomains:auth.sso.errors.domainsRequired',
      'breakGlass:auth.sso.errors.breakGlassRequired',
    ]);
  });
});
