// Loaded into the bench's app server: records the SQL one request sends through `pg` (text, values, and
// when each was sent and answered), so that the raw-SQL ceiling (bench/lib/ceiling.ts) replays exactly
// the database work Mendan did. Off until the parent asks; the job queue's own statements are left out.
import pg from 'pg';

/** `name`: a prepared (named) statement, which the ceiling prepares too, once per connection as pg does. */
export type Captured = { text: string; name?: string; values: unknown[]; sentAt: number; doneAt: number };

let capturing: Captured[] | null = null;
const QUEUE = /pgboss|^\s*(listen|unlisten|notify)\b/i;

type Query = (...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as unknown as Query;
(pg.Client.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args: unknown[]) {
  const list = capturing;
  const config = args[0] as string | { text?: string; name?: string; values?: unknown[] };
  const text = typeof config === 'string' ? config : config?.text;
  if (!list || typeof text !== 'string' || QUEUE.test(text)) return original.apply(this, args);
  const values = (Array.isArray(args[1]) ? args[1] : typeof config === 'object' ? config.values : undefined) ?? [];
  const name = typeof config === 'object' ? config.name : undefined;
  const entry: Captured = { text, name, values, sentAt: performance.now(), doneAt: Number.POSITIVE_INFINITY };
  list.push(entry);
  const done = () => {
    entry.doneAt = performance.now();
  };
  // pg.Pool calls with a callback (no promise back); drizzle's clients without one.
  const last = args.length - 1;
  if (typeof args[last] === 'function') {
    const cb = args[last] as (...a: unknown[]) => void;
    args[last] = (...a: unknown[]) => {
      done();
      cb(...a);
    };
  }
  const result = original.apply(this, args) as Promise<unknown> | undefined;
  result?.then?.(done, done);
  return result;
};

/** The parent's IPC: `{ capture: 'start' }` begins a recording, `{ capture: 'stop' }` sends it back. */
process.on('message', (m: { capture?: 'start' | 'stop' }) => {
  if (m?.capture === 'start') {
    capturing = [];
    process.send?.({ captureStarted: true });
  } else if (m?.capture === 'stop') {
    const list = capturing ?? [];
    capturing = null;
    process.send?.({ captured: list });
  }
});
