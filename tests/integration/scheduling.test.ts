import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, notifications } from '../../src/db/schema';

import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let t: TestApp;
let org: Org;
let hr: TestClient;
let emp: TestClient;
let mgr: TestClient;
let interviewId: string;

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  emp = await t.client().login(org.report.email);
  mgr = await t.client().login(org.manager.email);
  interviewId = (await launchRound(t, hr, [org.report.id, org.report2.id])).interviewOf(org.report.id);
});
afterAll(() => t.close());

/** A JST wall-clock time on the next weekday at least `days` ahead, as an ISO string with offset. */
function jst(days: number, hhmm: string) {
  const d = new Date(Date.now() + days * 86_400_000);
  while ([0, 6].includes(d.getUTCDay())) d.setUTCDate(d.getUTCDate() + 1);
  return `${d.toISOString().slice(0, 10)}T${hhmm}:00+09:00`;
}

type Slots = {
  slots: { id: string; proposedBy: string; status: string; warnings: string[] }[];
  interview: { status: string; appointment: { start: string; location: string } | null; can: { offerSlots: boolean; chooseSlot: boolean } };
};

describe('scheduling', () => {
  it('validates offers: order, length, link for online, room name, not in the past', async () => {
    const bad = await mgr.post(`/api/v1/interviews/${interviewId}/slots`, {
      slots: [
        { start: jst(3, '15:00'), end: jst(3, '14:00'), locationType: 'room', location: '第1会議室' },
        { start: jst(3, '10:00'), end: jst(3, '11:00'), locationType: 'online', location: 'zoom' },
        { start: jst(3, '13:00'), end: jst(3, '14:00'), locationType: 'room', location: '' },
      ],
    });
    expect(bad.status).toBe(400);
    const { error } = (await bad.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields['slots.0.end']).toBe('終了は開始より後にしてください。');
    expect(error.fields['slots.1.location']).toBe('オンライン会議のURL(https://〜)を入力してください。');
    expect(error.fields['slots.2.location']).toBe('場所(会議室名など)を入力してください。');
    const past = await mgr.post(`/api/v1/interviews/${interviewId}/slots`, {
      slots: [{ start: '2020-01-06T10:00:00+09:00', end: '2020-01-06T11:00:00+09:00', locationType: 'room', location: '第1会議室' }],
    });
    expect(((await past.json()) as { error: { fields: Record<string, string> } }).error.fields['slots.0.start']).toBe(
      '過去の日時は選べません。',
    );
  });

  it('the interviewer offers times; the first hour of the day is flagged; the employee is told', async () => {
    const res = await mgr.post(`/api/v1/interviews/${interviewId}/slots`, {
      slots: [
        { start: jst(3, '09:00'), end: jst(3, '09:45'), locationType: 'room', location: '第1会議室' },
        { start: jst(4, '14:00'), end: jst(4, '15:00'), locationType: 'online', location: 'https://meet.example.jp/abc' },
      ],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Slots;
    expect(body.slots.map((s) => s.warnings)).toEqual([['busyHour'], []]);
    const seen = (await (await emp.get(`/api/v1/interviews/${interviewId}/slots`)).json()) as Slots;
    expect(seen.interview.can).toMatchObject({ chooseSlot: true, offerSlots: false });
    const note = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, org.report.id), eq(notifications.kind, 'slotsOffered')));
    expect(note).toHaveLength(1);
    // The employee cannot offer, a colleague cannot see.
    expect((await emp.post(`/api/v1/interviews/${interviewId}/slots`, { slots: [] })).status).toBe(400);
    const colleague = await t.client().login(org.report2.email);
    expect((await colleague.get(`/api/v1/interviews/${interviewId}/slots`)).status).toBe(404);
  });

  it('the employee can propose another time instead; the interviewer is told', async () => {
    const res = await emp.post(`/api/v1/interviews/${interviewId}/slots/propose`, {
      start: jst(5, '16:00'),
      end: jst(5, '17:00'),
      note: '午後だと助かります',
    });
    expect(res.status).toBe(200);
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.manager.email));
    expect(mails.some((m) => m.subject.includes('希望日時が届きました'))).toBe(true);
  });

  it('choosing fixes the appointment, mails both with the time, and queues the reminder', async () => {
    const list = (await (await emp.get(`/api/v1/interviews/${interviewId}/slots`)).json()) as Slots;
    const offered = list.slots.filter((s) => s.proposedBy === 'interviewer');
    // The employee may not "choose" their own proposal.
    const own = list.slots.find((s) => s.proposedBy === 'employee')!;
    expect((await emp.post(`/api/v1/interviews/${interviewId}/schedule`, { slotId: own.id })).status).toBe(404);
    const res = await emp.post(`/api/v1/interviews/${interviewId}/schedule`, { slotId: offered[1]!.id });
    expect(res.status).toBe(200);
    const after = (await res.json()) as Slots;
    expect(after.interview.status).toBe('scheduled');
    expect(after.interview.appointment!.location).toBe('https://meet.example.jp/abc');
    expect(after.slots.filter((s) => s.status === 'open')).toHaveLength(0);
    // The other offer is gone: choosing it now is refused.
    expect((await emp.post(`/api/v1/interviews/${interviewId}/schedule`, { slotId: offered[0]!.id })).status).toBe(409);

    for (const who of [org.report.email, org.manager.email]) {
      const m = (await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, who))).find((x) =>
        x.subject.includes('面談日時の確定'),
      )!;
      expect(m.subject).toMatch(/\d{4}年\d{1,2}月\d{1,2}日\(.\) 14:00〜15:00/);
      expect(m.bodyText).toContain('オンライン: https://meet.example.jp/abc');
    }
    const jobs = (await t.db.execute(
      sql`select start_after, data from pgboss.job where name = 'interview.reminder' and data->>'interviewId' = ${interviewId}`,
    )) as unknown as { rows: { start_after: Date; data: { start: string } }[] };
    expect(jobs.rows).toHaveLength(1);
    expect(new Date(jobs.rows[0]!.data.start).getTime() - new Date(jobs.rows[0]!.start_after).getTime()).toBe(24 * 3_600_000);
  });

  it('offers the .ics to both participants, and nobody else', async () => {
    const res = await emp.get(`/api/v1/interviews/${interviewId}/invite.ics`);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`mailto:${org.manager.email}`);
    expect(ics).toMatch(/DTSTART:\d{8}T050000Z/);
    const colleague = await t.client().login(org.report2.email);
    expect((await colleague.get(`/api/v1/interviews/${interviewId}/invite.ics`)).status).toBe(404);
  });

  it('runs the reminder when due, and skips it once the time changed', async () => {
    await t.db.execute(sql`update pgboss.job set start_after = now() where name = 'interview.reminder'`);
    await t.drain();
    const reminders = await t.db.select().from(notifications).where(eq(notifications.kind, 'interviewReminder'));
    expect(reminders.map((r) => r.recipientId).sort()).toEqual([org.report.id, org.manager.id].sort());
    const mail = (await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, org.report.email))).find((m) =>
      m.subject.includes('まもなく面談'),
    )!;
    expect(mail.bodyText).toContain('14:00〜15:00');

    // Unschedule; a reminder queued for the old time then does nothing.
    expect((await mgr.delete(`/api/v1/interviews/${interviewId}/schedule`)).status).toBe(200);
    await t.deps.jobs.send(
      t.db,
      'interview.reminder',
      { interviewId, start: new Date(Date.now() + 3_600_000).toISOString() },
      { singletonKey: 'stale' },
    );
    await t.drain();
    expect(await t.db.select().from(notifications).where(eq(notifications.kind, 'interviewReminder'))).toHaveLength(2);
  });

  it('the interviewer accepts the employee’s proposal, giving the place', async () => {
    await emp.post(`/api/v1/interviews/${interviewId}/slots/propose`, { start: jst(6, '13:00'), end: jst(6, '14:00') });
    const list = (await (await mgr.get(`/api/v1/interviews/${interviewId}/slots`)).json()) as Slots;
    const proposal = list.slots.find((s) => s.proposedBy === 'employee' && s.status === 'open')!;
    const noPlace = await mgr.post(`/api/v1/interviews/${interviewId}/schedule`, { slotId: proposal.id });
    expect(((await noPlace.json()) as { error: { fields: Record<string, string> } }).error.fields.location).toBe(
      '場所を入力してから確定してください。',
    );
    const ok = await mgr.post(`/api/v1/interviews/${interviewId}/schedule`, {
      slotId: proposal.id,
      locationType: 'room',
      location: '小会議室B',
    });
    expect(((await ok.json()) as Slots).interview.appointment!.location).toBe('小会議室B');
  });

  it('lets HR set the busy hours the guidance uses', async () => {
    expect((await emp.put('/api/v1/settings/scheduling', { workdayStart: '10:00', busyMinutes: 30, workdayEnd: '19:00' })).status).toBe(
      403,
    );
    const bad = await hr.put('/api/v1/settings/scheduling', { workdayStart: '10:00', busyMinutes: 30, workdayEnd: '09:00' });
    expect(bad.status).toBe(400);
    const res = await hr.put('/api/v1/settings/scheduling', { workdayStart: '10:00', busyMinutes: 30, workdayEnd: '19:00' });
    expect(await res.json()).toEqual({ workdayStart: '10:00', busyMinutes: 30, workdayEnd: '19:00' });
  });
});

