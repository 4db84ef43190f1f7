import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { TURN_MS } from '../../src/db/pglite-turns';
import { openTestDb } from '../support/harness';

// The embedded database runs statements on the server's own thread (issue 16): a long run of them must still let
// the event loop turn — accept connections, read requests, fire timers — every TURN_MS or so.
let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(() => h.close());

describe('statements and the event loop', () => {
  it('a chain of statements gives the loop a turn at least every few TURN_MS', async () => {
    let last = performance.now();
    let widest = 0;
    let turning = true;
    const tick = () => {
      const now = performance.now();
      widest = Math.max(widest, now - last);
      last = now;
      if (turning) setImmediate(tick);
    };
    setImmediate(tick);
    const started = performance.now();
    let statements = 0;
    // Statements alone and in transactions, as requests send them, for long enough to need several turns.
    while (performance.now() - started < 20 * TURN_MS) {
      await h.db.execute(sql`select count(*) from employees`);
      await h.db.transaction(async (tx) => {
        for (let i = 0; i < 5; i++) await tx.execute(sql`select ${i}::int as n`);
      });
      statements += 8;
    }
    turning = false;
    // The gap up to the first turn after the chain counts too.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(statements).toBeGreaterThan(50);
    // On PostgreSQL every statement is a round trip over a socket: the loop turns anyway.
    expect(widest).toBeLessThan(5 * TURN_MS);
  });
});
