import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, hearingRequests, hearings, mailOutbox, notifications } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

// HR's follow-up of a hiring-criteria hearing (decision 0026): a reminder to the managers who have not submitted,
// through the job queue, notices and mail as a round's reminder; and deleting a hearing with everything of it.

let t: TestApp;
let hr: TestClient;
const people: Record<string, { id: string; email: string }> = {};
const clients: Record<string, TestClient> = {};

async function send(managers: string[]) {
  const res = await hr.post('/api/v1/hiring/hearings', {
    roleName: '法人営業',
    managerIds: managers.map((m) => people[m]!.id),
    dueOn: '2026-12-31',
  });
  expect(res.status).toBe(201);
  const { id } = await res.json();
  const sheets = await t.db.select().from(hearingRequests).where(eq(hearingRequests.hearingId, id));
  const sheetOf = (m: string) => sheets.find((s) => s.managerId === people[m]!.id)!.id;
  return { id, sheetOf };
}
const reminders = (who: string) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, people[who]!.id), eq(notifications.kind, 'hearingReminder')));
const reminderMails = async (who: string) =>
  (await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, people[who]!.email))).filter((m) =>
    m.subject.includes('提出のお願い'),
  );

beforeAll(async () => {
  t = await makeTestApp();
  hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
  for (const name of ['a', 'b', 'c']) {
    people[name] = await makeEmployee(t.db);
    clients[name] = await t.client().login(people[name]!.email);
  }
});
afterAll(() => t.close());

describe('reminding the managers who have not submitted', () => {
  it('queues one job that tells only the unsubmitted managers, in the app and by mail; audited', async () => {
    const { id, sheetOf } = await send(['a', 'b']);
    await t.db
      .update(hearingRequests)
      .set({ status: 'submitted', submittedAt: new Date() })
      .where(eq(hearingRequests.id, sheetOf('a')));
    expect((await clients.b!.post(`/api/v1/hiring/hearings/${id}/remind`)).status).toBe(404);
    const res = await hr.post(`/api/v1/hiring/hearings/${id}/remind`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ queued: true, managers: 1 });
    // A second click while the first waits sends nothing more.
    expect(await (await hr.post(`/api/v1/hiring/hearings/${id}/remind`)).json()).toEqual({ queued: false, managers: 1 });
    await t.drain();
    const [notice, ...more] = await reminders('b');
    expect(more).toEqual([]);
    expect(notice!.link).toBe(`/hearings/${sheetOf('b')}`);
    expect(notice!.params).toEqual({ role: '法人営業', due: '2026-12-31' });
    expect(await reminders('a')).toEqual([]);
    const [mail] = await reminderMails('b');
    expect(mail!.subject).toContain('法人営業');
    expect(mail!.bodyText).toContain('2026年12月31日');
    expect(mail!.bodyText).toContain(`/hearings/${sheetOf('b')}`);
    expect(await reminderMails('a')).toEqual([]);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'hearing.remind'), eq(auditLog.entityId, id)));
    expect(audits.map((a) => a.detail)).toEqual([{ managers: 1 }, { managers: 1 }]);
  });

  it('answers 409 with a Japanese message when everyone has submitted', async () => {
    const { id, sheetOf } = await send(['c']);
    await t.db
      .update(hearingRequests)
      .set({ status: 'submitted', submittedAt: new Date() })
      .where(eq(hearingRequests.id, sheetOf('c')));
    const res = await hr.post(`/api/v1/hiring/hearings/${id}/remind`);
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toContain('未提出の依頼先はいません');
  });
});

