import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications } from '../../src/db/schema';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let t: TestApp;
let org: Org;
let hr: TestClient;
let emp: TestClient;
let mgr: TestClient;
let admin: TestClient;
let other: TestClient;
let id: string;

const PRIVATE = '本人には言わない: 評価面談の前に様子を見る';
const HR_MANAGER = '来期の配置候補として検討';
const SHARED = '強みはチームの調整役';
const HR_ONLY = '親の介護が来年から始まる';

type RecordView = {
  version: number;
  heldAt: string | null;
  workspace: { landingPoint: string; agenda: unknown[] } | null;
  shared: { alignmentWish: string; alignmentDirection: string; followRhythm: string; nextInterviewOn: string | null } | null;
  notes: { id: string; visibility: string; body: string; version: number }[];
  plan: {
    revision: number;
    confirmed: boolean;
    employeeConfirmedAt: string | null;
    interviewerConfirmedAt: string | null;
    items: { id: string; what: string; version: number; status: string }[];
    carried: { id: string; what: string }[];
    hiddenCarried: number;
    history: { revision: number; party: string; items: { what: string }[] }[];
  } | null;
  followUps: { heldOn: string; note: string; items: { itemId: string; status: string }[] }[];
  can: Record<string, unknown>;
};
const record = async (c: TestClient, interviewId = id) => {
  const res = await c.get(`/api/v1/interviews/${interviewId}/record`);
  return { status: res.status, body: (await res.json()) as RecordView };
};
const error = async (res: Response) => ((await res.json()) as { error: { message: string; fields?: Record<string, string> } }).error;

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  emp = await t.client().login(org.report.email);
  mgr = await t.client().login(org.manager.email);
  admin = await t.client().login(org.admin.email);
  other = await t.client().login(org.otherManager.email);
  const r = await launchRound(t, hr, [org.report.id, org.report2.id]);
  id = r.interviewOf(org.report.id);
  // The employee prepares: a low satisfaction score, and an answer kept from the manager.
  await emp.put(`/api/v1/interviews/${id}/forms/survey/answers`, {
    answers: { jobSatisfaction: { value: 2 }, rewarding: { value: 3 }, lifeEvents: { value: HR_ONLY, hrOnly: true } },
  });
  expect((await emp.post(`/api/v1/interviews/${id}/forms/survey/submit`)).status).toBe(200);
});
afterAll(() => t.close());

describe('interviewer prep page', () => {
  it('shows the survey minus 人事のみ, and suggested questions with their reasons', async () => {
    const res = await mgr.get(`/api/v1/interviews/${id}/prep`);
    expect(res.status).toBe(200);
    const prep = (await res.json()) as {
      survey: { answers: Record<string, unknown> };
      suggestions: { question: { text: { ja: string } }; reason: { kind: string; field?: string; value?: number } }[];
    };
    expect(prep.survey.answers.jobSatisfaction).toMatchObject({ value: 2 });
    expect(JSON.stringify(prep)).not.toContain(HR_ONLY);
    const sat = prep.suggestions.find((s) => s.question.text.ja === '今の仕事内容に満足していますか?');
    expect(sat?.reason).toMatchObject({ kind: 'scale', field: '今の仕事内容に満足している', value: 2 });
    // The life-events rule would fire on the hidden answer: it must not, for the manager.
    expect(prep.suggestions.some((s) => s.question.text.ja.startsWith('育児・介護'))).toBe(false);
  });

  it('HR sees the 人事のみ answer and the suggestion it triggers', async () => {
    const prep = (await (await hr.get(`/api/v1/interviews/${id}/prep`)).json()) as {
      suggestions: { question: { text: { ja: string } } }[];
    };
    expect(prep.suggestions.some((s) => s.question.text.ja.startsWith('育児・介護'))).toBe(true);
  });

  it('is not the employee’s, nor a colleague’s', async () => {
    expect((await emp.get(`/api/v1/interviews/${id}/prep`)).status).toBe(404);
    expect((await other.get(`/api/v1/interviews/${id}/prep`)).status).toBe(404);
  });
});

