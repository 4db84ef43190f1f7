// Child process: a bare Hono app with one JSON route, the denominator of every ratio in the report.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ ok: true }));

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.send?.({ port: info.port });
});

process.on('SIGTERM', () => {
  server.close();
  process.exit(0);
});
