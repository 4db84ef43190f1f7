import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { DEFAULT_COMPANY_TZ, isTimeZone } from './domain/shared/calendar';
import { LOG_LEVELS, type LogLevel } from './log';
import { LOG_FORMATS, type LogFormat } from './log-text';

// Environment is validated once at start-up; a bad value stops the process with a clear message.
const Env = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .optional(),
  DATA_DIR: z.string().default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Mendan <no-reply@mendan.local>'),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  // How long a server may answer from a session it resolved recently (domain/auth/session-cache.ts): the
  // bound for a sign-out, role removal or retirement made by another server process or the CLI. 0: off.
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  // API requests at work at once per server process, more wait their turn (server/middleware/admission.ts); the
  // default is the connection pool's size (db/client.ts). 0: no limit.
  ACTIVE_REQUESTS: z.coerce.number().int().min(0).max(10_000).default(10),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  // text: readable lines for a terminal (the default when stdout is one); json: one object per line.
  LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
  // Lets a scraper read /metrics from anywhere with `Authorization: Bearer …`; without it only loopback may.
  METRICS_TOKEN: z.string().min(16).optional(),
  // The company's calendar: "today", due dates and file dates are read in it (domain/shared/calendar.ts).
  COMPANY_TZ: z.string().default(DEFAULT_COMPANY_TZ).refine(isTimeZone, { message: 'unknown time zone (an IANA name such as Asia/Tokyo)' }),
  // Server processes on this machine, sharing the port (src/cluster.ts). Unset: one per core on
  // PostgreSQL, one on the embedded database (one process per data folder).
  WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  // On SIGTERM/SIGINT, how long requests and jobs in flight may take to finish before they are cut
  // (below the usual 30 s a supervisor waits before SIGKILL).
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600).default(25),
  // The SSO client secret (docs/decisions/0019): only here, never in the database nor in any answer.
  OIDC_CLIENT_SECRET: z.string().trim().min(1).max(1000).optional(),
  // Chat and webhooks (docs/decisions/0021): targets on private networks (in-house tools, tests) only when allowed;
  // a receiver that has not answered within the timeout counts as failed; the Slack app's bot token, for DMs.
  WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(1).max(60).default(10),
  SLACK_BOT_TOKEN: z.string().trim().min(1).max(500).optional(),
  SLACK_API_URL: z.string().url().default('https://slack.com/api'),
});

// Several processes need the shared PostgreSQL: PGlite is one process per data folder (db/data-lock.ts).
const CheckedEnv = Env.refine((e) => (e.WORKERS ?? 1) === 1 || !!e.DATABASE_URL, {
  path: ['WORKERS'],
  message:
    'more than one worker needs PostgreSQL (DATABASE_URL): the embedded database (PGlite) is one process per data folder. / 2つ以上のワーカーには PostgreSQL (DATABASE_URL) が必要です(組み込みDBは1つのデータフォルダを1プロセスでしか使えません)。',
});

export type Config = {
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  cookieSecure: 'auto' | 'true' | 'false';
  sessionDays: number;
  sessionCacheSeconds: number;
  activeRequests: number;
  trustProxy: boolean;
  logLevel: LogLevel;
  logFormat: LogFormat;
  metricsToken?: string;
  companyTz: string;
  workers: number;
  shutdownTimeoutSeconds: number;
  oidcClientSecret?: string;
  webhookAllowPrivate: boolean;
  webhookTimeoutMs: number;
  slackBotToken?: string;
  slackApiUrl: string;
};

/** WORKERS unset: one server per core on PostgreSQL; PGlite lives in one process (docs/decisions/0018). */
export const defaultWorkers = (databaseUrl?: string): number => (databaseUrl ? availableParallelism() : 1);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = CheckedEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    publicUrl: e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    cookieSecure: e.COOKIE_SECURE,
    sessionDays: e.SESSION_DAYS,
    sessionCacheSeconds: e.SESSION_CACHE_SECONDS,
    activeRequests: e.ACTIVE_REQUESTS,
    trustProxy: e.TRUST_PROXY === 'true',
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (process.stdout.isTTY ? 'text' : 'json'),
    metricsToken: e.METRICS_TOKEN,
    companyTz: e.COMPANY_TZ,
    workers: e.WORKERS ?? defaultWorkers(e.DATABASE_URL),
    shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS,
    oidcClientSecret: e.OIDC_CLIENT_SECRET,
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE === 'true',
    webhookTimeoutMs: e.WEBHOOK_TIMEOUT_SECONDS * 1000,
    slackBotToken: e.SLACK_BOT_TOKEN,
    slackApiUrl: e.SLACK_API_URL,
  };
}

export function testConfig(over: Partial<Config> = {}): Config {
  // No session cache: tests change people in the database directly, as another process would
  // (tests/integration/session-cache.test.ts runs with it on).
  return { ...loadConfig({ LOG_LEVEL: 'silent', SESSION_CACHE_SECONDS: '0' } as NodeJS.ProcessEnv), ...over };
}
