import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['tests/support/no-console-error.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Every JSON answer is checked against the route's declared schema (server/contract-check.ts).
          env: { MENDAN_CHECK_RESPONSES: '1' },
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/no-console-error.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // PGlite is single-threaded WASM; two workers keep both cores busy.
          maxWorkers: 2,
          // Test files of a worker share loaded modules: loading the app took ~3.7 s per file (337 s of a 734 s
          // stage). Every file still gets its own database and app; modules keep no state that outlives them.
          isolate: false,
        },
      },
    ],
  },
});
