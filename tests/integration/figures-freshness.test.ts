import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows';
import { insightSnapshots } from '../../src/db/schema';
import { FIGURES_MAX_AGE_MS } from '../../src/domain/shared/figures';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

/**
 * Issue 15.4: a round's figures after a submission are never older than the stated bound, a write marks
 * them behind and queues their recount, and 「最新に更新」 recounts at once — throttled, and allowed to
 * exactly those who may read them.
 */
let t: TestApp;
let org: Org;
let hr: TestClient;
let mgr: TestClient;
let emp: TestClient;
let roundId: string;
let interviewId: string;
let interviewOf: (employeeId: string) => string;

type Progress = { total: { total: number; sheetSubmitted: number; done: number }; asOf: string };
const progress = async (c: TestClient, refresh = false) => {
  const res = await c.get(`/api/v1/rounds/${roundId}/progress${refresh ? '?refresh=true' : ''}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Progress;
};
const ageMs = (p: { asOf: string }) => Date.now() - Date.parse(p.asOf);
const stored = async (key: string) => {
  const [row] = await t.db.select().from(insightSnapshots).where(eq(insightSnapshots.key, key));
  return row!;
};
/** Time passing for one stored aggregate: its count becomes `ms` older. */
const olderBy = (key: string, ms: number) =>
  t.db
    .update(insightSnapshots)
    .set({ computedAt: sql`${insightSnapshots.computedAt} - ${`${ms} milliseconds`}::interval` })
    .where(eq(insightSnapshots.key, key));
const queued = async (key: string) =>
  rowsOf<{ state: string; due: boolean }>(
    await t.db.execute(
      sql`select state::text as state, start_after <= now() as due from pgboss.job where name = 'aggregate.refresh' and singleton_key = ${key} and state < 'completed'`,
    ),
  );
/** The queued recount's few seconds pass (RECOUNT_DELAY_S), as for a worker polling later. */
const letDelayPass = (key: string) =>
  t.db.execute(
    sql`update pgboss.job set start_after = now() where name = 'aggregate.refresh' and singleton_key = ${key} and state = 'created'`,
  );

async function submitSheet(c: TestClient, id: string) {
  const answers = {
    currentIssues: { value: '引き継ぎが多い' },
    careerGoals: { value: { short: '設計を任される', mid: '', long: '' } },
    currentEfforts: { value: '設計レビューの主担当' },
  };
  expect((await c.put(`/api/v1/interviews/${id}/forms/sheet/answers`, { answers })).status).toBe(200);
  const res = await c.post(`/api/v1/interviews/${id}/forms/sheet/submit`);
  expect(res.status, await res.clone().text()).toBe(200);
}

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  mgr = await t.client().login(org.manager.email);
  emp = await t.client().login(org.report.email);
  const r = await launchRound(t, hr, [org.report.id, org.report2.id, org.otherReport.id]);
  roundId = r.roundId;
  interviewOf = r.interviewOf;
  interviewId = r.interviewOf(org.report.id);
});
afterAll(() => t.close());

describe('a round’s figures after a submission', () => {
  it('marks the stored count behind and queues its recount; the next read after it shows the submission', async () => {
    const before = await progress(hr);
    expect(before.total).toMatchObject({ total: 3, sheetSubmitted: 0 });
    await submitSheet(emp, interviewId);
    const key = `progress:${roundId}`;
    const row = await stored(key);
    expect(row.changes).toBeGreaterThan(row.counted);
    // One recount queued, a few seconds on (a burst of submissions costs one pass).
    expect(await queued(key)).toEqual([{ state: 'created', due: false }]);
    // Read before it ran: what is stored, within the bound, and dated.
    const meanwhile = await progress(hr);
    expect(meanwhile.asOf).toBe(before.asOf);
    expect(ageMs(meanwhile)).toBeLessThan(FIGURES_MAX_AGE_MS);
    await letDelayPass(key);
    expect(await t.drain()).toBeGreaterThanOrEqual(1);
    const after = await progress(hr);
    expect(after.total.sheetSubmitted).toBe(1);
    expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(before.asOf));
    expect((await stored(key)).counted).toBe((await stored(key)).changes);
  });

  it('are recounted before they are answered once older than the bound, even with no worker running', async () => {
    const key = `progress:${roundId}`;
    await progress(hr);
    expect((await mgr.post(`/api/v1/interviews/${interviewOf(org.report2.id)}/held`)).status).toBe(200);
    // No job runs here: only the reader's own rule keeps the figures within the bound.
    await olderBy(key, FIGURES_MAX_AGE_MS + 1_000);
    const p = await progress(hr);
    expect(ageMs(p)).toBeLessThan(FIGURES_MAX_AGE_MS);
    expect(p.total.done).toBe(1);
  });

  it('「最新に更新」 recounts at once after a submission, and shows the new 集計時刻', async () => {
    const other = await t.client().login(org.otherReport.email);
    const before = await progress(hr, true);
    await submitSheet(other, interviewOf(org.otherReport.id));
    // Asked for within moments of the last count: it waits out the floor (2 s), then counts.
    const started = Date.now();
    const after = await progress(hr, true);
    expect(after.total.sheetSubmitted).toBe(before.total.sheetSubmitted + 1);
    expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(before.asOf));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('is throttled: with nothing changed, a refresh moments after a count answers that count; many at once count once', async () => {
    const first = await progress(hr, true);
    const again = await progress(hr, true);
    expect(again.asOf).toBe(first.asOf);
    // Old enough to be recounted: three presses at once still make one pass (one 集計時刻 for all).
    await olderBy(`progress:${roundId}`, 60_000);
    const all = await Promise.all([progress(hr, true), progress(hr, true), progress(hr, true)]);
    expect(new Set(all.map((p) => p.asOf)).size).toBe(1);
    expect(Date.parse(all[0]!.asOf)).toBeGreaterThan(Date.parse(first.asOf) - 60_000);
  });

  it('refreshing is allowed to exactly those who may read the figures', async () => {
    for (const c of [mgr, emp]) {
      expect((await c.get(`/api/v1/rounds/${roundId}/progress`)).status).toBe(404);
      expect((await c.get(`/api/v1/rounds/${roundId}/progress?refresh=true`)).status).toBe(404);
      expect((await c.get(`/api/v1/rounds/${roundId}/ratings?refresh=true`)).status).toBe(404);
      expect((await c.get('/api/v1/insight/outcomes?from=2026-01-01&to=2026-12-31&refresh=true')).status).toBe(404);
    }
    expect((await t.client().get(`/api/v1/rounds/${roundId}/progress?refresh=true`)).status).toBe(401);
    expect((await hr.get(`/api/v1/rounds/${roundId}/ratings?refresh=true`)).status).toBe(200);
  });
});

describe('an interviewer’s own funnel', () => {
  it('is marked by their people’s writes, dated, and refreshable by them', async () => {
    const first = (await (await mgr.get('/api/v1/me/team-progress')).json()) as { asOf: string };
    const key = `team:${org.manager.id}`;
    const counted = (await stored(key)).counted;
    await emp.post(`/api/v1/interviews/${interviewId}/forms/sheet/withdraw`);
    expect((await stored(key)).changes).toBeGreaterThan(counted);
    const res = await mgr.get('/api/v1/me/team-progress?refresh=true');
    expect(res.status).toBe(200);
    const after = (await res.json()) as { asOf: string };
    expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(first.asOf));
    expect((await stored(key)).counted).toBe((await stored(key)).changes);
  });
});

describe('bulk changes to whose interviews these are', () => {
  // The funnels' TTL is a safety net of minutes (PROGRESS_TTL_MS): bulk writes must mark them themselves.
  it('a reassignment marks the old and the new interviewer’s funnels behind; their next read queues the recount', async () => {
    const other = await t.client().login(org.otherManager.email);
    for (const c of [mgr, other]) expect((await c.get('/api/v1/me/team-progress')).status).toBe(200);
    const mine = `team:${org.manager.id}`;
    const theirs = `team:${org.otherManager.id}`;
    const before = { mine: await stored(mine), theirs: await stored(theirs) };
    const res = await hr.post(`/api/v1/rounds/${roundId}/reassign`, {
      interviewIds: [interviewOf(org.report.id)],
      interviewerId: org.otherManager.id,
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await stored(mine)).changes).toBeGreaterThan(before.mine.changes);
    expect((await stored(theirs)).changes).toBeGreaterThan(before.theirs.changes);
    // Marked, not queued by the write (a launch may touch thousands): the reader queues it.
    expect(await queued(theirs)).toEqual([]);
    await other.get('/api/v1/me/team-progress');
    expect((await queued(theirs)).length).toBe(1);
    await letDelayPass(theirs);
    await t.drain();
    const after = (await (await other.get('/api/v1/me/team-progress')).json()) as { items: { round: { id: string } }[] };
    expect(after.items.map((i) => i.round.id)).toContain(roundId);
  });

  it('a launch marks the funnel of each interviewer it gives people to', async () => {
    const key = `team:${org.manager.id}`;
    await mgr.get('/api/v1/me/team-progress?refresh=true');
    const before = await stored(key);
    expect(before.changes).toBe(before.counted);
    await launchRound(t, hr, [org.report2.id], { name: '2027年度上期キャリア面談' });
    expect((await stored(key)).changes).toBeGreaterThan(before.counted);
  });
});
