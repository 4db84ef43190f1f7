import { serve } from '@hono/node-server';
import { cliLocale } from './cli/io';
import { loadConfig } from './config';
import { openReadyDb } from './bootstrap';
import { DataDirInUse } from './db/data-lock';
import { jobHandlers } from './jobs/handlers';
import { startQueue, startWorkers } from './jobs/queue';
import { createMailer } from './mail/mailer';
import { createApp } from './server/app';
import { setupOpen } from './domain/setup/setup';
import { translator } from './i18n';

const config = loadConfig();
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
  const url = `http://${info.address}:${info.port}`;
  console.log(`Mendan: ${url}  database: ${where}`);
  // What to do next: a new installation offers its first-run page (domain/setup).
  setupOpen(handle.db)
    .then((open) => console.log(translator(cliLocale(process.env))(open ? 'setup.start.open' : 'setup.start.ready', { url })))
    .catch(() => {});
});

async function shutdown() {
  server.close();
  await jobs.stop();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
