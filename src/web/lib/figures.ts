import { FIGURES_MAX_AGE_MS } from '../../domain/shared/figures';

/** Ask again this long before shown figures would pass the bound: time for the server's recount to land. */
const MARGIN_MS = 30_000;
/** At most this long between two asks, so a change (recounted within seconds) shows without a press. */
const MAX_POLL_MS = 60_000;
/** At least this long: a server clock ahead of ours, or a recount not landed yet, never makes a busy loop. */
const MIN_POLL_MS = 5_000;

/**
 * When to ask for figures counted at `asOf` again: before they would be older than the bound stated beside
 * them (FIGURES_MAX_AGE_MS), and at least once a minute. One stored row per ask on the server.
 */
export function nextPoll(asOf: string | undefined, now = Date.now()): number {
  if (!asOf) return MAX_POLL_MS;
  const left = Date.parse(asOf) + FIGURES_MAX_AGE_MS - MARGIN_MS - now;
  return Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, left));
}

/** The same read with `refresh=true`: what 「最新に更新」 asks for. */
export function withRefresh(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}refresh=true`;
}

/** The bound in whole minutes, as the views state it (「5分以内の集計です」). */
export const boundMinutes = Math.round(FIGURES_MAX_AGE_MS / 60_000);
