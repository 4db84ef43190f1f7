import type { OpenAPIHono } from '@hono/zod-openapi';
import type { TFunction } from 'i18next';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Actor } from '../domain/actor';
import type { JobQueue } from '../jobs/queue';
import type { Locale } from '../i18n';
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
  };
};

export type App = OpenAPIHono<AppEnv>;
