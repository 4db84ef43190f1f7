// Child process: the real Mendan app (API only) on a free port, so the load driver in the parent
// does not share this event loop. Reports its port to the parent over IPC.
import './sql-capture';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../../src/config';
import { openReadyDb } from '../../../src/bootstrap';
import { jobHandlers } from '../../../src/jobs/handlers';
import { startQueue, startWorkers } from '../../../src/jobs/queue';
import { createLogger } from '../../../src/log';
import { createMailer } from '../../../src/mail/mailer';
import { createApp } from '../../../src/server/app';

const config = loadConfig();
const log = createLogger(config.logLevel);
const handle = await openReadyDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
// The queue is started (requests may enqueue); workers run only when the suite times jobs
// (BENCH_WORKERS=1), else the bench measures requests alone.
const jobs = await startQueue(handle, log);
const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, jobs });
const deps = { db: handle.db, driver: handle.driver, config, mailer, jobs, log };
if (process.env.BENCH_WORKERS === '1') await startWorkers(deps, jobHandlers, 1);
const app = createApp(deps);

const server = serve({ fetch: app.fetch, hostname: config.host, port: 0 }, (info) => {
  process.send?.({ port: info.port });
});

async function shutdown() {
  server.close();
  await jobs.stop();
  // Closing PGlite cleanly keeps its data folder reusable by the next run.
  await handle.close();
  process.exit(0);
}
// SIGINT too: Ctrl-C in the terminal reaches the whole process group.
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
