import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { openReadyDb } from './bootstrap';
import { runCluster } from './cluster';
import { DataDirInUse } from './db/data-lock';
import { jobHandlers } from './jobs/handlers';
import { startQueue, startWorkers } from './jobs/queue';
import { createMailer } from './mail/mailer';
import { createApp } from './server/app';

const config = loadConfig();
// WORKERS>1: this process only forks and watches the servers (cluster.ts); they run what follows.
await runCluster(config);
const handle = await openReadyDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch((err: unknown) => {
  // A second server on the same embedded database would corrupt it: say so plainly and stop.
  if (err instanceof DataDirInUse) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
});
const jobs = await startQueue(handle);
const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, jobs });
const deps = { db: handle.db, driver: handle.driver, config, mailer, jobs };
await startWorkers(deps, jobHandlers);
const app = createApp(deps, { web: true });

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const where = handle.driver === 'pg' ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
  console.log(`Mendan: http://${info.address}:${info.port}  database: ${where}`);
});

let stopping = false;
async function shutdown() {
  // Under a cluster a worker may get the signal twice (its process group's, then the primary's).
  if (stopping) return;
  stopping = true;
  server.close();
  await jobs.stop();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
