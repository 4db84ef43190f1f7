import { fileURLToPath } from 'node:url';

const root = (p: string) => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

/** Where the e2e server runs and keeps its throw-away data; shared by the config, the seed and the specs. */
export const E2E = {
  port: 3199,
  baseURL: 'http://127.0.0.1:3199',
  dataDir: root('.tmp/e2e-data'),
  seedFile: root('.tmp/e2e-seed.json'),
  webIndex: root('dist/web/index.html'),
  fixture: (name: string) => root(`tests/e2e/fixtures/${name}`),
} as const;
