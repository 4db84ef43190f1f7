import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Received = { path: string; headers: IncomingMessage['headers']; body: string };

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

/**
 * Real HTTP receivers for webhook tests, on one local port: /ok answers 200, /fail 500, /slow answers only
 * after `slowMs` (longer than the test's timeout). /api/* is a Slack Web API stand-in: users.lookupByEmail
 * (people in `slackUsers`, which the test may fill later) and chat.postMessage, both requiring the bot token. Everything received is kept.
 */
export async function startWebhookSink(opts: { slowMs?: number; token?: string; slackUsers?: Record<string, string> } = {}) {
  const received: Received[] = [];
  const slackUsers = opts.slackUsers ?? {};
  const server = createServer(async (req, res) => {
    const body = await read(req);
    const path = req.url ?? '/';
    received.push({ path, headers: req.headers, body });
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(value));
    };
    if (path.startsWith('/api/')) {
      if (req.headers.authorization !== `Bearer ${opts.token}`) return json(200, { ok: false, error: 'invalid_auth' });
      if (path === '/api/users.lookupByEmail') {
        const id = slackUsers[new URLSearchParams(body).get('email') ?? ''];
        return json(200, id ? { ok: true, user: { id } } : { ok: false, error: 'users_not_found' });
      }
      if (path === '/api/chat.postMessage') {
        const msg = JSON.parse(body) as { channel?: string; text?: string };
        return json(
          200,
          Object.values(slackUsers).includes(msg.channel ?? '') && msg.text
            ? { ok: true, ts: '1.0' }
            : { ok: false, error: 'channel_not_found' },
        );
      }
      return json(200, { ok: false, error: 'unknown_method' });
    }
    if (path.startsWith('/slow')) await new Promise((r) => setTimeout(r, opts.slowMs ?? 3000));
    if (path.startsWith('/fail')) return json(500, { error: 'down' });
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  // Longer than the sender's idle keep-alive (undici: 4 s), so the sender always drops an idle connection first: a
  // server closing one just as it is reused answers ECONNRESET, which failed deliveries on a loaded machine.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    /** Slack's people by address (may be filled after the start). */
    slackUsers,
    to: (path: string) => received.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
export type WebhookSink = Awaited<ReturnType<typeof startWebhookSink>>;