describe('record with optimistic concurrency', () => {
  it('saves the landing point and merges a stale write to another field', async () => {
    const a = await mgr.patch(`/api/v1/interviews/${id}/record`, {
      version: 1,
      changes: { landingPoint: '研修の受講で合意する' },
      base: { landingPoint: '' },
    });
    expect(a.status).toBe(200);
    // A second device still on version 1 edits a different field: merged, nothing lost.
    const b = await mgr.patch(`/api/v1/interviews/${id}/record`, {
      version: 1,
      changes: { alignmentWish: 'マネジメントを目指したい' },
      base: { alignmentWish: '' },
    });
    expect(b.status).toBe(200);
    const { body } = await record(mgr);
    expect(body.workspace!.landingPoint).toBe('研修の受講で合意する');
    expect(body.shared!.alignmentWish).toBe('マネジメントを目指したい');
    expect(body.version).toBe(3);
  });

  it('rejects a stale write to the same field with 409 and a clear message', async () => {
    const res = await mgr.patch(`/api/v1/interviews/${id}/record`, {
      version: 1,
      changes: { landingPoint: '上書き' },
      base: { landingPoint: '' },
    });
    expect(res.status).toBe(409);
    expect((await error(res)).message).toContain('別の端末');
    expect((await record(mgr)).body.workspace!.landingPoint).toBe('研修の受講で合意する');
  });

  it('validates input in Japanese and lets only the interviewer write', async () => {
    const bad = await mgr.patch(`/api/v1/interviews/${id}/record`, {
      version: 3,
      changes: { nextInterviewOn: '2027/01/01', followRhythm: 'daily' },
      base: {},
    });
    expect(bad.status).toBe(400);
    const fields = (await error(bad)).fields!;
    expect(fields['changes.nextInterviewOn']).toBe('日付は YYYY-MM-DD の形式で入力してください。');
    expect(fields['changes.followRhythm']).toBe('選択肢から選んでください。');
    expect((await emp.patch(`/api/v1/interviews/${id}/record`, { version: 3, changes: { landingPoint: 'x' }, base: {} })).status).toBe(403);
    expect((await other.patch(`/api/v1/interviews/${id}/record`, { version: 3, changes: { landingPoint: 'x' }, base: {} })).status).toBe(
      404,
    );
  });
});

describe('notes and their visibility', () => {
  it('records a note of each visibility', async () => {
    for (const [visibility, body] of [
      ['private', PRIVATE],
      ['hr_manager', HR_MANAGER],
      ['shared', SHARED],
    ]) {
      expect((await mgr.post(`/api/v1/interviews/${id}/notes`, { visibility, body })).status).toBe(200);
    }
    expect((await mgr.post(`/api/v1/interviews/${id}/notes`, { visibility: 'public', body: 'x' })).status).toBe(400);
  });

  it('a private note is readable by its author alone — not HR, not admins', async () => {
    expect((await record(mgr)).body.notes.map((n) => n.body)).toEqual([PRIVATE, HR_MANAGER, SHARED]);
    for (const c of [hr, admin]) {
      const { body } = await record(c);
      expect(body.notes.map((n) => n.body)).toEqual([HR_MANAGER, SHARED]);
      expect(JSON.stringify(body)).not.toContain(PRIVATE);
    }
  });

  it('the employee sees nothing before the interview is held', async () => {
    const { status, body } = await record(emp);
    expect(status).toBe(200);
    expect(body.notes).toEqual([]);
    expect(body.shared).toBeNull();
    expect(body.workspace).toBeNull();
    expect(body.plan).toBeNull();
  });

  it('never leaves through an export, an audit entry or a colleague', async () => {
    const roundId = ((await (await hr.get(`/api/v1/interviews/${id}`)).json()) as { round: { id: string } }).round.id;
    for (const kind of ['sheet', 'survey']) {
      const csv = await (await hr.get(`/api/v1/rounds/${roundId}/answers.csv?kind=${kind}`)).text();
      expect(csv).not.toContain(PRIVATE);
    }
    const logged = await t.db.select().from(auditLog);
    expect(JSON.stringify(logged)).not.toContain(PRIVATE);
    const note = (await record(mgr)).body.notes[0]!;
    expect((await other.get(`/api/v1/interviews/${id}/record`)).status).toBe(404);
    expect((await other.patch(`/api/v1/notes/${note.id}`, { version: note.version, body: 'x' })).status).toBe(404);
    expect((await admin.patch(`/api/v1/notes/${note.id}`, { version: note.version, body: 'x' })).status).toBe(404);
  });

  it('a stale note edit is a 409; only the author edits', async () => {
    const note = (await record(mgr)).body.notes.find((n) => n.body === SHARED)!;
    expect((await mgr.patch(`/api/v1/notes/${note.id}`, { version: note.version, body: `${SHARED}。` })).status).toBe(200);
    expect((await mgr.patch(`/api/v1/notes/${note.id}`, { version: note.version, body: '古い版から' })).status).toBe(409);
    expect((await hr.patch(`/api/v1/notes/${note.id}`, { version: note.version + 1, body: 'x' })).status).toBe(404);
  });
});

