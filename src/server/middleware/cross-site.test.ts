import { describe, expect, it } from 'vitest';
import { isCrossSite, originOf } from './cross-site';

const base = { method: 'POST', selfOrigin: 'http://localhost:3000', publicOrigin: 'https://mendan.example.co.jp' };

describe('isCrossSite', () => {
  it('lets a request with neither header through (API clients, the CLI)', () => {
    expect(isCrossSite(base)).toBe(false);
  });

  it('judges safe methods by Sec-Fetch-Site alone: a read started by another site is refused too', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(isCrossSite({ ...base, method, secFetchSite: 'cross-site' })).toBe(true);
      expect(isCrossSite({ ...base, method, secFetchSite: 'same-site' })).toBe(true);
      expect(isCrossSite({ ...base, method, secFetchSite: 'same-origin', origin: 'https://evil.example' })).toBe(false);
      expect(isCrossSite({ ...base, method, secFetchSite: 'none' })).toBe(false);
      expect(isCrossSite({ ...base, method, origin: 'https://evil.example' })).toBe(false);
    }
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'post'])('judges %s', (method) => {
    expect(isCrossSite({ ...base, method, secFetchSite: 'cross-site' })).toBe(true);
  });

  it('accepts Sec-Fetch-Site same-origin and none, refuses cross-site and same-site', () => {
    expect(isCrossSite({ ...base, secFetchSite: 'same-origin' })).toBe(false);
    expect(isCrossSite({ ...base, secFetchSite: 'none' })).toBe(false);
    expect(isCrossSite({ ...base, secFetchSite: 'Same-Origin' })).toBe(false);
    expect(isCrossSite({ ...base, secFetchSite: 'cross-site' })).toBe(true);
    // A sibling subdomain is another application.
    expect(isCrossSite({ ...base, secFetchSite: 'same-site' })).toBe(true);
    expect(isCrossSite({ ...base, secFetchSite: '' })).toBe(true);
  });

  it('accepts the server’s own origin and the public one', () => {
    expect(isCrossSite({ ...base, origin: 'http://localhost:3000' })).toBe(false);
    expect(isCrossSite({ ...base, origin: 'https://mendan.example.co.jp' })).toBe(false);
    // Default port and letter case are the same origin.
    expect(isCrossSite({ ...base, origin: 'https://MENDAN.example.co.jp:443' })).toBe(false);
    expect(isCrossSite({ ...base, origin: 'https://mendan.example.co.jp', secFetchSite: 'same-origin' })).toBe(false);
  });

  it('refuses any other origin, `null` and garbage', () => {
    for (const origin of ['https://evil.example', 'http://mendan.example.co.jp', 'http://localhost:3001', 'null', 'not a url', ''])
      expect(isCrossSite({ ...base, origin }), origin).toBe(true);
  });

  it('refuses a foreign origin even when Sec-Fetch-Site claims same-origin', () => {
    expect(isCrossSite({ ...base, origin: 'https://evil.example', secFetchSite: 'same-origin' })).toBe(true);
  });

  it('works without a public origin', () => {
    expect(isCrossSite({ ...base, publicOrigin: undefined, origin: 'http://localhost:3000' })).toBe(false);
    expect(isCrossSite({ ...base, publicOrigin: undefined, origin: 'https://mendan.example.co.jp' })).toBe(true);
  });
});

describe('originOf', () => {
  it('normalizes URLs and rejects non-origins', () => {
    expect(originOf('https://a.example:443/x?y')).toBe('https://a.example');
    expect(originOf('null')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('nope')).toBeNull();
  });
});
