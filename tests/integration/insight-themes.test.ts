import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, formAnswers, formResponses, interviews, rounds } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

type Word = { word: string; label: string; people: number; previous: number | null; trend: string | null };
type Themes = {
  asOf: string | null;
  respondents: number;
  words: Word[];
  previousRound: { id: string; respondents: number } | null;
  running: { done: number; total: number } | null;
};
type Answers = {
  items: {
    interviewId: string;
    employee: { id: string };
    field: { id: string; label: string };
    hrOnly: boolean;
    text: string;
    highlights: [number, number][];
  }[];
  people: number;
  page: number;
  hasMore: boolean;
};

let t: TestApp;
let org: Org;
let hr: TestClient;
let mgr: TestClient;
let hrBoss: TestClient;
let earlier: string;
let current: string;
let people: { id: string; email: string }[];
let ren: { id: string; email: string };
const CARE_SECRET = '母の介護のため、来年から時短勤務を希望します';

/** Who mentions what: person indexes of the 30 for each word, per round. */
const CURRENT = { 介護: range(0, 19), 研修: range(0, 5), 残業: range(10, 20), 育児: range(20, 26), 退職: range(26, 30) };
const EARLIER = { 介護: range(0, 5), 研修: range(0, 20), 残業: range(10, 20), 育児: range(20, 23), 評価: range(20, 30) };
function range(from: number, to: number) {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
const textOf = (words: Record<string, number[]>, i: number) =>
  Object.entries(words)
    .filter(([, who]) => who.includes(i))
    .map(([w]) => `${w}のこと。`)
    .join('');

/** Factory: a response with its answers, written directly (submitted unless told). */
async function respond(
  roundId: string,
  interviewId: string,
  kind: 'sheet' | 'survey',
  answers: Record<string, unknown>,
  status = 'submitted',
) {
  const [round] = await t.db.select().from(rounds).where(eq(rounds.id, roundId));
  const [r] = await t.db
    .insert(formResponses)
    .values({
      interviewId,
      kind,
      status,
      templateVersionId: (kind === 'sheet' ? round!.sheetVersionId : round!.surveyVersionId)!,
      submittedAt: status === 'submitted' ? new Date() : null,
    })
    .returning();
  await t.db.insert(formAnswers).values(Object.entries(answers).map(([fieldId, value]) => ({ responseId: r!.id, fieldId, value })));
}

async function poll(c: TestClient, roundId: string): Promise<Themes> {
  for (let i = 0; i < 100; i++) {
    const body = (await (await c.get(`/api/v1/insight/themes/${roundId}`)).json()) as Themes;
    if (body.asOf && !body.running) return body;
    // The count is a job: run it as a server's worker would.
    await t.drain();
  }
  throw new Error('themes never counted');
}

/** Runs due jobs while a request waits for one (「集計し直す」 waits a little for its count), as workers would. */
async function whileDraining<T>(pending: Promise<T>): Promise<T> {
  let settled = false;
  const done = pending.finally(() => {
    settled = true;
  });
  done.catch(() => {});
  while (!settled) {
    await t.drain();
    await new Promise((r) => setTimeout(r, 20));
  }
  return done;
}

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  mgr = await t.client().login(org.manager.email);
  const boss = await makeEmployee(t.db, { roles: ['hr'], familyName: '人事' });
  hrBoss = await t.client().login(boss.email);
  people = await Promise.all(range(0, 30).map(() => makeEmployee(t.db, { departmentId: org.team.id, managerId: org.manager.id })));
  // 蓮 reports to an HR person, who is their manager but not their interviewer here.
  ren = await makeEmployee(t.db, { departmentId: org.team.id, managerId: boss.id, familyName: '蓮見' });

  const old = await launchRound(
    t,
    hr,
    people.map((p) => p.id),
    { name: '2025年度キャリア面談', periodStart: '2025-12-01', periodEnd: '2026-01-31', prepDueOn: '2025-12-20' },
  );
  earlier = old.roundId;
  for (const [i, p] of people.entries()) await respond(earlier, old.interviewOf(p.id), 'sheet', { currentIssues: textOf(EARLIER, i) });

  const now = await launchRound(t, hr, [...people.map((p) => p.id), ren.id]);
  current = now.roundId;
  for (const [i, p] of people.entries()) {
    const id = now.interviewOf(p.id);
    await respond(current, id, 'sheet', {
      currentIssues: textOf(CURRENT, i),
      careerGoals: { short: i === 0 ? '介護と両立する' : '', mid: '', long: '' },
      careerTrack: 'management',
    });
    // Drafts are not read: six people drafting about 副業 say nothing yet.
    if (i >= 20 && i < 26) await respond(current, id, 'survey', { improvementIdeas: '副業のこと' }, 'draft');
  }
  // Private interviewer notes are never a source, however many mention a word.
  for (const p of people.slice(0, 6)) {
    expect(
      (await mgr.post(`/api/v1/interviews/${now.interviewOf(p.id)}/notes`, { visibility: 'private', body: '転職を考えているようだ' }))
        .status,
    ).toBe(200);
  }
  // 蓮 writes through the API, marking the care answer 「人事のみ」.
  const renId = now.interviewOf(ren.id);
  await t.db.update(interviews).set({ interviewerId: org.manager.id }).where(eq(interviews.id, renId));
  const renClient = await t.client().login(ren.email);
  const saved = await renClient.put(`/api/v1/interviews/${renId}/forms/sheet/answers`, {
    answers: {
      currentIssues: { value: 'チームの目標が曖昧' },
      careerGoals: { value: { short: 'リーダー経験', mid: '', long: '' } },
      currentEfforts: { value: '設計レビュー' },
      supportDetail: { value: CARE_SECRET, hrOnly: true },
    },
  });
  expect(saved.status).toBe(200);
  expect((await renClient.post(`/api/v1/interviews/${renId}/forms/sheet/submit`)).status).toBe(200);
});

