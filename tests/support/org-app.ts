import { testConfig } from '../../src/config';
import type { AppDeps } from '../../src/server/context';
import { makeOrg } from './factories';
import { makeTestApp } from './harness';
import { startSmtpSink } from './smtp';

export type Org = Awaited<ReturnType<typeof makeOrg>>;

/** The usual start of a test file: an app on a fresh database, the small organisation, HR signed in. */
export async function orgApp(over: Partial<AppDeps> = {}) {
  const t = await makeTestApp(over);
  const org = await makeOrg(t.db);
  const hr = await t.client().login(org.hr.email);
  return { t, org, hr };
}

/** orgApp whose mail goes over SMTP to a real server in the test (`sink.inbox`); close() stops both. */
export async function orgAppWithSmtp() {
  const sink = await startSmtpSink();
  const config = testConfig({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, publicUrl: 'https://mendan.example.jp' });
  const app = await orgApp({ config });
  const close = async () => {
    await app.t.close();
    await sink.close();
  };
  return { ...app, sink, close };
}
