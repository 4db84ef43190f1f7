import type { AppDeps } from '../../src/server/context';
import { makeOrg } from './factories';
import { makeTestApp } from './harness';

export type Org = Awaited<ReturnType<typeof makeOrg>>;

/** The usual start of a test file: an app on a fresh database, the small organisation, HR signed in. */
export async function orgApp(over: Partial<AppDeps> = {}) {
  const t = await makeTestApp(over);
  const org = await makeOrg(t.db);
  const hr = await t.client().login(org.hr.email);
  return { t, org, hr };
}