afterAll(() => t.close());

describe('themes of a round (HR)', () => {
  let themes: Themes;

  it('the first read starts the batch and answers at once; the count then reads from the snapshot', async () => {
    const first = (await (await hr.get(`/api/v1/insight/themes/${current}`)).json()) as Themes;
    expect(first.asOf === null || first.running !== null).toBe(true);
    themes = await poll(hr, current);
    const again = (await (await hr.get(`/api/v1/insight/themes/${current}`)).json()) as Themes;
    expect(again.asOf).toBe(themes.asOf);
    expect(again.running).toBeNull();
  });

  it('counts people, not mentions; 人事のみ answers count for HR; drafts and private notes never', async () => {
    const by = Object.fromEntries(themes.words.map((w) => [w.word, w]));
    expect(themes.respondents).toBe(31);
    // 19 people + 蓮's 「人事のみ」 answer; person 0 wrote it twice and counts once.
    expect(by.介護!.people).toBe(20);
    expect(by.残業!.people).toBe(10);
    expect(by.副業).toBeUndefined();
    expect(by.転職).toBeUndefined();
  });

  it('does not show a word fewer than five people mention', async () => {
    expect(themes.words.find((w) => w.word === '退職')).toBeUndefined();
    expect(themes.words.every((w) => w.people >= 5)).toBe(true);
  });

  it('compares with the previous round: new, rising, falling, with the previous count', async () => {
    const by = Object.fromEntries(themes.words.map((w) => [w.word, w]));
    expect(themes.previousRound).toMatchObject({ id: earlier, respondents: 30 });
    expect(by.介護).toMatchObject({ people: 20, previous: 5, trend: 'rising' });
    expect(by.研修).toMatchObject({ people: 5, previous: 20, trend: 'falling' });
    expect(by.残業).toMatchObject({ people: 10, previous: 10, trend: 'steady' });
    // Three people last time: under five, so not given, and the word is new to the list.
    expect(by.育児).toMatchObject({ people: 6, previous: null, trend: 'new' });
  });

  it('「集計し直す」 recounts now; a closed round is counted once more after closing, then kept', async () => {
    const refreshed = (await (await whileDraining(hr.post(`/api/v1/insight/themes/${current}/refresh`))).json()) as Themes;
    expect(refreshed.running).toBeNull();
    expect(refreshed.asOf! > themes.asOf!).toBe(true);
    const before = await poll(hr, earlier);
    expect((await hr.post(`/api/v1/rounds/${earlier}/close`)).status).toBe(200);
    await (await hr.get(`/api/v1/insight/themes/${earlier}`)).json();
    const closed = await poll(hr, earlier);
    expect(closed.asOf! > before.asOf!).toBe(true);
    expect((await poll(hr, earlier)).asOf).toBe(closed.asOf);
  });
});

