import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './context';

// MENDAN_WEB_DIR: a build elsewhere (several developers previewing their own builds on one machine).
const webRoot = process.env.MENDAN_WEB_DIR || fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Serves the built SPA; unknown non-API paths get index.html so client routes work on reload. index.html
 * is read per request (a few KB from the page cache): a new build is served without a restart, and never
 * an old page naming assets the build removed. A missing asset is a 404, not the page.
 */
export function serveWeb(app: App) {
  if (!existsSync(`${webRoot}/index.html`)) return;
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: webRoot }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/assets/')) return c.notFound();
    return c.html(readFileSync(`${webRoot}/index.html`, 'utf8'));
  });
}
