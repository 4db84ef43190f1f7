import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The SPA lives in src/web and is built to dist/web, which src/server/static.ts serves.
export default defineConfig({
  root: here('./src/web'),
  plugins: [react()],
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
