import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { admission } from './admission';

/** An app whose handler holds each request until the test lets it go, counting those at work. */
function held(limit: number) {
  const app = new Hono();
  const release: Record<string, () => void> = {};
  const started: string[] = [];
  let atWork = 0;
  let most = 0;
  app.use('/api/*', admission(limit));
  app.get('/api/v1/health', (c) => c.json({ ok: true }));
  app.get('/api/work/:id', async (c) => {
    const id = c.req.param('id');
    started.push(id);
    most = Math.max(most, ++atWork);
    await new Promise<void>((r) => {
      release[id] = r;
    });
    atWork--;
    return c.text(id);
  });
  const tick = () => new Promise((r) => setTimeout(r, 5));
  return { app, release, started, most: () => most, tick };
}

describe('admission', () => {
  it('lets `limit` requests work at once and the others in, in the order they came', async () => {
    const h = held(2);
    const answers = ['a', 'b', 'c', 'd', 'e'].map((id) => h.app.request(`/api/work/${id}`));
    await h.tick();
    expect(h.started).toEqual(['a', 'b']);
    h.release.b!();
    await h.tick();
    expect(h.started).toEqual(['a', 'b', 'c']);
    h.release.a!();
    await h.tick();
    expect(h.started).toEqual(['a', 'b', 'c', 'd']);
    for (const id of ['c', 'd']) h.release[id]!();
    await h.tick();
    h.release.e!();
    expect(await Promise.all(answers.map(async (r) => (await r).text()))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(h.most()).toBe(2);
  });

  it('never makes a health check wait, and frees the slot of a request that failed', async () => {
    const h = held(1);
    const first = h.app.request('/api/work/a');
    await h.tick();
    expect((await h.app.request('/api/v1/health')).status).toBe(200);
    const missing = h.app.request('/api/nothing-here');
    h.release.a!();
    expect((await first).status).toBe(200);
    expect((await missing).status).toBe(404);
    const next = h.app.request('/api/work/b');
    await h.tick();
    expect(h.started).toEqual(['a', 'b']);
    h.release.b!();
    expect(await (await next).text()).toBe('b');
  });

  it('hands a slot over on the next turn of the event loop, so a queue of quick requests lets other work in between', async () => {
    // Quick handlers finish without going back to the loop (as statements on the embedded database do): handed over
    // at once, the whole queue ran in one turn, and the server accepted no new connection meanwhile.
    const app = new Hono();
    app.use('/api/*', admission(1));
    let done = 0;
    app.get('/api/quick', async (c) => {
      await Promise.resolve();
      done++;
      return c.text('ok');
    });
    const answers = Array.from({ length: 50 }, () => app.request('/api/quick'));
    const doneAtNextTurn = await new Promise<number>((r) => setImmediate(() => r(done)));
    await Promise.all(answers);
    expect(done).toBe(50);
    expect(doneAtNextTurn).toBeLessThan(5);
  });
});
