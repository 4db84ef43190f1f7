import { createHash, timingSafeEqual } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { Context, Handler } from 'hono';
import type { AppDeps, AppEnv } from '../context';
import { type HttpMetrics, renderMetrics } from '../metrics';
import { ok } from '../openapi';
import { router } from '../router';

// For operators and load balancers: public (middleware/gate.ts, and no security in the document), and
// never an answer that names data.
const tags = ['operations'];
const security: [] = [];

const Health = z.strictObject({ ok: z.boolean(), driver: z.enum(['pglite', 'pg']) }).meta({ id: 'Health' });
const Readiness = z
  .strictObject({ ok: z.boolean(), database: z.enum(['ok', 'unavailable']), queue: z.enum(['ok', 'stopped']) })
  .meta({ id: 'Readiness' });
type Ready = z.infer<typeof Readiness>;

// A probe must answer even when a pool waits forever for a connection.
const READY_TIMEOUT_MS = 2000;

export const opsRoutes = router()
  // Liveness: the process answers. No database: a slow database must not get a live process restarted.
  .openapi(createRoute({ method: 'get', path: '/health', tags, security, responses: ok(Health, 'The process is alive') }), (c) =>
    c.json({ ok: true, driver: c.get('deps').driver }, 200),
  )
  // Readiness: this process can serve requests now (the database answers, the job queue runs).
  .openapi(
    createRoute({
      method: 'get',
      path: '/ready',
      tags,
      security,
      // Written out: spreading ok() with a second status turns the keys into strings and loses the typing.
      responses: {
        200: { description: 'Ready to serve', content: { 'application/json': { schema: Readiness } } },
        503: {
          description: 'Not ready: the database does not answer or the job queue is stopped',
          content: { 'application/json': { schema: Readiness } },
        },
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      const failure = await databaseFailure(deps);
      const database: Ready['database'] = failure ? 'unavailable' : 'ok';
      const queue: Ready['queue'] = deps.jobs.running() ? 'ok' : 'stopped';
      if (database === 'ok' && queue === 'ok') return c.json({ ok: true, database, queue }, 200);
      c.get('log').warn({ database, queue, reason: failure ?? undefined }, 'not ready');
      return c.json({ ok: false, database, queue }, 503);
    },
  );

/** Why `select 1` failed (or took too long), or null when the database answered. */
async function databaseFailure(deps: AppDeps): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([deps.db.execute(sql`select 1`), timeout]);
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /metrics (Prometheus text format), outside /api/v1 and the OpenAPI document: it is for a scraper,
 * not for the app's clients, and answers text, not the API's JSON. Who may read it (decision 0012):
 * with METRICS_TOKEN set, a caller sending `Authorization: Bearer <token>`, from anywhere; without it,
 * only a caller on this machine (loopback) with no proxy in between. Anyone else gets the plain 404 of
 * an unknown path, so the internet does not even learn it exists.
 */
export function metricsRoute(deps: AppDeps, http: HttpMetrics): Handler<AppEnv> {
  return async (c) => {
    if (!mayReadMetrics(c, deps)) return c.notFound();
    return c.body(await renderMetrics(deps, http), 200, {
      'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
      'Cache-Control': 'no-store',
    });
  };
}

function mayReadMetrics(c: Context<AppEnv>, deps: AppDeps): boolean {
  const { metricsToken, trustProxy } = deps.config;
  if (metricsToken) return sameSecret(c.req.header('authorization') ?? '', `Bearer ${metricsToken}`);
  // A proxy on this machine makes every caller look local: behind one, only the token opens /metrics.
  if (trustProxy || c.req.header('x-forwarded-for') !== undefined || c.req.header('forwarded') !== undefined) return false;
  const peer = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
  return peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
}

// Hashing first makes the comparison constant-time whatever the lengths.
const digest = (s: string) => createHash('sha256').update(s).digest();
const sameSecret = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));