describe('skills inventory', () => {
  it('is kept by the employee, read by their interviewer and HR, hidden from colleagues', async () => {
    const body = {
      skills: [
        { name: 'TypeScript', level: 4, years: 5 },
        { name: 'ファシリテーション', level: 3 },
      ],
      items: [
        {
          kind: 'achievement',
          title: '決済基盤の移行をリード',
          description: '停止時間ゼロで移行',
          periodFrom: '2025-04',
          periodTo: '2025-09',
        },
      ],
    };
    const saved = await emp.put('/api/v1/me/inventory', body);
    expect(saved.status).toBe(200);
    const dup = await emp.put('/api/v1/me/inventory', { ...body, skills: [...body.skills, { name: 'typescript', level: 1 }] });
    expect(((await dup.json()) as { error: { fields: Record<string, string> } }).error.fields['skills.2.name']).toBe(
      '同じ名前のスキルがすでにあります。',
    );
    const mine = (await (await emp.get('/api/v1/me/inventory')).json()) as { skills: { name: string }[]; can: { edit: boolean } };
    expect(mine.skills.map((s) => s.name)).toEqual(['TypeScript', 'ファシリテーション']);
    expect(mine.can.edit).toBe(true);
    const byMgr = (await (await mgr.get(`/api/v1/employees/${org.report.id}/inventory`)).json()) as {
      items: { title: string }[];
      can: { edit: boolean };
    };
    expect(byMgr.items[0]!.title).toBe('決済基盤の移行をリード');
    expect(byMgr.can.edit).toBe(false);
    expect((await hr.get(`/api/v1/employees/${org.report.id}/inventory`)).status).toBe(200);
    const colleague = await t.client().login(org.report2.email);
    expect((await colleague.get(`/api/v1/employees/${org.report.id}/inventory`)).status).toBe(404);
  });
});
