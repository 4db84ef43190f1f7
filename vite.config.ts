import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every script and stylesheet of the build, at the
 * strongest settings: compressed once here, the server hands them out to browsers that accept them
 * (src/server/static.ts) with no work per request.
 */
function precompress(): Plugin {
  const br = promisify(brotliCompress);
  const gz = promisify(gzip);
  return {
    name: 'mendan-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const files = Object.keys(bundle).filter((f) => /\.(js|css)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const path = `${options.dir}/${f}`;
          const data = await readFile(path);
          await writeFile(`${path}.br`, await br(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
          await writeFile(`${path}.gz`, await gz(data, { level: 9 }));
        }),
      );
    },
  };
}

// The SPA lives in src/web and is built to dist/web, which src/server/static.ts serves.
export default defineConfig({
  root: here('./src/web'),
  plugins: [react(), precompress()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // The server's CSP forbids inline scripts and styles: keep everything in files.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // Only libraries the first page runs ($initial: reached from the entry by static imports). It comes
            // before `charts` so that a small module both use (use-sync-external-store, via react-i18next and
            // react-redux) lands here: in `charts` it made index.html preload the whole chart library.
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'] },
            // Charts are big and only HR's insight pages need them: loaded with those pages.
            { name: 'charts', test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|@reduxjs|redux|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
