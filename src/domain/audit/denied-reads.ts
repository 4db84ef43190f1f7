import type { Db } from '../../db/client';
import type { Actor } from '../actor';
import { countFailure, type ThrottleRule } from '../auth/throttle';
import { audit } from './audit';

/**
 * Records of others answer 404. One person meeting many of them in a short time is probing ids,
 * not browsing: the audit log shows it, once per burst.
 */
export const DENIED_READS_ACTION = 'security.denied_reads';
/** 404s within the window that make the row: far more than following stale links ever gives. */
export const DENIED_READS_THRESHOLD = 20;
export const DENIED_READS_WINDOW_SECONDS = 10 * 60;
const MAX_PATH = 200;

// Counted in the throttles table, so every server adds to the same count.
export const deniedReadsRule = (actorId: string): ThrottleRule => ({
  key: `denied-reads:${actorId}`,
  limit: DENIED_READS_THRESHOLD,
  windowSeconds: DENIED_READS_WINDOW_SECONDS,
});

/** The path alone and bounded: never a query string (it may carry a token). */
export const samplePath = (path: string): string => (path.split(/[?#]/)[0] ?? '').slice(0, MAX_PATH);

/**
 * Counts one 404 the actor met on a record and writes the audit row, with the path that reached it,
 * when the count reaches the threshold: exactly once per window, however many servers count.
 */
export async function noteDeniedRead(db: Db, opts: { actor: Actor; path: string }): Promise<boolean> {
  const rule = deniedReadsRule(opts.actor.id);
  if ((await countFailure(db, rule)) !== rule.limit) return false;
  await audit(db, {
    actor: opts.actor,
    action: DENIED_READS_ACTION,
    entityType: 'employee',
    entityId: opts.actor.id,
    detail: { count: rule.limit, windowSeconds: rule.windowSeconds, path: samplePath(opts.path) },
  });
  return true;
}