describe('deleting a hearing', () => {
  it('is HR’s only: others get 404 and nothing is deleted', async () => {
    const { id } = await send(['a']);
    for (const c of [clients.a!, clients.b!]) expect((await c.delete(`/api/v1/hiring/hearings/${id}`)).status).toBe(404);
    expect(await t.db.select().from(hearings).where(eq(hearings.id, id))).toHaveLength(1);
  });

  it('removes the sheets, criteria and the managers’ notices; the to-do empties, a queued reminder sends nothing; audited', async () => {
    const { id, sheetOf } = await send(['a', 'b']);
    await hr.put(`/api/v1/hiring/hearings/${id}/criteria`, { criteria: [{ section: 'traits', text: '粘り強い', skill: null }] });
    expect((await hr.post(`/api/v1/hiring/hearings/${id}/remind`)).status).toBe(200);
    const before = (await (await clients.a!.get('/api/v1/me/todo')).json()).employee.hearings.length;
    const mailsBefore = (await reminderMails('a')).length;
    const res = await hr.delete(`/api/v1/hiring/hearings/${id}`);
    expect(res.status).toBe(204);
    expect((await hr.get(`/api/v1/hiring/hearings/${id}`)).status).toBe(404);
    expect((await clients.a!.get(`/api/v1/me/hearings/${sheetOf('a')}`)).status).toBe(404);
    expect(await t.db.select().from(hearingRequests).where(eq(hearingRequests.hearingId, id))).toEqual([]);
    const links = [sheetOf('a'), sheetOf('b')].map((s) => `/hearings/${s}`);
    expect(await t.db.select().from(notifications).where(inArray(notifications.link, links))).toEqual([]);
    expect((await (await clients.a!.get('/api/v1/me/todo')).json()).employee.hearings.length).toBe(before - 1);
    await t.drain();
    expect((await reminderMails('a')).length).toBe(mailsBefore);
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'hearing.delete'), eq(auditLog.entityId, id)));
    expect(row!.detail).toEqual({ role: '法人営業', sheets: 2, submitted: 0 });
    expect((await hr.delete(`/api/v1/hiring/hearings/${id}`)).status).toBe(404);
  });
});

describe('the hearing sheet in the template builder', () => {
  type Tpl = {
    id: string;
    kind: string;
    version: number;
    usedBy: number;
    definition: { sections: { id: string; fields: { id: string }[] }[] };
  };
  it('HR edits it like other templates: sent hearings keep their version, new ones ask the edited sheet; never retired', async () => {
    const list = (await (await hr.get('/api/v1/templates?kind=hearing')).json()) as { items: Tpl[] };
    expect(list.items.map((x) => x.kind)).toEqual(['hearing']);
    const tpl = (await (await hr.get(`/api/v1/templates/${list.items[0]!.id}`)).json()) as Tpl;
    expect(tpl.usedBy).toBeGreaterThan(0);
    const old = await send(['a']);
    const definition = structuredClone(tpl.definition);
    definition.sections
      .find((s) => s.id === 'criteria')!
      .fields.push({
        id: 'teamFit',
        type: 'longText',
        label: { ja: 'チームとの相性で見るべきこと' },
      } as never);
    const saved = await hr.patch(`/api/v1/templates/${tpl.id}`, { definition, version: tpl.version });
    expect(saved.status).toBe(200);
    // The sent hearings pinned and locked the version: the edit is a new one.
    expect(((await saved.json()) as Tpl).version).toBe(tpl.version + 1);
    const fresh = await send(['a']);
    const fieldIds = async (sheet: string) =>
      ((await (await clients.a!.get(`/api/v1/me/hearings/${sheet}`)).json()) as Tpl).definition.sections.flatMap((s) =>
        s.fields.map((f) => f.id),
      );
    expect(await fieldIds(fresh.sheetOf('a'))).toContain('teamFit');
    expect(await fieldIds(old.sheetOf('a'))).not.toContain('teamFit');
    const retire = await hr.put(`/api/v1/templates/${tpl.id}/status`, { status: 'retired' });
    expect(retire.status).toBe(409);
    expect((await retire.json()).error.message).toContain('使用停止にできません');
    // A round cannot take it as its sheet.
    const round = await hr.post('/api/v1/rounds', {
      name: 'x',
      type: 'career',
      periodStart: '2027-06-01',
      periodEnd: '2027-07-31',
      sheetTemplateId: tpl.id,
      participants: { all: true },
    });
    expect(round.status).toBe(400);
  });
});
