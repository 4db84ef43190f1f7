import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { E2E } from './tests/e2e/support/env';

// The server serves the built SPA; without it every page would be the API's 404.
if (!existsSync(E2E.webIndex)) {
  throw new Error(`${E2E.webIndex} is missing: run \`npm run build\` before the e2e tests (npm test does).`);
}

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: './.tmp/e2e-results',
  // One embedded database behind one server: tests run one at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.PW_JSON ?? './.tmp/test-results/e2e.json' }]],
  use: {
    baseURL: E2E.baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is never used.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: /(data-rights|career-gaps)\.spec\.ts/ },
    // career-gaps uses the map career-paths.spec imports (which must find none): it runs after every other spec.
    { name: 'career', use: { browserName: 'chromium' }, testMatch: /career-gaps\.spec\.ts/, dependencies: ['chromium'] },
    // data-rights holds the seeded 一郎's running interview (and erases a person): it runs after every spec that
    // uses that interview, on the same server.
    { name: 'after', use: { browserName: 'chromium' }, testMatch: /data-rights\.spec\.ts/, dependencies: ['chromium', 'career'] },
  ],
  webServer: {
    // Seed first (the folder is wiped), then serve; DATABASE_URL is dropped so the run always
    // uses its own throw-away PGlite folder.
    command: 'env -u DATABASE_URL npx tsx tests/e2e/seed.ts && exec env -u DATABASE_URL npx tsx src/main.ts',
    url: `${E2E.baseURL}/api/v1/health`,
    env: {
      DATA_DIR: E2E.dataDir,
      PORT: String(E2E.port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      COOKIE_SECURE: 'false',
      OIDC_CLIENT_SECRET: E2E.oidcClientSecret,
      // webhooks.spec sends to a receiver on this machine (decision 0021).
      WEBHOOK_ALLOW_PRIVATE: 'true',
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
