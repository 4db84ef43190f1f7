import { fileURLToPath } from 'node:url';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

// E2E_PORT lets two checkouts run their e2e suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 3199);

/** Where the e2e server runs and keeps its throw-away data; shared by the config, the seed and the specs. */
export const E2E = {
  port,
  baseURL: `http://127.0.0.1:${port}`,
  dataDir: root('.tmp/e2e-data'),
  seedFile: root('.tmp/e2e-seed.json'),
  webIndex: root('dist/web/index.html'),
  fixture: (name: string) => root(`tests/e2e/fixtures/${name}`),
  /** The SSO client secret the server reads from OIDC_CLIENT_SECRET, shared with the provider sso.spec starts. */
  oidcClientSecret: 'e2e-oidc-client-secret-0123456789abcdef',
} as const;
