import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interviews, mailOutbox, notifications, rounds } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

let t: TestApp;
let org: Org;
let hr: TestClient;
let templates: { id: string; kind: string }[];

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  templates = ((await (await hr.get('/api/v1/templates')).json()) as { items: { id: string; kind: string }[] }).items;
});
afterAll(() => t.close());

const theme = {
  title: { ja: 'スキル・キャリアアップの計画', en: 'Skill plan' },
  description: { ja: '身につけたいスキル', en: 'Skills to gain' },
};
function roundBody(over: Record<string, unknown> = {}) {
  return {
    name: '2026年度下期キャリア面談',
    type: 'career',
    periodStart: '2026-12-01',
    periodEnd: '2027-01-31',
    prepDueOn: '2026-12-20',
    themes: [theme],
    message: '率直な思いを聞かせてください。',
    sheetTemplateId: templates.find((x) => x.kind === 'sheet')!.id,
    surveyTemplateId: templates.find((x) => x.kind === 'survey')!.id,
    participants: { all: false, departmentIds: [org.division.id], grades: [], employeeIds: [org.otherReport.id] },
    ...over,
  };
}

type Round = {
  id: string;
  status: string;
  version: number;
  launch: { total: number; done: number };
  can: { launch: boolean; edit: boolean };
};

describe('planning a round', () => {
  it('validates dates and templates with localized messages', async () => {
    const bad = await hr.post(
      '/api/v1/rounds',
      roundBody({ periodEnd: '2026-11-01', surveyTemplateId: templates.find((x) => x.kind === 'sheet')!.id }),
    );
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { fields: Record<string, string> } };
    expect(body.error.fields.periodEnd).toBe('終了日は開始日以降にしてください。');
    const wrongKind = await hr.post('/api/v1/rounds', roundBody({ surveyTemplateId: templates.find((x) => x.kind === 'sheet')!.id }));
    expect(((await wrongKind.json()) as { error: { fields: Record<string, string> } }).error.fields.surveyTemplateId).toBe(
      'この種類のテンプレートは選べません。',
    );
    expect((await hr.post('/api/v1/rounds', { ...roundBody(), extra: 1 })).status).toBe(400);
  });

  it('previews who takes part: the division subtree plus a hand-picked person, and who has no interviewer', async () => {
    const res = await hr.post('/api/v1/rounds/preview', { participants: roundBody().participants });
    const p = (await res.json()) as { total: number; unassigned: number };
    // manager, report, report2 (team under division) + otherReport picked; the manager has no manager → unassigned.
    expect(p).toMatchObject({ total: 4, unassigned: 1 });
    const none = (await (await hr.post('/api/v1/rounds/preview', { participants: { all: false } })).json()) as { total: number };
    expect(none.total).toBe(0);
  });

  it('is HR only: others get 403 on lists and 404 on a round', async () => {
    const created = (await (await hr.post('/api/v1/rounds', roundBody({ name: '権限確認' }))).json()) as Round;
    const mgr = await t.client().login(org.manager.email);
    expect((await mgr.get('/api/v1/rounds')).status).toBe(403);
    expect((await mgr.get(`/api/v1/rounds/${created.id}`)).status).toBe(404);
    expect((await mgr.post(`/api/v1/rounds/${created.id}/launch`, { version: created.version })).status).toBe(404);
    expect((await hr.delete(`/api/v1/rounds/${created.id}`)).status).toBe(204);
  });
});