describe('drill-down', () => {
  const answers = async (c: TestClient, word: string, page = 1) => {
    const res = await c.get(`/api/v1/insight/themes/${current}/answers?word=${encodeURIComponent(word)}&page=${page}`);
    return { status: res.status, body: (await res.json()) as Answers };
  };

  it('lists the answers with the word, 人事のみ included for HR, with the word marked', async () => {
    const { status, body } = await answers(hr, '介護');
    expect(status).toBe(200);
    expect(body).toMatchObject({ people: 20, page: 1, hasMore: true });
    const next = await answers(hr, '介護', 2);
    expect(next.body.hasMore).toBe(false);
    // Person 0's two answers, 18 more people's, and 蓮's.
    const all = [...body.items, ...next.body.items];
    expect(all).toHaveLength(21);
    const renItem = all.find((i) => i.employee.id === ren.id)!;
    expect(renItem).toMatchObject({ hrOnly: true, text: CARE_SECRET, field: { id: 'supportDetail', label: '具体的な内容' } });
    const [[from, to]] = renItem.highlights as [[number, number]];
    expect(CARE_SECRET.slice(from, to)).toBe('介護');
  });

  it('hides a 人事のみ answer from an HR person who is the employee’s manager', async () => {
    const { body } = await answers(hrBoss, '介護');
    expect(body).toMatchObject({ hasMore: false });
    const all = body.items;
    expect(all).toHaveLength(20);
    expect(all.some((i) => i.employee.id === ren.id)).toBe(false);
    expect(JSON.stringify(all)).not.toContain(CARE_SECRET);
  });

  it('writes who was read to the audit log', async () => {
    await t.db.delete(auditLog).where(eq(auditLog.action, 'themes.drilldown'));
    const { body } = await answers(hr, '残業');
    const logged = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'themes.drilldown'), eq(auditLog.actorId, org.hr.id)));
    expect(new Set(logged.map((l) => l.entityId))).toEqual(new Set(body.items.map((i) => i.interviewId)));
    expect(logged[0]).toMatchObject({ entityType: 'interview', detail: { roundId: current, word: '残業' } });
  });

  it('only for words on the list: a suppressed word finds nothing, and nothing is audited', async () => {
    await t.db.delete(auditLog).where(eq(auditLog.action, 'themes.drilldown'));
    const { status, body } = await answers(hr, '退職');
    expect(status).toBe(200);
    expect(body).toMatchObject({ people: 0, items: [], hasMore: false });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'themes.drilldown'))).toEqual([]);
  });
});

describe('access and validation', () => {
  it('anyone not HR gets 404 on every themes endpoint, even for a malformed request', async () => {
    for (const c of [mgr, await t.client().login(people[0]!.email)]) {
      expect((await c.get(`/api/v1/insight/themes/${current}`)).status).toBe(404);
      expect((await c.post(`/api/v1/insight/themes/${current}/refresh`)).status).toBe(404);
      expect((await c.get(`/api/v1/insight/themes/${current}/answers?word=介護`)).status).toBe(404);
      expect((await c.get('/api/v1/insight/themes/not-a-uuid/answers')).status).toBe(404);
    }
    expect((await t.client().get(`/api/v1/insight/themes/${current}`)).status).toBe(401);
  });

  it('a draft round, or no round, is 404', async () => {
    const draft = await hr.post('/api/v1/rounds', {
      name: '下書き',
      type: 'career',
      periodStart: '2027-04-01',
      periodEnd: '2027-05-31',
      participants: { all: false, employeeIds: [people[0]!.id] },
    });
    const { id } = (await draft.json()) as { id: string };
    expect((await hr.get(`/api/v1/insight/themes/${id}`)).status).toBe(404);
    expect((await hr.get('/api/v1/insight/themes/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('validation errors come back field by field in the reader’s language', async () => {
    const ja = await hr.get(`/api/v1/insight/themes/${current}/answers?word=`);
    expect(ja.status).toBe(400);
    expect(await ja.json()).toMatchObject({ error: { message: '入力内容を確認してください。', fields: { word: '必須項目です。' } } });
    const bad = await hr.get('/api/v1/insight/themes/abc');
    expect(await bad.json()).toMatchObject({ error: { fields: { roundId: 'IDの形式が正しくありません。' } } });
    expect((await hr.put('/api/v1/me/locale', { locale: 'en' })).status).toBe(200);
    const en = await hr.get(`/api/v1/insight/themes/${current}/answers?word=${'x'.repeat(31)}&page=0`);
    expect(await en.json()).toMatchObject({
      error: { message: 'Please check your input.', fields: { word: 'Enter at most 30 characters.', page: expect.any(String) } },
    });
    await hr.put('/api/v1/me/locale', { locale: 'ja' });
  });
});
