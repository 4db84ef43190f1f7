import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './context';
import { headerAfter } from './http';

const builtWeb = fileURLToPath(new URL('../../dist/web', import.meta.url));
// MENDAN_WEB_DIR: a build elsewhere (several developers previewing their own builds on one machine). Read when an app
// is made, not when this module is loaded: test files share loaded modules.
const webRoot = () => process.env.MENDAN_WEB_DIR || builtWeb;

/** Scripts and stylesheets: the build writes a brotli and a gzip copy of each (vite.config.ts `precompress`). */
const COMPRESSED_COPIES = /\.(js|css)$/;

/**
 * Serves the built SPA; unknown non-API paths get index.html so client routes work on reload. index.html
 * is read per request (a few KB from the page cache): a new build is served without a restart, and never
 * an old page naming assets the build removed. A missing asset is a 404, not the page.
 */
export function serveWeb(app: App, root = webRoot()) {
  if (!existsSync(`${root}/index.html`)) return;
  app.use('/assets/*', async (c, next) => {
    await next();
    if (!c.res.ok) return;
    headerAfter(c, 'Cache-Control', 'public, max-age=31536000, immutable');
    // The answer depends on Accept-Encoding even when it is the plain file: a shared cache must not hand a
    // brotli copy to a browser that cannot read it, nor keep only the plain one for everyone.
    if (COMPRESSED_COPIES.test(c.req.path) && !/accept-encoding/i.test(c.res.headers.get('Vary') ?? '')) {
      headerAfter(c, 'Vary', 'Accept-Encoding', { append: true });
    }
  });
  // The precompressed copy the browser accepts (brotli, else gzip), with Content-Encoding; else the file.
  app.use('/assets/*', serveStatic({ root, precompressed: true }));
  app.use('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/assets/')) return c.notFound();
    return c.html(readFileSync(`${root}/index.html`, 'utf8'));
  });
}
