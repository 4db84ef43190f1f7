import { and, eq, SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/client';
import { rowsOf } from '../../src/db/rows';
import { formAnswers, formResponses, insightSnapshots, rounds } from '../../src/db/schema';
import { jobHandlers } from '../../src/jobs/handlers';
import { drainJobs, startQueue } from '../../src/jobs/queue';
import { createApp } from '../../src/server/app';
import { makeEmployee } from '../support/factories';
import { type TestApp, TestClient } from '../support/harness';
import { orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

type Themes = {
  asOf: string | null;
  respondents: number;
  previousRound: { id: string } | null;
  running: { done: number; total: number } | null;
};

let t: TestApp;
let hr: TestClient;
let earlier: string;
let current: string;

/** Factory: a submitted sheet with one free-text answer. */
async function sheet(roundId: string, interviewId: string, text: string) {
  const [round] = await t.db.select().from(rounds).where(eq(rounds.id, roundId));
  const [r] = await t.db
    .insert(formResponses)
    .values({ interviewId, kind: 'sheet', status: 'submitted', templateVersionId: round!.sheetVersionId!, submittedAt: new Date() })
    .returning();
  await t.db.insert(formAnswers).values({ responseId: r!.id, fieldId: 'currentIssues', value: text });
}

const jobsOf = async (name: string, key: string) =>
  rowsOf<{ state: string }>(await t.db.execute(sql`select state from pgboss.job where name = ${name} and singleton_key = ${key}`));

/**
 * The database as a job sees it, holding (or failing) the count's page query number `at` until released:
 * a way to look at a count half done.
 */
function pausedAtPage(db: Db, at: number, fail = false) {
  const dialect = new PgDialect();
  let pages = 0;
  let reached!: () => void;
  let release!: () => void;
  const atPage = new Promise<void>((r) => {
    reached = r;
  });
  const released = new Promise<void>((r) => {
    release = r;
  });
  const paused = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop !== 'execute') return typeof value === 'function' ? value.bind(target) : value;
      return async (query: Parameters<Db['execute']>[0]) => {
        if (query instanceof SQL && dialect.sqlToQuery(query).sql.includes('with page as') && ++pages === at) {
          reached();
          if (fail) throw new Error('the server died');
          await released;
        }
        return target.execute(query);
      };
    },
  });
  return { db: paused, atPage, release };
}

beforeAll(async () => {
  let org: Awaited<ReturnType<typeof orgApp>>['org'];
  ({ t, org, hr } = await orgApp());
  const people = await Promise.all(
    [1, 2, 3, 4, 5, 6].map(() => makeEmployee(t.db, { departmentId: org.team.id, managerId: org.manager.id })),
  );
  const ids = people.map((p) => p.id);
  const old = await launchRound(t, hr, ids, {
    name: '前回の面談',
    periodStart: '2025-12-01',
    periodEnd: '2026-01-31',
    prepDueOn: '2025-12-20',
  });
  const now = await launchRound(t, hr, ids);
  [earlier, current] = [old.roundId, now.roundId];
  for (const p of people) {
    await sheet(earlier, old.interviewOf(p.id), '研修のこと。');
    await sheet(current, now.interviewOf(p.id), '介護のこと。');
  }
  await t.drain();
});
afterAll(() => t.close());

describe('stored aggregates as jobs', () => {
  it('two app servers reading a stale funnel at once queue one refresh job, which runs once', async () => {
    const url = `/api/v1/rounds/${current}/progress`;
    const first = (await (await hr.get(url)).json()) as { asOf: string };
    await t.db
      .update(insightSnapshots)
      // Past the funnel's TTL (2 minutes), within the bound it may still be answered in (5).
      .set({ computedAt: sql`now() - interval '3 minutes'` })
      .where(eq(insightSnapshots.key, `progress:${current}`));
    // A second server: its own app and job queue on the same database; HR's session is valid on both.
    const other = await startQueue(t.handle, t.deps.log);
    try {
      const there = new TestClient(createApp({ ...t.deps, jobs: other }));
      there.cookies = new Map(hr.cookies);
      const answers = await Promise.all([hr.get(url), there.get(url), hr.get(url), there.get(url)]);
      const asOf = await Promise.all(answers.map(async (r) => ((await r.json()) as { asOf: string }).asOf));
      expect(new Set(asOf).size).toBe(1);
      expect(asOf[0]).not.toBe(first.asOf);
      expect(await jobsOf('aggregate.refresh', `progress:${current}`)).toEqual([{ state: 'created' }]);
      expect(await t.drain()).toBe(1);
      expect(await jobsOf('aggregate.refresh', `progress:${current}`)).toEqual([{ state: 'completed' }]);
      const after = (await (await there.get(url)).json()) as { asOf: string };
      expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(asOf[0]!));
      expect(await t.drain()).toBe(0);
    } finally {
      await other.stop();
    }
  });

  it('the themes count is a job: its progress shows while it runs, the result after', async () => {
    const url = `/api/v1/insight/themes/${current}`;
    const queued = (await (await hr.get(url)).json()) as Themes;
    expect(queued).toMatchObject({ asOf: null, running: { done: 0, total: 0 } });
    // The current round's page is counted, then the earlier round's (never counted): hold the job there.
    const job = pausedAtPage(t.db, 2);
    const running = drainJobs({ ...t.deps, db: job.db }, jobHandlers);
    await job.atPage;
    const half = (await (await hr.get(url)).json()) as Themes;
    expect(half).toMatchObject({ asOf: null, running: { done: 6, total: 12 } });
    job.release();
    expect(await running).toBe(1);
    const counted = (await (await hr.get(url)).json()) as Themes;
    expect(counted).toMatchObject({ respondents: 6, previousRound: { id: earlier }, running: null });
    expect(counted.asOf).not.toBeNull();
  });

  it('a count whose try died is retried by pg-boss and counts from the start', async () => {
    const url = `/api/v1/insight/themes/${earlier}`;
    expect(((await (await hr.get(url)).json()) as Themes).running).toMatchObject({ done: 0 });
    // The earlier round has no round before it: one page. Its try dies on that page.
    const job = pausedAtPage(t.db, 1, true);
    await expect(drainJobs({ ...t.deps, db: job.db }, jobHandlers)).rejects.toThrow('the server died');
    // Still under way: pg-boss retries it (after its delay, brought forward here).
    expect(((await (await hr.get(url)).json()) as Themes).running).not.toBeNull();
    expect(await jobsOf('themes.count', `themes:${earlier}`)).toEqual([{ state: 'retry' }]);
    await t.db.execute(sql`update pgboss.job set start_after = now() where name = 'themes.count' and state = 'retry'`);
    expect(await t.drain()).toBe(1);
    const counted = (await (await hr.get(url)).json()) as Themes;
    expect(counted).toMatchObject({ respondents: 6, running: null });
    const [run] = await t.db
      .select()
      .from(insightSnapshots)
      .where(and(eq(insightSnapshots.key, `themes:${earlier}:run`)));
    expect(run).toBeUndefined();
  });
});
