import type { Context } from 'hono';
import { describeConnectionError, isConnectionError } from '../db/connection-errors';
import { translator } from '../i18n';
import type { AppEnv } from './context';
import { errorBody } from './http';
import { requestLocale } from './middleware/session';
import type { OpsLog } from './ops-log';

/** What a client is told to wait before trying again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

export type Outage = {
  /** True when err means the database is unreachable; the first one of an outage is logged. */
  report: (err: unknown) => boolean;
  readonly down: boolean;
  stop: () => void;
};

/**
 * Tracks one database outage at a time, so the log has one line when it starts and one when it ends
 * instead of a stack trace per request (seen: 171 for 20 s of PostgreSQL down). The end is found by a
 * probe (`select 1`) every `probeEveryMs` while down, not by the next request: a request that never
 * reached the database (static files, health) would prove nothing. Requests themselves always try the
 * database, so the service recovers as soon as it is back, without a restart.
 */
export function createOutage(opts: { probe: () => Promise<unknown>; log: OpsLog; probeEveryMs?: number }): Outage {
  const every = opts.probeEveryMs ?? 1000;
  let since: number | null = null;
  let failed = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped || timer) return;
    timer = setTimeout(check, every);
    // The probe never holds the process open (shutdown, tests).
    timer.unref();
  };
  const check = () => {
    timer = undefined;
    opts.probe().then(() => {
      if (stopped || since === null) return;
      const seconds = ((performance.now() - since) / 1000).toFixed(1);
      opts.log('info', 'db.up', `database reachable again after ${seconds} s (${failed} requests or jobs failed meanwhile)`);
      since = null;
      failed = 0;
    }, schedule);
  };

  return {
    report(err) {
      if (!isConnectionError(err)) return false;
      failed++;
      if (since === null) {
        since = performance.now();
        opts.log('error', 'db.down', `database unreachable (${describeConnectionError(err)}): answering 503 until it is back`);
        schedule();
      }
      return true;
    },
    get down() {
      return since !== null;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** The answer while the database is unreachable: 503, when to retry, and a message in the caller's language. */
export function unavailable(c: Context<AppEnv>) {
  // The session could not be loaded (that needs the database): the language comes from the request.
  const t = c.get('t') ?? translator(requestLocale(c));
  c.header('Retry-After', String(RETRY_AFTER_SECONDS));
  return c.json(errorBody(t, 'errors.unavailable'), 503);
}
