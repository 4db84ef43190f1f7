import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appSettings } from '../../db/schema';
import type { JobDeps, JobQueue } from '../../jobs/queue';
import { audit } from '../audit/audit';
import { newToken, sha256 } from '../auth/tokens';
import { type DemoResult, loadDemo } from '../demo/load';
import { conflict, notFound } from '../errors';
import type { DemoLoad } from './responses';
import { claimSetup, SETUP_KEY, throttleSetup } from './setup';

/** The demo company the first-run page loads: the `seed-demo` defaults. */
export const DEMO_EMPLOYEES = 300;
export const DEMO_SEED = 1;
/** Progress is written at most this often: each write waits for the load's own transaction on PGlite. */
const PROGRESS_EVERY_MS = 400;

type DemoClaim = Omit<DemoLoad, 'password'> & { kind: 'demo'; tokenHash: string; password?: string | null; error?: string };

/**
 * POST /setup/demo: claims the setup for the demo (only on a database without people) and queues the
 * `demo.load` job, which runs for some seconds and reports its progress in the setup row. The token (in
 * an HttpOnly cookie) lets this browser, and only it, follow the load and read the sign-ins afterwards.
 */
export async function startDemoLoad(db: Db, opts: { jobs: JobQueue; ip: string }): Promise<{ token: string; load: DemoLoad }> {
  await throttleSetup(db, opts.ip);
  const token = newToken();
  const claim: DemoClaim = {
    kind: 'demo',
    tokenHash: sha256(token),
    status: 'queued',
    step: null,
    done: 0,
    total: 0,
    signIns: [],
  };
  await db.transaction(async (tx) => {
    const f = await claimSetup(tx, claim);
    // Rolls the claim back with it: the first administrator can still be created.
    if (f.people) throw conflict('setup.errors.notEmpty');
    // Once only: a retry would meet the half-written company of the failed try.
    await opts.jobs.send(tx, 'demo.load', {}, { singletonKey: 'demo.load', retryLimit: 0, expireInSeconds: 3600 });
    await audit(tx, { actor: null, action: 'setup.demo.start', entityType: 'setup', detail: { ip: opts.ip } });
  });
  return { token, load: present(claim) };
}

async function readClaim(db: Db): Promise<DemoClaim | null> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, SETUP_KEY));
  const v = row?.value as DemoClaim | undefined;
  return v?.kind === 'demo' ? v : null;
}

const present = (c: DemoClaim): DemoLoad => ({
  status: c.status,
  step: c.step,
  done: c.done,
  total: c.total,
  signIns: c.status === 'done' ? c.signIns : [],
  password: c.status === 'done' ? (c.password ?? null) : null,
});

/** GET /setup/demo: the load this browser started; anyone else (no or another token) gets 404. */
export async function demoLoadStatus(db: Db, token: string | undefined): Promise<DemoLoad> {
  const claim = await readClaim(db);
  if (!token || !claim || claim.tokenHash !== sha256(token)) throw notFound();
  return present(claim);
}

const patchClaim = (db: Db, patch: Partial<DemoClaim>) =>
  db.execute(sql`update ${appSettings} set value = value || ${JSON.stringify(patch)}::jsonb, updated_at = now() where key = ${SETUP_KEY}`);

/** The `demo.load` job: the same load as `mendan seed-demo`, its progress written for the page to poll. */
export async function runDemoLoad(deps: JobDeps, announce: (result: DemoResult) => void = () => {}): Promise<void> {
  const claim = await readClaim(deps.db);
  if (claim?.status !== 'queued') return;
  await patchClaim(deps.db, { status: 'running' });
  let last = 0;
  // Progress is reported from inside the import's transaction too: written in order but never awaited there,
  // or on PGlite (one connection) the write would wait for the very transaction that waits for it.
  let written: Promise<unknown> = Promise.resolve();
  try {
    const result = await loadDemo(deps, {
      employees: DEMO_EMPLOYEES,
      seed: DEMO_SEED,
      onProgress: ({ step, done, total }) => {
        if (Date.now() - last < PROGRESS_EVERY_MS && done !== total) return;
        last = Date.now();
        written = written.then(() => patchClaim(deps.db, { step, done, total })).catch(() => {});
      },
    });
    await written;
    await patchClaim(deps.db, { status: 'done', signIns: result.signIns, password: result.password });
    // The page that started it shows the sign-ins once; the terminal keeps them for whoever closed that tab.
    announce(result);
  } catch (err) {
    await written;
    await patchClaim(deps.db, { status: 'failed', error: (err instanceof Error ? err.message : String(err)).slice(0, 300) });
    throw err;
  }
}
