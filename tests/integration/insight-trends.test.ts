import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, insightSnapshots } from '../../src/db/schema';
import type { Actor } from '../../src/domain/actor';
import { trends } from '../../src/domain/insight/trends';
import { makeDepartment, makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let t: TestApp;
let org: Org;
let hr: TestClient;
let r1: string;
let r2: string;
type Person = Awaited<ReturnType<typeof makeEmployee>>;
const people: Record<string, Person> = {};

type Answers = Record<string, number | string | { value: number | string; hrOnly: boolean }>;

/** The employee fills in and submits the round's pre-survey through the API, as in the browser. */
async function answer(p: Person, interviewId: string, answers: Answers, submit = true) {
  const c = await t.client().login(p.email);
  const body = Object.fromEntries(
    Object.entries({ rewarding: 3, ...answers }).map(([k, v]) => [k, typeof v === 'object' ? v : { value: v }]),
  );
  expect((await c.put(`/api/v1/interviews/${interviewId}/forms/survey/answers`, { answers: body })).status).toBe(200);
  if (submit) expect((await c.post(`/api/v1/interviews/${interviewId}/forms/survey/submit`)).status).toBe(200);
}

// jobSatisfaction per person in round 1: A = 6 answers (one of them 人事のみ) + one draft; B = 3; C = 5.
const R1: Record<string, Answers> = {
  a1: { jobSatisfaction: 4 },
  a2: { jobSatisfaction: 4 },
  a3: { jobSatisfaction: 5 },
  a4: { jobSatisfaction: 3 },
  a5: { jobSatisfaction: 4, careerAnxiety: 4 },
  a6: { jobSatisfaction: { value: 2, hrOnly: true }, careerAnxiety: 4 },
  b1: { jobSatisfaction: 2, transferWish: { value: 'move', hrOnly: true } },
  b2: { jobSatisfaction: 3 },
  b3: { jobSatisfaction: 1, careerAnxiety: 2 },
  c1: { jobSatisfaction: 3 },
  c2: { jobSatisfaction: 3 },
  c3: { jobSatisfaction: 3 },
  c4: { jobSatisfaction: 4 },
  c5: { jobSatisfaction: 2, rewarding: 1, workload: 2 },
};

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  const depts = {
    a: await makeDepartment(t.db, { code: 'A1', name: '開発部' }),
    b: await makeDepartment(t.db, { code: 'B1', name: '営業部' }),
    c: await makeDepartment(t.db, { code: 'C1', name: '総務部' }),
  };
  for (const key of [...Object.keys(R1), 'a7']) {
    const dept = key[0] as 'a' | 'b' | 'c';
    people[key] = await makeEmployee(t.db, {
      departmentId: depts[dept].id,
      grade: dept === 'a' ? 'G2' : 'G1',
      // On 2025-04-01 (round 1): A more than ten years in, B and C less than one.
      hireDate: dept === 'a' ? '2015-01-01' : '2024-06-01',
    });
  }
  const ids = Object.values(people).map((p) => p.id);
  const round1 = await launchRound(t, hr, ids, {
    name: '2025年度キャリア面談',
    periodStart: '2025-04-01',
    periodEnd: '2025-06-30',
    prepDueOn: null,
  });
  r1 = round1.roundId;
  for (const [key, answers] of Object.entries(R1)) await answer(people[key]!, round1.interviewOf(people[key]!.id), answers);
  await answer(people.a7!, round1.interviewOf(people.a7!.id), { jobSatisfaction: 1 }, false);
  expect((await hr.post(`/api/v1/rounds/${r1}/close`)).status).toBe(200);
  const aTeam = ['a1', 'a2', 'a3', 'a4', 'a5'].map((k) => people[k]!);
  const round2 = await launchRound(
    t,
    hr,
    aTeam.map((p) => p.id),
    { name: '2026年度キャリア面談', periodStart: '2026-04-01', periodEnd: '2026-06-30', prepDueOn: null },
  );
  r2 = round2.roundId;
  for (const p of aTeam) await answer(p, round2.interviewOf(p.id), { jobSatisfaction: 5 });
}, 120_000);
afterAll(() => t.close());

