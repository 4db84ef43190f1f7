import cluster, { type Worker } from 'node:cluster';
import { openReadyDb } from './bootstrap';
import type { Config } from './config';
import { createLogger, type Logger } from './log';

/** A worker that dies sooner than this after its start counts as a crash loop: restarts back off. */
const QUICK_DEATH_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** pg-boss lets running jobs finish for up to 30 s on a graceful stop; a worker still there after this is killed. */
const STOP_TIMEOUT_MS = 45_000;

/**
 * WORKERS=N on one machine: this process becomes node's cluster primary. It migrates the database once,
 * forks N servers sharing the port (the primary hands connections to them in turn), replaces one that
 * dies, and on SIGTERM or SIGINT stops them gracefully, then exits. In that case it never returns: the
 * primary serves nothing itself. In a worker, or with WORKERS=1, it returns at once and the caller serves.
 * Several processes are safe because nothing correct lives in one process's memory (docs/decisions/0011).
 */
export async function runCluster(config: Config): Promise<void> {
  if (config.workers <= 1 || !cluster.isPrimary) return;
  // Once, before any worker: a failing migration stops here, not in N workers restarted in a loop. The
  // workers' own run then finds nothing to do (and another machine starting now waits on the lock).
  const handle = await openReadyDb({ databaseUrl: config.databaseUrl, poolSize: 1 });
  await handle.close();
  supervise(config.workers, createLogger(config.logLevel, undefined, config.logFormat));
  // Settled only by process.exit in supervise(); the workers' IPC channels keep the process alive till then.
  return new Promise<never>(() => {});
}

function supervise(count: number, log: Logger) {
  const live = new Set<Worker>();
  let stopping = false;
  let clean = true;
  let quickDeaths = 0;

  const fork = () => {
    const worker = cluster.fork();
    const startedAt = Date.now();
    live.add(worker);
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) {
        // A worker still starting has no handler yet and dies of the SIGTERM itself: a clean stop too.
        if (code !== 0 && signal !== 'SIGTERM') clean = false;
        if (!live.size) process.exit(clean ? 0 : 1);
        return;
      }
      quickDeaths = Date.now() - startedAt < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
      const delay = quickDeaths ? Math.min(1000 * 2 ** (quickDeaths - 1), MAX_RESTART_DELAY_MS) : 0;
      log.error(
        { event: 'worker.exit', worker: worker.process.pid, code, signal, restartInMs: delay },
        `worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another${delay ? ` in ${delay / 1000} s` : ''}`,
      );
      setTimeout(() => {
        if (!stopping) fork();
      }, delay);
    });
  };

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ event: 'cluster.stop', signal }, `${signal}: stopping ${live.size} workers`);
    if (!live.size) process.exit(0);
    // Each worker closes its listener, lets its jobs finish and closes its pool (server/shutdown.ts).
    for (const worker of live) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of live) worker.process.kill('SIGKILL');
    }, STOP_TIMEOUT_MS).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  log.info({ event: 'cluster.start', workers: count }, `cluster primary ${process.pid}: starting ${count} workers`);
  for (let i = 0; i < count; i++) fork();
}
