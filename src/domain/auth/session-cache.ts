import type { SessionInfo } from './sessions';

/**
 * Recently resolved sessions, so most requests skip the session query (issue 16.2). What keeps it honest:
 * every successful write on this server (`changed()`, after the response is made) drops the whole cache
 * and is announced to the other servers on the database (server/session-bus.ts: PostgreSQL NOTIFY), which
 * drop theirs (`heard()`): a logout, a password change, a role removal or a retirement takes effect at
 * once everywhere. An entry lives at most `ttlMs`: the bound for a change nobody announced (the CLI, or
 * while the announcement channel is down). A lookup that started before a drop may not store what it
 * read (the epoch check), and nothing is served while the channel is down (`trust(false)`).
 */
export type SessionCache = {
  get: (idHash: string) => SessionInfo | undefined;
  /** The epoch to pass back to `set`, taken before reading the database. */
  epoch: () => number;
  set: (idHash: string, info: SessionInfo, epoch: number) => void;
  /** A write succeeded here: drop everything and tell the other servers. */
  changed: () => Promise<void>;
  /** Another server wrote: drop everything. */
  heard: () => void;
  /** Whether the announcements of other servers can be heard; when not, nothing is served or kept. */
  trust: (heard: boolean) => void;
};

const MAX_ENTRIES = 10_000;

export function sessionCache(ttlMs: number, opts: { now?: () => number; announce?: () => Promise<void> } = {}): SessionCache {
  const now = opts.now ?? Date.now;
  const entries = new Map<string, { info: SessionInfo; until: number }>();
  let epoch = 0;
  let trusted = true;
  const drop = () => {
    epoch++;
    entries.clear();
  };
  return {
    get(idHash) {
      const e = entries.get(idHash);
      if (!e) return undefined;
      if (e.until > now()) return e.info;
      entries.delete(idHash);
      return undefined;
    },
    epoch: () => epoch,
    set(idHash, info, at) {
      if (ttlMs <= 0 || !trusted || at !== epoch) return;
      // A Map keeps insertion order: the first key is the oldest entry.
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(idHash, { info, until: now() + ttlMs });
    },
    async changed() {
      drop();
      // Should it fail (the database went away), the others still forget within ttlMs.
      await opts.announce?.().catch(() => {});
    },
    heard: drop,
    trust(heard) {
      trusted = heard;
      drop();
    },
  };
}
