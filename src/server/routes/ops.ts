import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../context';
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