describe('action plan, held interview and mutual confirmation', () => {
  let itemId: string;
  it('the interviewer builds the plan; bad input is rejected', async () => {
    const res = await mgr.post(`/api/v1/interviews/${id}/plan/items`, {
      what: 'リーダー研修を受講する',
      owner: 'employee',
      dueOn: '2026-11-01',
      target: '受講して学びをチームに共有',
    });
    expect(res.status).toBe(200);
    itemId = ((await res.json()) as { id: string }).id;
    await mgr.post(`/api/v1/interviews/${id}/plan/items`, {
      what: '新プロジェクトへのアサインを調整',
      owner: 'manager',
      dueOn: '2026-12-15',
    });
    const bad = await mgr.post(`/api/v1/interviews/${id}/plan/items`, { what: '', owner: 'boss', dueOn: 'tomorrow' });
    expect(bad.status).toBe(400);
    expect(Object.keys((await error(bad)).fields!).sort()).toEqual(['dueOn', 'owner', 'what']);
    expect((await emp.post(`/api/v1/interviews/${id}/plan/items`, { what: 'x', owner: 'employee' })).status).toBe(403);
  });

  it('the employee cannot confirm before the interview is held', async () => {
    expect((await emp.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 })).status).toBe(403);
  });

  it('held: the employee sees the shared record and confirms; both confirmations complete the plan', async () => {
    expect((await mgr.post(`/api/v1/interviews/${id}/held`)).status).toBe(200);
    const { body } = await record(emp);
    expect(body.notes.map((n) => n.body)).toEqual([`${SHARED}。`]);
    expect(body.shared!.alignmentWish).toBe('マネジメントを目指したい');
    expect(body.workspace).toBeNull();
    expect(JSON.stringify(body)).not.toContain(HR_MANAGER);
    expect(body.plan!.items).toHaveLength(2);
    expect((await mgr.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 })).status).toBe(200);
    const res = await emp.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 });
    expect(res.status).toBe(200);
    const plan = (await res.json()) as RecordView['plan'];
    expect(plan!.confirmed).toBe(true);
    expect(plan!.employeeConfirmedAt).not.toBeNull();
    expect(plan!.interviewerConfirmedAt).not.toBeNull();
    const n = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.manager.id), eq(notifications.kind, 'planConfirmed')));
    expect(n).toHaveLength(1);
  });

  it('a change after confirmation asks both to confirm again and keeps the history', async () => {
    const item = (await record(mgr)).body.plan!.items.find((i) => i.id === itemId)!;
    expect((await mgr.patch(`/api/v1/plan-items/${itemId}`, { version: item.version, target: '受講して社内勉強会で発表' })).status).toBe(
      200,
    );
    const { body } = await record(emp);
    expect(body.plan!.revision).toBe(2);
    expect(body.plan!.confirmed).toBe(false);
    expect(body.plan!.employeeConfirmedAt).toBeNull();
    expect(body.plan!.history.filter((h) => h.revision === 1)).toHaveLength(2);
    // Confirming what one read before the change is refused.
    expect((await emp.post(`/api/v1/interviews/${id}/plan/confirm`, { revision: 1 })).status).toBe(409);
    const changed = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.report.id), eq(notifications.kind, 'planChanged')));
    expect(changed).toHaveLength(1);
    // A stale item write is a 409 too.
    expect((await mgr.patch(`/api/v1/plan-items/${itemId}`, { version: item.version, what: '古い版' })).status).toBe(409);
  });

  it('the employee updates progress but not the content', async () => {
    const item = (await record(emp)).body.plan!.items.find((i) => i.id === itemId)!;
    expect((await emp.patch(`/api/v1/plan-items/${itemId}`, { version: item.version, what: '別のこと' })).status).toBe(403);
    expect(
      (await emp.patch(`/api/v1/plan-items/${itemId}`, { version: item.version, status: 'inProgress', progressNote: '申し込み済み' }))
        .status,
    ).toBe(200);
  });

  it('sets the next interview and the follow-up rhythm', async () => {
    const v = (await record(mgr)).body.version;
    const res = await mgr.patch(`/api/v1/interviews/${id}/record`, {
      version: v,
      changes: { nextInterviewOn: '2027-06-01', followRhythm: 'monthly' },
      base: { nextInterviewOn: null, followRhythm: 'none' },
    });
    expect(res.status).toBe(200);
    expect((await record(emp)).body.shared).toMatchObject({ nextInterviewOn: '2027-06-01', followRhythm: 'monthly' });
  });
});

