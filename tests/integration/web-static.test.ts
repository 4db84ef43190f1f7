import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { makeEmployee } from '../support/factories';
import { makeTestApp, TestClient, type TestApp } from '../support/harness';

// The built SPA (npm run build) as the server hands it out: client routes, assets, and a strict CSP.
const index = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url));

describe.skipIf(!existsSync(index))('web app served by the API server', () => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await makeTestApp();
    app = createApp(t.deps, { web: true });
  });
  afterAll(() => t.close());

  it('answers client routes with index.html under a CSP without inline script or style', async () => {
    for (const path of ['/', '/login', '/directory?q=%E5%B1%B1%E7%94%B0', '/employees/123', '/no/such/page']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      const html = await res.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).toMatch(/<html lang="ja">/);
      // Every script is a file; there is no inline script or style to be blocked.
      for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\/assets\//);
      expect(html).not.toMatch(/<style|\sstyle="/);
    }
  });

  it('serves the hashed assets with a long cache and keeps API 404s as JSON', async () => {
    const html = readFileSync(index, 'utf8');
    const js = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const css = /href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    for (const asset of [js, css]) {
      expect(asset).toBeTruthy();
      const res = await app.request(asset!);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('immutable');
    }
    // An asset a newer build removed is a 404: a browser must not run the page's HTML as a script.
    const gone = await app.request('/assets/index-removed-by-a-newer-build.js');
    expect(gone.status).toBe(404);
    expect(gone.headers.get('cache-control') ?? '').not.toContain('immutable');
    // An unknown API path is JSON, never the SPA: 401 signed out (the gate answers first), 404 signed in.
    const api = await app.request('/api/v1/no-such-thing');
    expect(api.status).toBe(401);
    expect((await api.json()).error.code).toBe('unauthenticated');
    const me = await makeEmployee(t.db);
    const signedIn = await new TestClient(app).login(me.email);
    const known = await signedIn.get('/api/v1/no-such-thing');
    expect(known.status).toBe(404);
    expect((await known.json()).error.code).toBe('notFound');
  });
});