describe('launching', () => {
  let round: Round;
  beforeAll(async () => {
    round = (await (await hr.post('/api/v1/rounds', roundBody())).json()) as Round;
  });

  it('queues the launch; the job creates one interview per participant with the manager as interviewer', async () => {
    const res = await hr.post(`/api/v1/rounds/${round.id}/launch`, { version: round.version });
    expect(res.status).toBe(200);
    const launching = (await res.json()) as Round;
    expect(launching.status).toBe('launching');
    expect(launching.launch.total).toBe(4);
    // A second launch is refused (the plan is what people are told).
    expect((await hr.post(`/api/v1/rounds/${round.id}/launch`, { version: launching.version })).status).toBe(409);

    expect(await t.drain()).toBeGreaterThanOrEqual(1);
    const after = (await (await hr.get(`/api/v1/rounds/${round.id}`)).json()) as Round;
    expect(after.status).toBe('launched');
    expect(after.launch).toMatchObject({ total: 4, done: 4 });
    const rows = await t.db.select().from(interviews).where(eq(interviews.roundId, round.id));
    const byEmp = new Map(rows.map((r) => [r.employeeId, r]));
    expect(byEmp.get(org.report.id)!.interviewerId).toBe(org.manager.id);
    expect(byEmp.get(org.otherReport.id)!.interviewerId).toBe(org.otherManager.id);
    expect(byEmp.get(org.manager.id)!.interviewerId).toBeNull();
    expect(byEmp.get(org.report.id)!.departmentId).toBe(org.team.id);
  });

  it('tells each participant by mail (with the themes and message) and in the app; interviewers too', async () => {
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.report.email));
    const mail = mails.find((m) => m.subject.includes('2026年度下期キャリア面談'))!;
    expect(mail.subject).toBe('【キャリア面談】「2026年度下期キャリア面談」のご案内');
    expect(mail.bodyText).toContain('・スキル・キャリアアップの計画: 身につけたいスキル');
    expect(mail.bodyText).toContain('率直な思いを聞かせてください。');
    expect(mail.bodyText).toContain('2026年12月20日');
    expect(mail.bodyText).toMatch(/\/prep\/[0-9a-f-]{36}/);

    const emp = await t.client().login(org.report.email);
    const list = (await (await emp.get('/api/v1/notifications')).json()) as { unread: number; items: { text: string; link: string }[] };
    expect(list.unread).toBe(1);
    expect(list.items[0]!.text).toContain('「2026年度下期キャリア面談」が始まりました');
    const mgr = await t.client().login(org.manager.email);
    const mine = (await (await mgr.get('/api/v1/notifications')).json()) as { items: { text: string }[] };
    expect(mine.items.map((n) => n.text)).toContain('「2026年度下期キャリア面談」で2人の面談を担当します。');
  });

  it('a retried launch job creates nothing twice', async () => {
    await t.db.update(rounds).set({ status: 'launching' }).where(eq(rounds.id, round.id));
    await t.deps.jobs.send(t.db, 'round.launch', { roundId: round.id }, { singletonKey: 'retry' });
    await t.drain();
    const [n] = await t.db.select({ n: sql<number>`count(*)::int` }).from(interviews).where(eq(interviews.roundId, round.id));
    expect(n!.n).toBe(4);
    const notes = await t.db.select().from(notifications).where(eq(notifications.recipientId, org.report.id));
    expect(notes.filter((x) => x.kind === 'roundLaunched')).toHaveLength(1);
  });

  it('lists interviews for HR, reassigns in bulk, and shows progress by department and interviewer', async () => {
    const list = (await (await hr.get(`/api/v1/rounds/${round.id}/interviews?unassigned=true`)).json()) as {
      items: { id: string; employee: { id: string } }[];
      total: number;
    };
    expect(list.total).toBe(1);
    const partner = org.partner;
    const res = await hr.post(`/api/v1/rounds/${round.id}/reassign`, { interviewIds: [list.items[0]!.id], interviewerId: partner.id });
    expect(await res.json()).toEqual({ updated: 1, skipped: 0 });
    const progress = (await (await hr.get(`/api/v1/rounds/${round.id}/progress`)).json()) as {
      total: { total: number; unassigned: number; sheetSubmitted: number };
      byDepartment: { id: string; total: number }[];
      byInterviewer: { id: string; total: number }[];
    };
    expect(progress.total).toMatchObject({ total: 4, unassigned: 0, sheetSubmitted: 0 });
    expect(progress.byDepartment.find((d) => d.id === org.team.id)!.total).toBe(3);
    expect(progress.byInterviewer.find((d) => d.id === org.manager.id)!.total).toBe(2);
    const search = (await (await hr.get(`/api/v1/rounds/${round.id}/interviews?q=${encodeURIComponent('スズキ')}`)).json()) as {
      total: number;
    };
    expect(search.total).toBe(0);
    // A snapshot: a second view within the TTL is the same count; so is ?refresh=true moments later with
    // nothing changed since (throttled: figures-freshness.test.ts shows it counting again after a change).
    const again = (await (await hr.get(`/api/v1/rounds/${round.id}/progress`)).json()) as { asOf: string };
    expect(again.asOf).toBe((progress as unknown as { asOf: string }).asOf);
    const pressed = (await (await hr.get(`/api/v1/rounds/${round.id}/progress?refresh=true`)).json()) as { asOf: string };
    expect(pressed.asOf).toBe(again.asOf);
    // A reassignment is seen at once, without waiting for the snapshot to age.
    const mine = (await (await hr.get(`/api/v1/rounds/${round.id}/interviews?interviewerId=${org.manager.id}`)).json()) as {
      items: { id: string }[];
    };
    await hr.post(`/api/v1/rounds/${round.id}/reassign`, { interviewIds: [mine.items[0]!.id], interviewerId: partner.id });
    const after = (await (await hr.get(`/api/v1/rounds/${round.id}/progress`)).json()) as typeof progress;
    expect(after.byInterviewer.find((d) => d.id === org.manager.id)!.total).toBe(1);
  });

  it('pages through a round in furigana order, each interview once, with its people and forms', async () => {
    type Page = { items: { id: string; employee: { familyName: string }; sheet: unknown }[]; total: number };
    const pageOf = async (n: number) => (await (await hr.get(`/api/v1/rounds/${round.id}/interviews?page=${n}&pageSize=3`)).json()) as Page;
    const [first, second, all] = [await pageOf(1), await pageOf(2), await pageOf(1)];
    expect([first.items.length, second.items.length, first.total]).toEqual([3, 1, 4]);
    expect(all.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    const ids = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(4);
    const rows = await t.db
      .select({ id: interviews.id })
      .from(interviews)
      .where(eq(interviews.roundId, round.id))
      .orderBy(interviews.sortKey, interviews.id);
    expect(ids).toEqual(rows.map((r) => r.id));
    expect(first.items.every((i) => i.employee.familyName && 'sheet' in i)).toBe(true);
  });

  it('sends a reminder to those who have not submitted, once however often HR presses', async () => {
    expect((await hr.post(`/api/v1/rounds/${round.id}/remind`, { target: 'sheet' })).status).toBe(200);
    expect((await hr.post(`/api/v1/rounds/${round.id}/remind`, { target: 'sheet' })).status).toBe(200);
    await t.drain();
    const reminders = await t.db.select().from(notifications).where(eq(notifications.kind, 'prepReminder'));
    expect(reminders).toHaveLength(4);
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.report.email));
    expect(mails.filter((m) => m.subject.includes('準備のお願い'))).toHaveLength(1);
    expect(mails.find((m) => m.subject.includes('準備のお願い'))!.bodyText).toContain('キャリア面談シートがまだ提出されていません');
  });

  it('queues the automatic reminder for two days before the preparation is due', async () => {
    const jobs = (await t.db.execute(
      sql`select start_after from pgboss.job where name = 'round.remind' and singleton_key = ${`auto:${round.id}:sheet`}`,
    )) as unknown as { rows: { start_after: Date }[] };
    expect(new Date(jobs.rows[0]!.start_after).toISOString()).toBe('2026-12-18T00:00:00.000Z');
  });
});

