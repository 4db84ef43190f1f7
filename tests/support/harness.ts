import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { testConfig } from '../../src/config';
import type { DbHandle } from '../../src/db/client';
import { openReadyDb } from '../../src/bootstrap';
import { drainJobs, startQueue } from '../../src/jobs/queue';
import { jobHandlers } from '../../src/jobs/handlers';
import { createLogger } from '../../src/log';
import { createMailer } from '../../src/mail/mailer';
import { createApp } from '../../src/server/app';
import type { AppDeps } from '../../src/server/context';

let image: Promise<Blob> | undefined;
/** The run's migrated template (tests/support/global-setup.ts), read once per test file. */
const pgliteImage = () => (image ??= readFile(inject('pgliteImage')).then((b) => new Blob([b])));

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/** A fresh, migrated database per call: PGlite in memory, or a clone of the PostgreSQL template. */
export async function openTestDb(): Promise<DbHandle> {
  if (process.env.TEST_DB !== 'pg') return openReadyDb({ dataDir: 'memory://', pgliteImage: await pgliteImage() });
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `mendan_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE mendan_template`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const h = await openReadyDb({ databaseUrl: url.toString(), poolSize: 4, migrate: false });
  return {
    ...h,
    close: async () => {
      await h.close().catch(() => {});
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * An app on a fresh database with a started job queue (no polling workers): tests run due jobs
 * with `drain()`, so what a job does is awaited and asserted like any request. Mail goes over SMTP
 * (as a `mail.send` job) when the config given has an smtpUrl, else to the outbox.
 */
export async function makeTestApp(over: Partial<AppDeps> = {}) {
  const handle = await openTestDb();
  const config = over.config ?? testConfig();
  // Silent unless a test hands in its own (tests/support/log.ts captures the lines).
  const log = over.log ?? createLogger(config.logLevel);
  const jobs = await startQueue(handle, log);
  const deps: AppDeps = {
    db: handle.db,
    driver: handle.driver,
    config,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, jobs }),
    jobs,
    ...over,
    log,
  };
  const app = createApp(deps);
  return {
    app,
    deps,
    db: handle.db,
    handle,
    drain: () => drainJobs(deps, jobHandlers),
    close: async () => {
      await jobs.stop();
      await handle.close();
    },
    client: () => new TestClient(app),
  };
}

type Fetchable = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** A browser-like client: keeps cookies, sends the CSRF header like the web app does. */
export class TestClient {
  cookies = new Map<string, string>();
  constructor(
    private app: Fetchable,
    public ip = '10.0.0.1',
  ) {}

  get csrf() {
    return this.cookies.get('mendan_csrf');
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    // The first request of a fresh client fetches a CSRF cookie, as the SPA does on load.
    if (method !== 'GET' && !this.csrf && !('x-csrf-token' in headers)) await this.request('GET', '/api/v1/health');
    const h: Record<string, string> = { 'x-forwarded-for': this.ip, ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && this.csrf && !('x-csrf-token' in headers)) h['x-csrf-token'] = this.csrf;
    let payload: BodyInit | undefined;
    if (typeof body === 'string' || body instanceof Uint8Array) payload = body as BodyInit;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      h['content-type'] = 'application/json';
    }
    const res = await this.app.request(path, { method, headers: h, body: payload });
    for (const sc of res.headers.getSetCookie()) {
      const [pair, ...attrs] = sc.split(';');
      const idx = pair!.indexOf('=');
      const k = pair!.slice(0, idx).trim();
      const v = pair!.slice(idx + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=thu, 01 jan 1970/i.test(a));
      if (expired || v === '') this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    return res;
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, undefined, headers);
  post = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', path, body, headers);
  put = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('PUT', path, body, headers);
  patch = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('PATCH', path, body, headers);
  delete = (path: string, headers?: Record<string, string>) => this.request('DELETE', path, undefined, headers);

  async login(email: string, password = DEFAULT_PASSWORD) {
    const res = await this.post('/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${await res.text()}`);
    return this;
  }
}

export const DEFAULT_PASSWORD = 'correct horse battery';
