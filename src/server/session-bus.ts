import pg from 'pg';
import { type SessionCache, sessionCache } from '../domain/auth/session-cache';
import type { Logger } from '../log';

/** The PostgreSQL channel on which servers tell each other that sessions may have changed. */
export const SESSION_CHANNEL = 'mendan_sessions';
export const announceSql = `select pg_notify('${SESSION_CHANNEL}', '')`;

const RETRY_MS = 2000;

/**
 * Listens on its own connection for other servers' writes (domain/auth/session-cache.ts) and drops this
 * server's cache when one is announced. While the connection is down the cache serves nothing (a missed
 * announcement must not keep a revoked session alive); it reconnects every few seconds.
 */
export function listenForSessionChanges(databaseUrl: string, cache: SessionCache, log: Logger): { close: () => Promise<void> } {
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const retry = () => {
    cache.trust(false);
    if (!closed) timer = setTimeout(connect, RETRY_MS);
  };
  async function connect() {
    const c = new pg.Client({ connectionString: databaseUrl });
    client = c;
    c.on('notification', () => cache.heard());
    c.on('error', () => {}); // followed by 'end'
    c.on('end', () => {
      if (client === c) retry();
    });
    try {
      await c.connect();
      await c.query(`listen ${SESSION_CHANNEL}`);
      cache.trust(true);
    } catch (err) {
      log.debug({ err, event: 'sessions.listen' }, 'session change channel not available; retrying');
      client = undefined;
      await c.end().catch(() => {});
      retry();
    }
  }
  void connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => {});
    },
  };
}

/** This server's session cache; on PostgreSQL it announces its writes and hears the other servers'. */
export function serverSessions(
  ttlMs: number,
  handle: { driver: 'pg' | 'pglite'; executeSql: (sql: string) => Promise<unknown> },
  databaseUrl: string | undefined,
  log: Logger,
) {
  if (handle.driver !== 'pg' || !databaseUrl) return { cache: sessionCache(ttlMs), close: async () => {} };
  const cache = sessionCache(ttlMs, { announce: () => handle.executeSql(announceSql).then(() => {}) });
  return { cache, ...listenForSessionChanges(databaseUrl, cache, log) };
}
