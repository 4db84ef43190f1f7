/** A running round's themes are recounted when read, at most this often. */
export const THEMES_TTL_MS = 10 * 60_000;

type Snapshot = { computedAt: Date; roundStatus: string } | null;

/**
 * Whether reading a round's themes should start a recount: never counted; a running round's count
 * older than THEMES_TTL_MS; a closed round counted before it closed (once more, then never again).
 * HR's 「集計し直す」 recounts regardless.
 */
export function needsRecount(snapshot: Snapshot, roundStatus: string, now: Date): boolean {
  if (!snapshot) return true;
  if (roundStatus === 'closed') return snapshot.roundStatus !== 'closed';
  return now.getTime() - snapshot.computedAt.getTime() >= THEMES_TTL_MS;
}

/**
 * A count is under way while its pg-boss job is queued, at work, or waiting to be retried; completed,
 * failed for good or cancelled, it is over (a read may queue the next).
 */
export const jobIsLive = (state: string): boolean => state === 'created' || state === 'active' || state === 'retry';