type Point = { suppressed: boolean; average?: number; respondents?: number; distribution?: number[] } | null;
type Trends = {
  fields: { id: string; lowMeansWorry: boolean; label: { ja: string } }[];
  rounds: { id: string; name: string; pending: boolean; asOf: string | null }[];
  overall: Point[];
  groups: { key: string | null; name: string | null; points: Point[] }[];
};
const getTrends = async (q: string, c = hr) => {
  const res = await c.get(`/api/v1/insight/trends?${q}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Trends;
};

describe('trends (HR)', () => {
  it('averages each scale per round, 人事のみ answers included and drafts left out, oldest round first', async () => {
    const d = await getTrends('dimension=department&field=jobSatisfaction');
    expect(d.rounds.map((r) => r.name)).toEqual(['2025年度キャリア面談', '2026年度キャリア面談']);
    expect(d.overall[0]).toEqual({ suppressed: false, average: 3.07, respondents: 14, distribution: [1, 3, 5, 4, 1] });
    const a = d.groups.find((g) => g.name === '開発部')!;
    // (4 + 4 + 5 + 3 + 4 + 2) / 6: the 人事のみ 2 counts, the draft 1 does not.
    expect(a.points[0]).toEqual({ suppressed: false, average: 3.67, respondents: 6, distribution: [0, 1, 1, 3, 1] });
    expect(a.points[1]).toMatchObject({ suppressed: false, average: 5, respondents: 5 });
    expect(d.fields.find((f) => f.id === 'careerAnxiety')).toMatchObject({
      lowMeansWorry: true,
      label: { ja: '今後のキャリアに不安はない' },
    });
  });

  it('hides groups under five — and the next smallest, so the hidden one cannot be worked out from the total', async () => {
    const d = await getTrends('dimension=department&field=jobSatisfaction');
    const byName = (n: string) => d.groups.find((g) => g.name === n)!;
    expect(byName('営業部').points[0]).toEqual({ suppressed: true });
    expect(byName('総務部').points[0]).toEqual({ suppressed: true });
    // Not in round 2 at all: no point rather than a hidden one.
    expect(byName('営業部').points[1]).toBeNull();
    const anxiety = await getTrends('dimension=department&field=careerAnxiety');
    expect(anxiety.overall[0]).toEqual({ suppressed: true });
  });

  it('groups by grade and by tenure at the round’s start', async () => {
    const grade = await getTrends('dimension=grade&field=jobSatisfaction');
    expect(grade.groups.map((g) => [g.key, g.points[0]])).toEqual([
      ['G1', { suppressed: false, average: 2.63, respondents: 8, distribution: [1, 2, 4, 1, 0] }],
      ['G2', expect.objectContaining({ average: 3.67, respondents: 6 })],
    ]);
    const tenure = await getTrends('dimension=tenure&field=jobSatisfaction');
    expect(tenure.groups.map((g) => [g.key, g.points[0] && 'average' in g.points[0] ? g.points[0].average : null])).toEqual([
      ['lt1', 2.63],
      ['y10plus', 3.67],
    ]);
  });

  it('answers from snapshots: a closed round is computed once; a launched one on refresh', async () => {
    const at = async (id: string) =>
      (
        await t.db
          .select()
          .from(insightSnapshots)
          .where(eq(insightSnapshots.key, `trends:${id}`))
      )[0]!.computedAt.getTime();
    const [closed, running] = [await at(r1), await at(r2)];
    await getTrends('dimension=grade&field=rewarding&refresh=true');
    expect(await at(r1)).toBe(closed);
    expect(await at(r2)).toBeGreaterThan(running);
  });

  it('brings missing rounds up to date within a time budget, the rest in the background meanwhile pending', async () => {
    await t.db.delete(insightSnapshots).where(like(insightSnapshots.key, 'trends:%'));
    const actor: Actor = { id: org.hr.id, roles: new Set(['employee', 'hr']), locale: 'ja' };
    const first = await trends(t.db, { actor, jobs: t.deps.jobs, dimension: 'department', field: 'jobSatisfaction', budgetMs: -1 });
    expect(first.rounds.map((r) => r.pending)).toEqual([true, false]);
    // The rest is a refresh job: run it as a worker would.
    await t.drain();
    const next = await trends(t.db, { actor, jobs: t.deps.jobs, dimension: 'department', field: 'jobSatisfaction', budgetMs: -1 });
    expect(next.rounds.map((r) => r.pending)).toEqual([false, false]);
    expect(next.overall[0]).toMatchObject({ average: 3.07 });
  });

  it('never shows a running round’s figures past the stated bound: they read 集計中 until recounted', async () => {
    const actor: Actor = { id: org.hr.id, roles: new Set(['employee', 'hr']), locale: 'ja' };
    const read = (budgetMs: number) =>
      trends(t.db, { actor, jobs: t.deps.jobs, dimension: 'department', field: 'jobSatisfaction', budgetMs });
    await read(60_000);
    // The running round was counted six minutes ago (past FIGURES_MAX_AGE_MS) and no time is left to count it now.
    const old = new Date(Date.now() - 6 * 60_000);
    await t.db
      .update(insightSnapshots)
      .set({ computedAt: old })
      .where(eq(insightSnapshots.key, `trends:${r2}`));
    // Budget spent after the first round (newest first: r2 is counted at once, the first is always counted).
    const counted = await read(-1);
    expect(counted.rounds.map((r) => r.pending)).toEqual([false, false]);
    expect(Date.parse(counted.rounds[1]!.asOf!)).toBeGreaterThan(old.getTime());
    // Two minutes old: within the bound, so shown at once (not 集計中) while a job recounts it.
    await t.db
      .update(insightSnapshots)
      .set({ computedAt: new Date(Date.now() - 2 * 60_000) })
      .where(eq(insightSnapshots.key, `trends:${r2}`));
    const served = await read(60_000);
    expect(served.rounds[1]).toMatchObject({ pending: false });
    expect(served.overall[1]).toMatchObject({ average: 5 });
    // …and the job the read queued counts it again.
    await t.drain();
    const [recounted] = await t.db
      .select()
      .from(insightSnapshots)
      .where(eq(insightSnapshots.key, `trends:${r2}`));
    expect(Date.now() - recounted!.computedAt.getTime()).toBeLessThan(60_000);
    // Both past the bound, time for one count: the newest is counted, the other reads 集計中 with no figures —
    // never the old ones (the closed round's were counted before it closed, so they are not final either).
    await t.db.update(insightSnapshots).set({ computedAt: old }).where(like(insightSnapshots.key, 'trends:%'));
    const expired = await read(-1);
    expect(expired.rounds.map((r) => r.pending)).toEqual([true, false]);
    expect(expired.rounds[0]!.asOf).toBeNull();
    expect(expired.overall[0]).toBeNull();
    expect(expired.overall[1]).toMatchObject({ average: 5 });
    await t.drain();
    expect((await read(-1)).overall[0]).toMatchObject({ average: 3.07 });
  });

  it('is HR’s only: managers and employees get 404; bad parameters a localized 400', async () => {
    const mgr = await t.client().login(org.manager.email);
    const emp = await t.client().login(people.a1!.email);
    for (const c of [mgr, emp]) expect((await c.get('/api/v1/insight/trends')).status).toBe(404);
    expect((await t.client().get('/api/v1/insight/trends')).status).toBe(401);
    const bad = await hr.get('/api/v1/insight/trends?dimension=age&rounds=9');
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields).toEqual({ dimension: '選択肢から選んでください。', rounds: '8以下の値を入力してください。' });
  });
});

type Flag = {
  employee: { id: string };
  matched: {
    rule: string;
    reasons: {
      field: string;
      label: { ja: string };
      value: number | string;
      option: { ja: string } | null;
      lowMeansWorry: boolean;
      hrOnly: boolean;
    }[];
  }[];
  latest: { action: string; note: string; actor: { id: string } } | null;
  history: unknown[];
};
type Risks = { items: Flag[]; total: number; totalCapped: boolean; counts: Record<string, number>; page: number };

describe('retention-risk flags (HR)', () => {
  it('lists the people whose survey matches a stated rule, with the answers behind it', async () => {
    const res = await hr.get(`/api/v1/rounds/${r1}/risks`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as Risks;
    expect(d.total).toBe(3);
    expect(d.counts).toEqual({ dissatisfiedAndWorried: 1, dissatisfiedAndWantsMove: 1, unrewardedAndOverloaded: 1 });
    const of = (k: string) => d.items.find((i) => i.employee.id === people[k]!.id)!;
    expect(of('b3').matched).toEqual([
      {
        rule: 'dissatisfiedAndWorried',
        reasons: [
          {
            field: 'jobSatisfaction',
            label: expect.objectContaining({ ja: '今の仕事内容に満足している' }),
            value: 1,
            option: null,
            lowMeansWorry: false,
            hrOnly: false,
          },
          {
            field: 'careerAnxiety',
            label: expect.objectContaining({ ja: '今後のキャリアに不安はない' }),
            value: 2,
            option: null,
            lowMeansWorry: true,
            hrOnly: false,
          },
        ],
      },
    ]);
    expect(of('b1').matched[0]!.reasons[1]).toMatchObject({
      field: 'transferWish',
      value: 'move',
      option: { ja: '異動を希望する' },
      hrOnly: true,
    });
    expect(of('c5').matched.map((m) => m.rule)).toEqual(['unrewardedAndOverloaded']);
    expect(d.items.every((i) => i.latest === null)).toBe(true);
    const paged = (await (await hr.get(`/api/v1/rounds/${r1}/risks?page=2&pageSize=2`)).json()) as Risks;
    expect(paged).toMatchObject({ page: 2, total: 3, totalCapped: false });
    expect(paged.items).toHaveLength(1);
    const read = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'risk.read'), eq(auditLog.entityId, r1)))
      .orderBy(auditLog.id);
    expect(read.length).toBeGreaterThanOrEqual(2);
    expect(read[0]!.detail).toMatchObject({ page: 1, employeeIds: expect.arrayContaining([people.b3!.id]) });
  });

  it('counts a round’s flags again before answering once they are past the stated bound', async () => {
    await hr.get(`/api/v1/rounds/${r2}/risks`);
    const old = new Date(Date.now() - 6 * 60_000);
    await t.db
      .update(insightSnapshots)
      .set({ computedAt: old })
      .where(eq(insightSnapshots.key, `risks:${r2}`));
    const d = (await (await hr.get(`/api/v1/rounds/${r2}/risks`)).json()) as Risks & { asOf: string };
    expect(Date.now() - Date.parse(d.asOf)).toBeLessThan(60_000);
  });

  it('records who acted on a flag and how, shows the latest and the history, and audits it', async () => {
    const url = `/api/v1/rounds/${r1}/risks/${people.b3!.id}/actions`;
    expect((await hr.post(url, { action: 'watch' })).status).toBe(201);
    const res = await hr.post(url, { action: 'contacted', note: '来週1on1で話を聞く' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      action: 'contacted',
      note: '来週1on1で話を聞く',
      actor: { id: org.hr.id, familyName: org.hr.familyName },
    });
    const d = (await (await hr.get(`/api/v1/rounds/${r1}/risks`)).json()) as Risks;
    const flag = d.items.find((i) => i.employee.id === people.b3!.id)!;
    expect(flag.latest).toMatchObject({ action: 'contacted', note: '来週1on1で話を聞く', actor: { id: org.hr.id } });
    expect(flag.history).toHaveLength(2);
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'risk.action'), eq(auditLog.entityId, people.b3!.id)))
      .orderBy(auditLog.id);
    expect(audited.map((a) => a.detail)).toEqual([
      { roundId: r1, action: 'watch' },
      { roundId: r1, action: 'contacted' },
    ]);
    expect(audited[0]!.actorId).toBe(org.hr.id);
  });

  it('only flags can be acted on; invalid input is refused field by field, in Japanese', async () => {
    expect((await hr.post(`/api/v1/rounds/${r1}/risks/${people.a1!.id}/actions`, { action: 'watch' })).status).toBe(404);
    const bad = await hr.post(`/api/v1/rounds/${r1}/risks/${people.b3!.id}/actions`, { action: 'fire', note: 'あ'.repeat(1001) });
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields).toEqual({ action: '選択肢から選んでください。', note: '1000文字以内で入力してください。' });
  });

  it('is HR’s only: managers, employees and the flagged person themselves get 404', async () => {
    for (const email of [org.manager.email, people.b3!.email]) {
      const c = await t.client().login(email);
      expect((await c.get(`/api/v1/rounds/${r1}/risks`)).status).toBe(404);
      expect((await c.post(`/api/v1/rounds/${r1}/risks/${people.b3!.id}/actions`, { action: 'watch' })).status).toBe(404);
    }
    expect((await hr.get('/api/v1/rounds/00000000-0000-4000-8000-000000000000/risks')).status).toBe(404);
  });
});
