// Child process: the real Mendan app (API only) on a free port, so the load driver in the parent
// does not share this event loop. Reports its port to the parent over IPC.
// BENCH_PROCESSES=N (N > 1): node's cluster, as WORKERS=N runs the app (src/cluster.ts) — N servers share
// the port and the primary hands them connections in turn; the primary reports once all N listen.
import './sql-capture';
import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../../src/config';
import { openReadyDb } from '../../../src/bootstrap';
import { jobHandlers } from '../../../src/jobs/handlers';
import { startQueue, startWorkers } from '../../../src/jobs/queue';
import { createLogger } from '../../../src/log';
import { createMailer } from '../../../src/mail/mailer';
import { createApp } from '../../../src/server/app';

const processes = Number(process.env.BENCH_PROCESSES ?? 1);

async function primary() {
  const ports = await Promise.all(
    Array.from(
      { length: processes },
      () => new Promise<number>((resolve) => cluster.fork().once('message', (m: { port: number }) => resolve(m.port))),
    ),
  );
  process.send?.({ port: ports[0] });
  const stop = () => {
    const workers = Object.values(cluster.workers ?? {});
    let left = workers.length;
    for (const w of workers)
      w?.once('exit', () => {
        if (--left === 0) process.exit(0);
      }).kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function serveApp() {
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
}

if (processes > 1 && cluster.isPrimary) await primary();
else await serveApp();
