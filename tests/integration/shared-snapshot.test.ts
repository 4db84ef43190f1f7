import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightSnapshots } from '../../src/db/schema';
import { cachedAggregate, settleAggregates } from '../../src/domain/shared/snapshot';
import { makeTestApp, type TestApp } from '../support/harness';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe('stored aggregates', () => {
  it('computes once when missing, answers fresh ones from the store, and refreshes stale ones in the background', async () => {
    let runs = 0;
    const compute = async () => ({ n: ++runs });
    const first = await cachedAggregate(t.db, 'test:a', 60_000, compute);
    expect(first.n).toBe(1);
    expect((await cachedAggregate(t.db, 'test:a', 60_000, compute)).n).toBe(1);
    // Age it past its time to live: the reader gets the stored answer at once, not a wait.
    await t.db.update(insightSnapshots).set({ computedAt: sql`now() - interval '2 minutes'` }).where(eq(insightSnapshots.key, 'test:a'));
    const stale = await cachedAggregate(t.db, 'test:a', 60_000, compute);
    expect(stale.n).toBe(1);
    await settleAggregates();
    expect(runs).toBe(2);
    const after = await cachedAggregate(t.db, 'test:a', 60_000, compute);
    expect(after.n).toBe(2);
    expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(stale.asOf));
  });

  it('recomputes now when asked to refresh', async () => {
    let runs = 10;
    const compute = async () => ({ n: ++runs });
    await cachedAggregate(t.db, 'test:b', 60_000, compute);
    expect((await cachedAggregate(t.db, 'test:b', 60_000, compute, true)).n).toBe(12);
  });

  it('keeps the stored answer when a background refresh fails', async () => {
    await cachedAggregate(t.db, 'test:c', 60_000, async () => ({ n: 1 }));
    await t.db.update(insightSnapshots).set({ computedAt: sql`now() - interval '2 minutes'` }).where(eq(insightSnapshots.key, 'test:c'));
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect((await cachedAggregate<{ n: number }>(t.db, 'test:c', 60_000, () => Promise.reject(new Error('boom')))).n).toBe(1);
      await settleAggregates();
    } finally {
      console.warn = warn;
    }
    expect((await cachedAggregate(t.db, 'test:c', 600_000, async () => ({ n: 2 }))).n).toBe(1);
  });
});
