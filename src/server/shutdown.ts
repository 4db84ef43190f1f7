import type { Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OpsLog } from './ops-log';

export type ShutdownParts = {
  server: Server;
  /** Stops taking jobs and waits for the running ones, at most the given time. */
  stopJobs: (timeoutMs: number) => Promise<void>;
  /** Closes the database: only once no request or job can still use it. */
  closeDb: () => Promise<void>;
  timeoutMs: number;
  log: OpsLog;
  exit: (code: number) => void;
};

// After the wait, closing the database may still block on a connection a cut request holds.
const CLOSE_DB_MS = 5000;

/**
 * A stop that loses no answer: on the first signal the server stops accepting connections, requests and
 * jobs in flight finish (at most `timeoutMs`), and only then is the database closed. Before, SIGTERM
 * ended the pool under a running POST: its row and audit entry committed, its caller got a 500.
 *
 * Keep-alive connections would hold `server.close()` open until they time out: idle ones are closed at
 * once and again after every answer, and answers given while stopping say `Connection: close`.
 * A second signal changes nothing: the stop is already bounded, and cutting it short could leave
 * PGlite's files half-written.
 *
 * Returns the signal handler.
 */
export function gracefulShutdown(parts: ShutdownParts): (signal: NodeJS.Signals) => void {
  const { server, log } = parts;
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  let deadline = 0;

  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (stopping) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      // The socket turns idle only after this tick.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });

  async function stop(signal: NodeJS.Signals) {
    const started = performance.now();
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    log(
      'info',
      'shutdown.start',
      `${signal}: no new connections; finishing ${inFlight.size} request(s) and running jobs (at most ${seconds(parts.timeoutMs)} s)`,
    );
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const requests = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const jobs = parts.stopJobs(parts.timeoutMs).catch((err: unknown) => {
      log('error', 'shutdown.jobs', `stopping the job queue failed: ${err instanceof Error ? err.message : String(err)}`);
    });
    const timer = new AbortController();
    const inTime = await Promise.race([
      Promise.all([requests, jobs]).then(() => true),
      sleep(parts.timeoutMs, false, { signal: timer.signal }).catch(() => false),
    ]);
    timer.abort();
    if (!inTime) {
      log('error', 'shutdown.timeout', `gave up waiting after ${seconds(parts.timeoutMs)} s: ${inFlight.size} request(s) cut`);
      server.closeAllConnections();
    }
    const closeTimer = new AbortController();
    await Promise.race([
      parts.closeDb().catch((err: unknown) => {
        log('error', 'shutdown.db', `closing the database failed: ${err instanceof Error ? err.message : String(err)}`);
      }),
      sleep(CLOSE_DB_MS, undefined, { signal: closeTimer.signal }).catch(() => {}),
    ]);
    closeTimer.abort();
    log('info', 'shutdown.done', `stopped in ${seconds(performance.now() - started)} s`);
    parts.exit(inTime ? 0 : 1);
  }

  return (signal) => {
    if (stopping) {
      const left = Math.max(0, deadline - performance.now());
      log(
        'info',
        'shutdown.repeat',
        `${signal} again: still stopping (${inFlight.size} request(s) in flight, at most ${(left / 1000).toFixed(1)} s more)`,
      );
      return;
    }
    stopping = true;
    deadline = performance.now() + parts.timeoutMs;
    void stop(signal);
  };
}
