import { and, eq } from 'drizzle-orm';
import { parseCsv } from '../../src/domain/imports/csv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, interviews, mailOutbox, notifications, roleGrants } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let t: TestApp;
let org: Org;
let hr: TestClient;
let emp: TestClient;
let mgr: TestClient;
let interviewId: string;

const SECRET = '来年から親の介護が始まります';

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  emp = await t.client().login(org.report.email);
  mgr = await t.client().login(org.manager.email);
  const r = await launchRound(t, hr, [org.report.id, org.report2.id, org.otherReport.id]);
  interviewId = r.interviewOf(org.report.id);
});
afterAll(() => t.close());

type Form = { status: string; answers: Record<string, { value: unknown; hrOnly: boolean }>; can: { edit: boolean; withdraw: boolean } };
const form = async (c: TestClient, kind = 'sheet') => {
  const res = await c.get(`/api/v1/interviews/${interviewId}/forms/${kind}`);
  return { status: res.status, body: (await res.json()) as Form };
};

describe('the employee prepares', () => {
  it('lists what to prepare', async () => {
    const mine = (await (await emp.get('/api/v1/me/interviews')).json()) as {
      items: { id: string; sheet: string; survey: string; round: { name: string }; interviewer: { id: string } }[];
    };
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      id: interviewId,
      sheet: 'notStarted',
      survey: 'notStarted',
      interviewer: { id: org.manager.id },
    });
  });

  it('autosaves any subset of answers, which come back on reload', async () => {
    const res = await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, {
      answers: {
        currentIssues: { value: '後輩の育成に時間が取れない' },
        careerGoals: { value: { short: 'リーダー経験', mid: '', long: '' } },
      },
    });
    expect(res.status).toBe(200);
    await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, {
      answers: { supportDetail: { value: SECRET, hrOnly: true }, skillsBuilding: { value: ['TypeScript', 'ファシリテーション'] } },
    });
    const { body } = await form(emp);
    expect(body.status).toBe('draft');
    expect(body.answers.currentIssues!.value).toBe('後輩の育成に時間が取れない');
    expect(body.answers.supportDetail).toEqual({ value: SECRET, hrOnly: true });
    expect(body.can.edit).toBe(true);
  });

  it('rejects values that do not fit the template, field by field, in Japanese', async () => {
    const res = await emp.put(`/api/v1/interviews/${interviewId}/forms/survey/answers`, {
      answers: { jobSatisfaction: { value: 7 }, transferWish: { value: 'moon' }, nope: { value: 'x' } },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields['answers.jobSatisfaction']).toBe('5以下の値を入力してください。');
    expect(error.fields['answers.transferWish']).toBe('選択肢から選んでください。');
    expect(error.fields['answers.nope']).toBe('不明な項目です。');
    const longText = 'あ'.repeat(4001);
    const tooLong = await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, {
      answers: { currentIssues: { value: longText } },
    });
    expect(((await tooLong.json()) as { error: { fields: Record<string, string> } }).error.fields['answers.currentIssues']).toBe(
      '4000文字以内で入力してください。',
    );
  });

  it('keeps drafts from the interviewer', async () => {
    const { status, body } = await form(mgr);
    expect(status).toBe(200);
    expect(body.status).toBe('draft');
    expect(body.answers).toEqual({});
  });

  it('refuses a submit with required fields empty, naming them', async () => {
    const res = await emp.post(`/api/v1/interviews/${interviewId}/forms/sheet/submit`);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string; fields: Record<string, string> } };
    expect(error.message).toBe('必須項目が未入力です。');
    expect(Object.keys(error.fields)).toEqual(['answers.currentEfforts']);
  });

  it('submits; the interviewer is told without any content, and reads all but the 人事のみ answer', async () => {
    await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, {
      answers: { currentEfforts: { value: '設計レビューの主担当' } },
    });
    const res = await emp.post(`/api/v1/interviews/${interviewId}/forms/sheet/submit`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as Form).status).toBe('submitted');

    const { body } = await form(mgr);
    expect(body.status).toBe('submitted');
    expect(body.answers.currentIssues!.value).toBe('後輩の育成に時間が取れない');
    expect(body.answers.supportDetail).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(SECRET);

    const notes = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.manager.id), eq(notifications.kind, 'formSubmitted')));
    expect(notes).toHaveLength(1);
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.manager.email));
    const mail = mails.find((m) => m.subject.includes('提出しました'))!;
    expect(mail.subject).toContain('キャリア面談シートを提出しました');
    for (const m of mails) expect(m.bodyText).not.toContain(SECRET);
    const list = (await (await mgr.get('/api/v1/notifications')).json()) as { items: { text: string }[] };
    expect(list.items.map((n) => n.text).join()).not.toContain(SECRET);
  });

  it('shows 人事のみ answers to HR, and records the confidential read', async () => {
    const { body } = await form(hr);
    expect(body.answers.supportDetail).toEqual({ value: SECRET, hrOnly: true });
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'form.read'), eq(auditLog.entityId, interviewId)));
    expect(reads.map((r) => r.actorId)).toEqual(expect.arrayContaining([org.hr.id, org.manager.id]));
    expect(reads.find((r) => r.actorId === org.hr.id)!.detail).toMatchObject({ hrOnlyShown: true });
    // The audit row never carries the text.
    expect(JSON.stringify(reads)).not.toContain(SECRET);
  });

  it('keeps 人事のみ from a manager even when that manager also holds the HR role and someone else interviews', async () => {
    await t.db.update(interviews).set({ interviewerId: org.partner.id }).where(eq(interviews.id, interviewId));
    await t.db.insert(roleGrants).values({ employeeId: org.manager.id, role: 'hr' });
    const both = await t.client().login(org.manager.email);
    const { status, body } = await form(both);
    expect(status).toBe(200);
    expect(body.answers.currentIssues).toBeDefined();
    expect(body.answers.supportDetail).toBeUndefined();
    // The HR partner interviewing is an interviewer: no 人事のみ either.
    expect((await form(await t.client().login(org.partner.email))).body.answers.supportDetail).toBeUndefined();
    await t.db.delete(roleGrants).where(eq(roleGrants.employeeId, org.manager.id));
    await t.db.update(interviews).set({ interviewerId: org.manager.id }).where(eq(interviews.id, interviewId));
  });

  it('answers 404 to a colleague, another team’s manager and the HR partner of someone else', async () => {
    const colleague = await t.client().login(org.report2.email);
    const otherMgr = await t.client().login(org.otherManager.email);
    const stranger = await t.client().login((await makeEmployee(t.db)).email);
    for (const c of [colleague, otherMgr, stranger]) {
      expect((await c.get(`/api/v1/interviews/${interviewId}`)).status).toBe(404);
      expect((await c.get(`/api/v1/interviews/${interviewId}/forms/sheet`)).status).toBe(404);
      expect((await c.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, { answers: {} })).status).toBe(404);
    }
    // The interviewer may read but never write the employee's sheet.
    expect((await mgr.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, { answers: {} })).status).toBe(404);
  });

  it('locks a submitted form until the employee withdraws it', async () => {
    const locked = await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, {
      answers: { currentIssues: { value: '追記' } },
    });
    expect(locked.status).toBe(409);
    const res = await emp.post(`/api/v1/interviews/${interviewId}/forms/sheet/withdraw`);
    expect(((await res.json()) as Form).status).toBe('draft');
    expect((await form(mgr)).body.answers).toEqual({});
    expect(
      (await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, { answers: { currentIssues: { value: '追記' } } })).status,
    ).toBe(200);
    expect((await emp.post(`/api/v1/interviews/${interviewId}/forms/sheet/submit`)).status).toBe(200);
  });

  it("copies the previous round's answers forward into empty fields, 人事のみ included", async () => {
    const next = await launchRound(t, hr, [org.report.id], { name: '2027年度キャリア面談' });
    const id = next.interviewOf(org.report.id);
    await emp.put(`/api/v1/interviews/${id}/forms/sheet/answers`, { answers: { currentIssues: { value: '今回の課題' } } });
    const res = await emp.post(`/api/v1/interviews/${id}/forms/sheet/copy-previous`);
    expect(((await res.json()) as { copied: number }).copied).toBeGreaterThanOrEqual(4);
    const body = (await (await emp.get(`/api/v1/interviews/${id}/forms/sheet`)).json()) as Form;
    expect(body.answers.currentIssues!.value).toBe('今回の課題');
    expect(body.answers.currentEfforts!.value).toBe('設計レビューの主担当');
    expect(body.answers.supportDetail).toEqual({ value: SECRET, hrOnly: true });
  });

  it('exports the round: HR with 人事のみ answers named in a column of their own, the interviewer without them, others nothing', async () => {
    const roundId = (
      (await (await emp.get('/api/v1/me/interviews')).json()) as { items: { id: string; round: { id: string } }[] }
    ).items.find((i) => i.id === interviewId)!.round.id;
    const bytes = new Uint8Array(await (await hr.get(`/api/v1/rounds/${roundId}/answers.csv?kind=sheet`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads it as UTF-8
    const hrCsv = new TextDecoder().decode(bytes);
    expect(hrCsv).toContain('今の仕事で抱えている課題や悩み');
    expect(hrCsv).toContain('短期・中期・長期のキャリア目標(短期(1年))');
    // The answer's cell holds the answer alone; which answers were 人事のみ is a column of its own (issue 15.9c).
    const [head, ...rows] = parseCsv(hrCsv).map((r) => r.cells);
    const line = rows.find((r) => r.includes(SECRET))!;
    expect(line[head!.indexOf('具体的な内容')]).toBe(SECRET);
    expect(line[head!.indexOf('人事のみの項目')]).toBe('具体的な内容');
    expect(hrCsv).not.toContain('【人事のみ】');
    const mgrRes = await mgr.get(`/api/v1/rounds/${roundId}/answers.csv?kind=sheet`);
    expect(mgrRes.status).toBe(200);
    const mgrCsv = await mgrRes.text();
    expect(mgrCsv).toContain('設計レビューの主担当');
    expect(mgrCsv).not.toContain(SECRET);
    expect(mgrCsv).not.toContain('人事のみの項目');
    const colleague = await t.client().login(org.report2.email);
    expect((await colleague.get(`/api/v1/rounds/${roundId}/answers.csv?kind=sheet`)).status).toBe(404);
    const exports = await t.db.select().from(auditLog).where(eq(auditLog.action, 'form.export'));
    expect(exports.map((e) => e.actorId).sort()).toEqual([org.hr.id, org.manager.id].sort());
  });
});
