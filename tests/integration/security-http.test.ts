import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/harness';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe('security headers', () => {
  it('are sent on API responses and on errors', async () => {
    for (const path of ['/api/v1/health', '/api/v1/auth/me', '/api/v1/no-such-route']) {
      const res = await t.client().get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/(^|;\s*)default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toMatch(/^(DENY|SAMEORIGIN)$/);
      expect(res.headers.get('referrer-policy')).toBeTruthy();
    }
  });

  it('keeps API answers out of caches', async () => {
    expect((await t.client().get('/api/v1/auth/me')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('request bodies', () => {
  const big = () => JSON.stringify({ email: 'a@example.jp', password: 'x'.repeat(1024 * 1024 + 10) });

  it('answers a body over 1 MiB with a localized 413', async () => {
    const c = t.client();
    const res = await c.request('POST', '/api/v1/auth/login', big(), { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toEqual({ code: 'payloadTooLarge', message: '送信されたデータが大きすぎます。' });
    const en = await c.request('POST', '/api/v1/auth/login', big(), { 'content-type': 'application/json', 'accept-language': 'en' });
    expect(en.status).toBe(413);
    expect((await en.json()).error.message).toBe('The data sent is too large.');
  });

  it('also when the size is announced in Content-Length', async () => {
    const body = big();
    const res = await t.client().request('POST', '/api/v1/auth/login', body, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(res.status).toBe(413);
  });

  it('answers malformed JSON with a localized 400, never a 500 or a stack trace', async () => {
    const c = t.client();
    for (const body of ['{"email":', 'not json at all', '']) {
      const res = await c.request('POST', '/api/v1/auth/password-reset/request', body, { 'content-type': 'application/json' });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toMatch(/at .+\.(ts|js):\d+/);
      expect(JSON.parse(text).error.message).toBeTruthy();
    }
    const en = await c.request('POST', '/api/v1/auth/login', '{"email":', { 'content-type': 'application/json', 'accept-language': 'en' });
    expect((await en.json()).error.message).toBe('The request contains errors.');
  });
});
