import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rowsOf } from '../../src/db/rows';
import { insightSnapshots } from '../../src/db/schema';
import { readAggregate } from '../../src/domain/aggregates/read';
import { defineAggregate } from '../../src/domain/aggregates/registry';
import { startQueue } from '../../src/jobs/queue';
import { makeTestApp, type TestApp } from '../support/harness';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

/** A kind of the test's own: registered by name like the app's, so the refresh job finds it. */
const kind = (name: string, key: string, ttlMs: number, compute: () => Promise<{ n: number }>) =>
  defineAggregate({ name, params: z.strictObject({}), key: () => key, ttlMs, compute: () => compute() });
const read = (k: ReturnType<typeof kind>, refresh = false) => readAggregate(t.deps, k, {}, { refresh });
const age = (key: string) =>
  t.db.update(insightSnapshots).set({ computedAt: sql`now() - interval '2 minutes'` }).where(eq(insightSnapshots.key, key));

describe('stored aggregates', () => {
  it('computes once when missing, answers fresh ones from the store, and refreshes stale ones in the background', async () => {
    let runs = 0;
    const a = kind('test.a', 'test:a', 60_000, async () => ({ n: ++runs }));
    const first = await read(a);
    expect(first.n).toBe(1);
    expect((await read(a)).n).toBe(1);
    // Age it past its time to live: the reader gets the stored answer at once, not a wait.
    await age('test:a');
    const stale = await read(a);
    expect(stale.n).toBe(1);
    // The refresh is a job: run it as a worker would.
    await t.drain();
    expect(runs).toBe(2);
    const after = await read(a);
    expect(after.n).toBe(2);
    expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(stale.asOf));
  });

  it('recomputes now when asked to refresh, unless counted moments ago with nothing changed since', async () => {
    let runs = 10;
    const b = kind('test.b', 'test:b', 60_000, async () => ({ n: ++runs }));
    await read(b);
    // Counted a moment ago and nothing changed: a refresh (a button pressed again and again) answers that count.
    expect((await read(b, true)).n).toBe(11);
    await age('test:b');
    expect((await read(b, true)).n).toBe(12);
  });

  it('keeps the stored answer when a background refresh fails', async () => {
    let compute = async () => ({ n: 1 });
    const c = kind('test.c', 'test:c', 60_000, () => compute());
    // The same aggregate read with a longer time to live: the stored one is still fresh for it.
    const patient = kind('test.c-patient', 'test:c', 600_000, () => compute());
    await read(c);
    await age('test:c');
    compute = () => Promise.reject(new Error('boom'));
    expect((await read(c)).n).toBe(1);
    await expect(t.drain()).rejects.toThrow('boom');
    compute = async () => ({ n: 2 });
    expect((await read(patient)).n).toBe(1);
  });

  it('two servers reading a stale aggregate at once queue one refresh, which runs once', async () => {
    // A second server: its own job queue (pg-boss instance) on the same database.
    const other = await startQueue(t.handle, t.deps.log);
    try {
      let runs = 0;
      const d = kind('test.d', 'test:d', 60_000, async () => ({ n: ++runs }));
      await read(d);
      await age('test:d');
      const answers = await Promise.all([read(d), readAggregate({ db: t.db, jobs: other }, d, {}), read(d)]);
      expect(answers.map((x) => x.n)).toEqual([1, 1, 1]);
      const queued = await t.db.execute(
        sql`select count(*)::int as n from pgboss.job where name = 'aggregate.refresh' and singleton_key = 'test:d'`,
      );
      expect(rowsOf<{ n: number }>(queued)[0]!.n).toBe(1);
      expect(await t.drain()).toBe(1);
      expect(runs).toBe(2);
      expect(await t.drain()).toBe(0);
    } finally {
      await other.stop();
    }
  });
});