describe('after-follow', () => {
  it('a follow-up records progress per item, shared with the employee', async () => {
    const items = (await record(mgr)).body.plan!.items;
    const res = await mgr.post(`/api/v1/interviews/${id}/follow-ups`, {
      heldOn: '2027-01-10',
      note: '研修の日程を一緒に確認',
      // Sent in another order than the plan's: the follow-up lists them in the plan's order (issue 15.9d).
      items: [
        { itemId: items[1]!.id, status: 'done', note: 'アサイン済み' },
        { itemId: items[0]!.id, status: items[0]!.status, note: '' },
      ],
    });
    expect(res.status).toBe(200);
    const { body } = await record(emp);
    expect(body.followUps[0]).toMatchObject({
      heldOn: '2027-01-10',
      note: '研修の日程を一緒に確認',
      items: [
        { itemId: items[0]!.id, status: items[0]!.status },
        { itemId: items[1]!.id, status: 'done' },
      ],
    });
    expect(body.plan!.items.find((i) => i.id === items[1]!.id)!.status).toBe('done');
    expect((await emp.post(`/api/v1/interviews/${id}/follow-ups`, { heldOn: '2027-01-10', items: [] })).status).toBe(403);
    expect((await other.post(`/api/v1/interviews/${id}/follow-ups`, { heldOn: '2027-01-10', items: [] })).status).toBe(404);
    expect((await other.patch(`/api/v1/plan-items/${items[0]!.id}`, { version: 1, status: 'done' })).status).toBe(404);
  });

  it('an overdue item reminds its owner through the job queue', async () => {
    const items = (await record(mgr)).body.plan!.items;
    const overdue = items.find((i) => i.status !== 'done')!;
    await t.db.execute(sql`update pgboss.job set start_after = now() where name = 'plan.overdue'`);
    await t.drain();
    const mine = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.report.id), eq(notifications.kind, 'itemOverdue')));
    expect(mine).toHaveLength(1);
    // The done item (owner: manager) reminds nobody.
    const theirs = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.manager.id), eq(notifications.kind, 'itemOverdue')));
    expect(theirs).toHaveLength(0);
    expect(overdue.status).toBe('inProgress');
  });

  it('the employee rates the interview; HR sees it only in aggregate, hidden below 5', async () => {
    expect((await mgr.put(`/api/v1/interviews/${id}/rating`, { rating: 5 })).status).toBe(403);
    expect((await emp.put(`/api/v1/interviews/${id}/rating`, { rating: 6 })).status).toBe(400);
    expect((await emp.put(`/api/v1/interviews/${id}/rating`, { rating: 4, comment: '話しやすかった' })).status).toBe(200);
    const roundId = ((await (await hr.get(`/api/v1/interviews/${id}`)).json()) as { round: { id: string } }).round.id;
    const agg = (await (await hr.get(`/api/v1/rounds/${roundId}/ratings`)).json()) as {
      respondents: number;
      suppressed: boolean;
      average: number | null;
      comments: string[];
    };
    expect(agg).toMatchObject({ respondents: 1, suppressed: true, average: null, comments: [] });
    expect((await mgr.get(`/api/v1/rounds/${roundId}/ratings`)).status).toBe(404);
  });
});

