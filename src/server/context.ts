import type { SessionCache } from '../domain/auth/session-cache';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { TFunction } from 'i18next';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Actor } from '../domain/actor';
import type { JobQueue } from '../jobs/queue';
import type { Locale } from '../i18n';
import type { Logger } from '../log';
import type { Mailer } from '../mail/mailer';
import type { Outage } from './outage';

/** What every request can reach: built once per process, passed in (no globals). */
export type AppDeps = {
  db: Db;
  driver: 'pglite' | 'pg';
  config: Config;
  mailer: Mailer;
  jobs: JobQueue;
  /** The server's outage tracker (one log line per database outage); tests may leave it out. */
  outage?: Outage;
  log: Logger;
  /** Sessions resolved recently (domain/auth/session-cache.ts); the server shares one with its listener. */
  sessionCache?: SessionCache;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    actor: Actor | null;
    csrfToken: string | null;
    sessionToken: string | null;
    locale: Locale;
    t: TFunction;
    ip: string;
    /** The server's session cache: a write that finishes after its response (a streamed import) drops it itself. */
    sessions: SessionCache;
    /** Set first (middleware/observe.ts): the request's id, and the logger that stamps it on every line. */
    requestId: string;
    log: Logger;
  };
};

export type App = OpenAPIHono<AppEnv>;
