import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { openReadyDb } from '../bootstrap';
import { cliLocale } from '../cli/io';
import type { Config } from '../config';
import type { DbHandle, MigrateEvent } from '../db/client';
import { translator } from '../i18n';
import { jobHandlers } from '../jobs/handlers';
import { type JobQueue, startQueue, startWorkers } from '../jobs/queue';
import { createLogger, type Logger } from '../log';
import { createMailer } from '../mail/mailer';
import { setupOpen } from '../domain/setup/setup';
import { startupProblem } from '../startup-problems';
import { createApp } from './app';
import { type OpsLog, opsLog } from './ops-log';
import { createOutage, type Outage } from './outage';
import { serverSessions } from './session-bus';
import { gracefulShutdown } from './shutdown';
import type { SessionCache } from '../domain/auth/session-cache';

/**
 * The server process from start to stop: open (and migrate) the database, start the job queue and its
 * workers, listen, and stop gracefully on SIGTERM/SIGINT. Start-up failures an operator can fix are
 * told plainly in both languages, without a stack trace, and the process exits 1.
 */
export async function runServer(config: Config): Promise<void> {
  const logger = createLogger(config.logLevel, undefined, config.logFormat);
  const log = opsLog(logger);
  const fail = (err: unknown): never => failStartup(config, log, err);
  let outage: Outage | undefined;

  if (!config.databaseUrl && !existsSync(join(config.dataDir, 'PG_VERSION'))) {
    log('info', 'startup.create', `creating the embedded database in ${config.dataDir}…`);
  }
  const handle = await openReadyDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onMigrate: (e) => reportMigration(log, e),
    onPoolError: (err) => outage?.report(err),
  }).catch(fail);
  outage = createOutage({ probe: () => handle.executeSql('select 1'), log });

  const sessions = serverSessions(config.sessionCacheSeconds * 1000, handle, config.databaseUrl, logger);
  const { jobs, server } = await serveApp(config, handle, outage, logger, sessions.cache).catch(async (err: unknown) => {
    outage.stop();
    await sessions.close();
    await handle.close().catch(() => {});
    return fail(err);
  });

  // Before the address is announced: whoever reads it may signal at once, and a SIGTERM before the handler
  // would end the process without the graceful stop.
  const onSignal = gracefulShutdown({
    server,
    stopJobs: (ms) => jobs.stop(ms),
    closeDb: async () => {
      await sessions.close();
      await closeDb(handle, outage);
    },
    timeoutMs: config.shutdownTimeoutSeconds * 1000,
    log,
    exit: (code) => process.exit(code),
  });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const { address, port } = server.address() as AddressInfo;
  const where = handle.driver === 'pg' ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
  // Tests and scripts read the address from this line's message.
  logger.info(
    { event: 'listening', url: `http://${address}:${port}`, database: where },
    `Mendan: http://${address}:${port}  database: ${where}`,
  );
  // What to do next: a new installation offers its first-run page (domain/setup).
  const say = translator(cliLocale(process.env));
  const url = `http://${address}:${port}`;
  setupOpen(handle.db)
    .then((open) => log('info', 'startup.next', say(open ? 'setup.start.open' : 'setup.start.ready', { url })))
    .catch(() => {});
}

/** The job queue, its workers and the listening server; the queue is stopped again when listening fails. */
async function serveApp(
  config: Config,
  handle: DbHandle,
  outage: Outage,
  log: Logger,
  sessionCache: SessionCache,
): Promise<{ jobs: JobQueue; server: Server }> {
  // During an outage the queue's polling fails every few seconds: counted in the outage's one line.
  const jobs = await startQueue(handle, log, { absorbError: (err) => outage.report(err) });
  try {
    const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, jobs });
    const deps = { db: handle.db, driver: handle.driver, config, mailer, jobs, outage, log, sessionCache };
    await startWorkers(deps, jobHandlers);
    return { jobs, server: await listen(createApp(deps, { web: true }), config) };
  } catch (err) {
    await jobs.stop(1000).catch(() => {});
    throw err;
  }
}

async function closeDb(handle: DbHandle, outage: { stop: () => void }) {
  outage.stop();
  await handle.close();
}

function listen(app: ReturnType<typeof createApp>, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => {
      server.off('error', reject);
      resolve(server as Server);
    });
    // EADDRINUSE and the like arrive as an event; without a listener they crash with a stack trace.
    server.once('error', reject);
  });
}

function reportMigration(log: OpsLog, e: MigrateEvent) {
  if (e.phase === 'start') log('info', 'startup.migrate', `migrating the database: ${e.steps} step(s)… (the server answers once done)`);
  else log('info', 'startup.migrated', `database migrated in ${(e.ms / 1000).toFixed(1)} s`);
}

/** Prints a fixable start-up problem in both languages and exits 1; anything else is rethrown (a bug). */
function failStartup(config: Config, log: OpsLog, err: unknown): never {
  const problem = startupProblem(err, config);
  if (!problem) throw err;
  for (const locale of ['ja', 'en'] as const) log('fatal', 'startup.failed', translator(locale)(problem.key, problem.params));
  process.exit(1);
}
