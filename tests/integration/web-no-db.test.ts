import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client';
import { createApp } from '../../src/server/app';
import { makeTestApp, type TestApp } from '../support/harness';

// Issue 14 item 7: a page load or an asset costs no database query (the session is looked up for /api only).

// A built web app of two files; the apps made while MENDAN_WEB_DIR names it serve it.
const webDir = mkdtempSync(join(tmpdir(), 'mendan-web-'));
mkdirSync(join(webDir, 'assets'));
writeFileSync(join(webDir, 'index.html'), '<!doctype html><html lang="ja"><div id="root"></div></html>');
writeFileSync(join(webDir, 'assets', 'app-1234.js'), 'console.log(1)');

let t: TestApp;
beforeAll(async () => {
  process.env.MENDAN_WEB_DIR = webDir;
  t = await makeTestApp();
});
afterAll(async () => {
  delete process.env.MENDAN_WEB_DIR;
  await t.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('static files and pages of the web app', () => {
  it('are served without touching the database, even with a session cookie', async () => {
    const touched: string[] = [];
    // Every use of the database goes through this object: a property read is a query about to happen.
    const db = new Proxy(t.db, {
      get(target, prop) {
        touched.push(String(prop));
        const v = Reflect.get(target, prop);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as Db;
    const app = createApp({ ...t.deps, db }, { web: true });
    const headers = { cookie: 'mendan_sid=some-session-token; mendan_csrf=x' };
    for (const path of ['/assets/app-1234.js', '/', '/employees/123']) {
      const res = await app.request(path, { headers });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('x-request-id'), path).toBeTruthy();
    }
    expect(touched).toEqual([]);
    // The same cookie on an API path does look the session up: the spy sees it.
    await app.request('/api/v1/auth/me', { headers });
    expect(touched.length).toBeGreaterThan(0);
  });
});
