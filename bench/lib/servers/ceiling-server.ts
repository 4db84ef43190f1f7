// Child process: the raw-SQL ceiling of a scenario. A bare node:http server that answers GET /<id> by
// sending the statements Mendan sent for that request (captured by sql-capture.ts) through `pg`, with the
// app's pool size, and writing every result's rows as JSON. No framework, no session, no validation: what
// is left is the database's work and the loopback, the most any server could get out of these queries.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

type Stmt = { text: string; name?: string; values: unknown[] };
/** Statements sent together (the app awaited them at once) form one group; groups run one after another. */
type Route = { groups: Stmt[][]; inTransaction: boolean };

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.CEILING_POOL ?? 10) });
pool.on('error', () => {});
const routes = new Map<string, Route>();

process.on('message', (m: { route?: { id: string } & Route }) => {
  if (!m?.route) return;
  routes.set(m.route.id, m.route);
  process.send?.({ registered: m.route.id });
});

async function run(route: Route): Promise<unknown[][]> {
  const out: unknown[][] = [];
  if (route.inTransaction) {
    // BEGIN … COMMIT must stay on one connection, in order.
    const client = await pool.connect();
    try {
      for (const g of route.groups) for (const s of g) out.push((await client.query(s)).rows);
    } finally {
      client.release();
    }
    return out;
  }
  for (const g of route.groups) {
    const results = await Promise.all(g.map((s) => pool.query(s)));
    for (const r of results) out.push(r.rows);
  }
  return out;
}

const server = http.createServer((req, res) => {
  const route = routes.get((req.url ?? '/').slice(1));
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  run(route).then(
    (rows) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows)),
    (err: Error) => res.writeHead(500).end(err.message),
  );
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