describe('a large launch', () => {
  it('walks the participants in batches and reports progress as it goes', async () => {
    const dept = org.otherTeam;
    for (let i = 0; i < 12; i++) await makeEmployee(t.db, { departmentId: dept.id, managerId: org.otherManager.id });
    const r = (await (
      await hr.post('/api/v1/rounds', roundBody({ name: '全社', participants: { all: true }, prepDueOn: null }))
    ).json()) as Round;
    await hr.post(`/api/v1/rounds/${r.id}/launch`, { version: r.version });
    await t.drain();
    const after = (await (await hr.get(`/api/v1/rounds/${r.id}`)).json()) as Round;
    expect(after.status).toBe('launched');
    expect(after.launch.done).toBe(after.launch.total);
    // makeOrg's 8 people and 12 more, all active.
    expect(after.launch.total).toBe(20);
  });
});

describe('listing rounds', () => {
  type Listed = { items: { id: string; name: string; status: string; periodStart: string }[]; total: number };
  const list = async (q: string) => (await (await hr.get(`/api/v1/rounds?${q}`)).json()) as Listed;

  it('puts the newest period first; `started` keeps only the rounds that have interviews', async () => {
    const older = (await (
      await hr.post(
        '/api/v1/rounds',
        roundBody({ name: '2024年度キャリア面談', periodStart: '2024-12-01', periodEnd: '2025-01-31', prepDueOn: null }),
      )
    ).json()) as Round;
    await hr.post(`/api/v1/rounds/${older.id}/launch`, { version: older.version });
    await t.drain();
    const later = (await (
      await hr.post('/api/v1/rounds', roundBody({ name: '2028年度(下書き)', periodStart: '2028-12-01', periodEnd: '2029-01-31' }))
    ).json()) as Round;

    const all = await list('status=all&pageSize=100');
    expect(all.items[0]!.id).toBe(later.id);
    expect(all.items.at(-1)!.id).toBe(older.id);
    const starts = all.items.map((r) => r.periodStart);
    expect(starts).toEqual([...starts].sort().reverse());

    const started = await list('status=started&pageSize=100');
    expect(started.items.map((r) => r.id)).not.toContain(later.id);
    expect(started.items.at(-1)!.id).toBe(older.id);
    expect(new Set(started.items.map((r) => r.status))).toEqual(new Set(['launched']));
    expect(started.total).toBe(all.items.filter((r) => r.status === 'launched' || r.status === 'closed').length);

    const bad = await hr.get('/api/v1/rounds?status=held');
    expect(bad.status).toBe(400);
  });
});
