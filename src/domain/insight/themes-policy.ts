/** A running round's themes are recounted when read, at most this often. */
export const THEMES_TTL_MS = 10 * 60_000;
/** A batch that has not reported progress for this long died with its server; another may take over. */
export const RUN_STALE_MS = 2 * 60_000;

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

/** A batch is live while it keeps reporting progress. */
export const runIsLive = (heartbeat: Date | null | undefined, now: Date): boolean =>
  !!heartbeat && now.getTime() - heartbeat.getTime() < RUN_STALE_MS;
