import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { openReadyDb } from './bootstrap';
import { DataDirInUse } from './db/data-lock';
import { jobHandlers } from './jobs/handlers';
import { startQueue, startWorkers } from './jobs/queue';
import { createLogger } from './log';
import { createMailer } from './mail/mailer';
import { createApp } from './server/app';

const config = loadConfig();
const log = createLogger(config.logLevel);
const handle = await openReadyDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }).catch((err: unknown) => {
  // A second server on the same embedded database would corrupt it: say so plainly and stop.
  if (err instanceof DataDirInUse) {
    log.error(err.message);
    process.exit(1);
  }
  throw err;
});
const jobs = await startQueue(handle, log);
const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, jobs });
const deps = { db: handle.db, driver: handle.driver, config, mailer, jobs, log };
await startWorkers(deps, jobHandlers);
const app = createApp(deps, { web: true });

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const where = handle.driver === 'pg' ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
  log.info({ url: `http://${info.address}:${info.port}`, database: where }, 'Mendan is listening');
});

async function shutdown() {
  server.close();
  await jobs.stop();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