describe('next round, history and handover', () => {
  let next: string;
  it('unfinished items are carried into the next interview’s prep', async () => {
    const r = await launchRound(t, hr, [org.report.id], { name: '2027年度キャリア面談' });
    next = r.interviewOf(org.report.id);
    const prep = (await (await mgr.get(`/api/v1/interviews/${next}/prep`)).json()) as {
      carried: { what: string }[];
      previous: { direction: string; items: unknown[] };
      suggestions: { reason: { kind: string; item?: string } }[];
    };
    expect(prep.carried.map((i) => i.what)).toEqual(['リーダー研修を受講する']);
    expect(prep.previous.items).toHaveLength(2);
    expect(prep.suggestions.some((s) => s.reason.kind === 'overdue' && s.reason.item === 'リーダー研修を受講する')).toBe(true);
  });

  it('the employee’s timeline shows both rounds; private notes never appear', async () => {
    const h = (await (await emp.get('/api/v1/me/history')).json()) as {
      entries: { access: string; items: unknown[]; followUps: unknown[] }[];
    };
    expect(h.entries.map((e) => e.access)).toEqual(['pending', 'shared']);
    expect(h.entries[1]!.items).toHaveLength(2);
    expect(h.entries[1]!.followUps).toHaveLength(1);
    const asHr = await (await hr.get(`/api/v1/employees/${org.report.id}/history`)).text();
    expect(asHr).not.toContain(PRIVATE);
    expect((await other.get(`/api/v1/employees/${org.report.id}/history`)).status).toBe(404);
  });

  it('a new manager sees the shared history only after the employee consents', async () => {
    await t.db.execute(sql`update employees set manager_id = ${org.otherManager.id} where id = ${org.report.id}`);
    const before = (await (await other.get(`/api/v1/employees/${org.report.id}/history`)).json()) as {
      consent: { status: string; canRequest: boolean };
      entries: { access: string; items?: unknown[] }[];
    };
    expect(before.consent).toMatchObject({ status: 'none', canRequest: true });
    // The former manager still interviews him this round: prep and inventory stay open to them.
    expect((await mgr.get(`/api/v1/employees/${org.report.id}/inventory`)).status).toBe(200);
    expect((await mgr.get(`/api/v1/interviews/${next}/prep`)).status).toBe(200);
    expect(before.entries.every((e) => e.access === 'locked' && e.items === undefined)).toBe(true);
    expect((await other.post(`/api/v1/employees/${org.report.id}/history/consent-request`)).status).toBe(200);
    const mine = (await (await emp.get('/api/v1/me/history-consents')).json()) as { items: { id: string; status: string }[] };
    expect(mine.items[0]!.status).toBe('requested');
    expect((await emp.post(`/api/v1/me/history-consents/${mine.items[0]!.id}/decide`, { grant: true })).status).toBe(200);
    const after = (await (await other.get(`/api/v1/employees/${org.report.id}/history`)).json()) as {
      entries: { access: string; items?: unknown[] }[];
    };
    expect(after.entries.find((e) => e.access === 'shared')!.items).toHaveLength(2);
    // Shared only: the old interview's hr_manager notes stay with its interviewer and HR.
    expect(JSON.stringify(after)).not.toContain(HR_MANAGER);
  });

  it('HR may override with a reason, audited, and the employee is told', async () => {
    const h = (await (await hr.get(`/api/v1/employees/${org.report2.id}/history`)).json()) as {
      consent: { viewers: { id: string; status: string }[] };
    };
    expect(h.consent.viewers.map((v) => v.id).sort()).toEqual([org.manager.id].sort());
    const res = await hr.post(`/api/v1/employees/${org.report2.id}/history/override`, { viewerId: org.manager.id, reason: '' });
    expect(res.status).toBe(400);
    expect(
      (await hr.post(`/api/v1/employees/${org.report2.id}/history/override`, { viewerId: org.otherManager.id, reason: '異動後の引き継ぎ' }))
        .status,
    ).toBe(400);
    expect(
      (await hr.post(`/api/v1/employees/${org.report2.id}/history/override`, { viewerId: org.manager.id, reason: '異動後の引き継ぎ' }))
        .status,
    ).toBe(200);
    const logged = await t.db.select().from(auditLog).where(eq(auditLog.action, 'history.consent.override'));
    expect(logged).toHaveLength(1);
    const told = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.report2.id), eq(notifications.kind, 'historyOverridden')));
    expect(told).toHaveLength(1);
    expect((await mgr.post(`/api/v1/employees/${org.report2.id}/history/override`, { viewerId: org.manager.id, reason: 'x' })).status).toBe(
      404,
    );
  });
});

describe('suggestion rules are HR’s to edit', () => {
  it('lists, validates and changes rules; others get 404', async () => {
    const list = (await (await hr.get('/api/v1/suggestion-rules')).json()) as {
      items: { id: string; question: { id: string } }[];
      fields: { source: string; id: string; type: string }[];
    };
    expect(list.items.length).toBeGreaterThanOrEqual(10);
    // The fields a rule can name come from the templates, so HR picks them instead of typing IDs.
    expect(list.fields).toContainEqual(expect.objectContaining({ source: 'survey', id: 'jobSatisfaction', type: 'scale' }));
    const bad = await hr.post('/api/v1/suggestion-rules', {
      source: 'survey',
      fieldId: 'jobSatisfaction',
      op: 'lte',
      questionId: list.items[0]!.question.id,
    });
    expect(bad.status).toBe(400);
    expect((await error(bad)).fields!.value).toBe('条件の値を入力してください。');
    const ok = await hr.post('/api/v1/suggestion-rules', {
      source: 'survey',
      fieldId: 'workload',
      op: 'lte',
      value: 3,
      questionId: list.items[0]!.question.id,
    });
    expect(ok.status).toBe(200);
    const rule = (await ok.json()) as { id: string };
    expect((await hr.delete(`/api/v1/suggestion-rules/${rule.id}`)).status).toBe(200);
    expect((await mgr.get('/api/v1/suggestion-rules')).status).toBe(404);
  });
});
