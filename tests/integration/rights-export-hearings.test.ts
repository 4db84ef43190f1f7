import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, hearingRequests } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

// The data export (decision 0022) and the hiring-criteria hearing (0026): the sheets a person wrote as a manager are in
// their own download (drafts too) and in HR's export (submitted ones); the submitted sheets that named them as a high
// performer are in HR's export only — written about them for HR, as an hr_manager note. Nothing of other sheets.

let t: TestApp;
let hr: TestClient;
const people: Record<string, { id: string; email: string }> = {};
const clients: Record<string, TestClient> = {};
const sheets: Record<string, string> = {};

const TEXT = {
  a: 'Aの回答: 大口顧客を毎期獲得している',
  aDraft: 'Aの下書き: まだ誰にも見せていない',
  b: 'Bの回答: 経理の締めを前倒しにした',
  star: '佐藤の下書き: 後輩の面倒見がよい',
};
const full = (situation: string) => ({
  situation,
  behaviourKeywords: ['自分から周囲を巻き込む'],
  skillKeywords: ['提案力'],
  traitKeywords: ['粘り強い'],
  hiringRoute: 'referral',
});

async function send(roleName: string, managers: string[]) {
  const res = await hr.post('/api/v1/hiring/hearings', { roleName, managerIds: managers.map((m) => people[m]!.id), dueOn: '2026-12-31' });
  expect(res.status).toBe(201);
  const { id } = await res.json();
  const rows = await t.db.select().from(hearingRequests).where(eq(hearingRequests.hearingId, id));
  for (const m of managers) sheets[`${roleName}:${m}`] = rows.find((r) => r.managerId === people[m]!.id)!.id;
}
async function fill(key: string, who: string, performer: string, answers: Record<string, unknown>, submit: boolean) {
  const c = clients[who]!;
  expect((await c.put(`/api/v1/me/hearings/${sheets[key]}/performer`, { performerId: people[performer]!.id })).status).toBe(200);
  const body = { answers: Object.fromEntries(Object.entries(answers).map(([k, value]) => [k, { value }])) };
  expect((await c.put(`/api/v1/me/hearings/${sheets[key]}/answers`, body)).status).toBe(200);
  if (submit) expect((await c.post(`/api/v1/me/hearings/${sheets[key]}/submit`)).status).toBe(200);
}
const selfExport = async (who: string) => {
  const res = await clients[who]!.get('/api/v1/me/data-export');
  expect(res.status).toBe(200);
  const raw = await res.text();
  return { raw, data: JSON.parse(raw) };
};
const hrExport = async (who: string) => {
  const res = await hr.post(`/api/v1/employees/${people[who]!.id}/data-export`, { reason: '開示請求' });
  expect(res.status).toBe(200);
  const raw = await res.text();
  return { raw, data: JSON.parse(raw) };
};
type Sheet = { id: string; role: { name: string }; status: string; manager: { id: string }; performer: { familyName: string } | null };

beforeAll(async () => {
  t = await makeTestApp();
  hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
  const dept = await makeDepartment(t.db, { name: '営業一部' });
  for (const name of ['a', 'b', 'other']) {
    people[name] = await makeEmployee(t.db, { departmentId: dept.id, familyName: name.toUpperCase(), givenName: '課長' });
    clients[name] = await t.client().login(people[name]!.email);
  }
  people.star = await makeEmployee(t.db, { departmentId: dept.id, familyName: '佐藤', givenName: '花子' });
  clients.star = await t.client().login(people.star!.email);
  // 法人営業: a names star and submits; b names other and submits; star (asked too) keeps a draft naming a.
  await send('法人営業', ['a', 'b', 'star']);
  await fill('法人営業:a', 'a', 'star', full(TEXT.a), true);
  await fill('法人営業:b', 'b', 'other', full(TEXT.b), true);
  await fill('法人営業:star', 'star', 'a', { situation: TEXT.star }, false);
  // 内勤営業: a's draft names star (not submitted: HR has never seen it).
  await send('内勤営業', ['a']);
  await fill('内勤営業:a', 'a', 'star', { situation: TEXT.aDraft }, false);
}, 120_000);
afterAll(() => t.close());

describe('the person’s own download', () => {
  it('holds every sheet they wrote, drafts too, with the role, due date, status, answers and their pick by name', async () => {
    const { data, raw } = await selfExport('a');
    const written = data.hearings.written as Sheet[];
    expect(written.map((s) => [s.role.name, s.status])).toEqual([
      ['法人営業', 'submitted'],
      ['内勤営業', 'draft'],
    ]);
    expect(written[0]).toMatchObject({
      dueOn: '2026-12-31',
      manager: { id: people.a!.id },
      performer: { familyName: '佐藤', givenName: '花子', department: '営業一部' },
    });
    expect((written[0] as unknown as { answers: Record<string, unknown> }).answers.situation).toEqual({ value: TEXT.a, hrOnly: false });
    expect(written[0]).not.toHaveProperty('can');
    expect(data.hearings.named).toEqual([]);
    for (const s of [TEXT.b, TEXT.star]) expect(raw).not.toContain(s);
  });

  it('never holds the sheets that named them (written for HR), nor other managers’ sheets', async () => {
    const { data, raw } = await selfExport('star');
    expect((data.hearings.written as Sheet[]).map((s) => [s.role.name, s.status, s.performer?.familyName])).toEqual([
      ['法人営業', 'draft', 'A'],
    ]);
    expect(data.hearings.named).toEqual([]);
    for (const s of [TEXT.a, TEXT.aDraft, TEXT.b]) expect(raw).not.toContain(s);
    expect(raw).toContain(TEXT.star);
  });

  it('someone never asked has none', async () => {
    const { data } = await selfExport('other');
    expect(data.hearings).toEqual({ written: [], named: [] });
  });
});

describe('HR’s export of a person’s file', () => {
  it('holds the manager’s submitted sheets only (HR never sees a draft)', async () => {
    const { data, raw } = await hrExport('a');
    expect((data.hearings.written as Sheet[]).map((s) => [s.role.name, s.status, s.performer?.familyName])).toEqual([
      ['法人営業', 'submitted', '佐藤'],
    ]);
    expect(raw).toContain(TEXT.a);
    for (const s of [TEXT.aDraft, TEXT.b, TEXT.star]) expect(raw).not.toContain(s);
  });

  it('holds the submitted sheets that named the person, with who wrote them; no draft, no sheet naming someone else', async () => {
    const { data, raw } = await hrExport('star');
    expect(data.hearings.written).toEqual([]);
    const named = data.hearings.named as Sheet[];
    expect(named.map((s) => [s.id, s.manager.id, s.performer?.familyName])).toEqual([[sheets['法人営業:a'], people.a!.id, '佐藤']]);
    expect(raw).toContain(TEXT.a);
    for (const s of [TEXT.aDraft, TEXT.b, TEXT.star]) expect(raw).not.toContain(s);
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'data_export.person'), eq(auditLog.entityId, people.star!.id)));
    expect(row!.detail).toMatchObject({ hearings: 1 });
  });

  it('once a sheet’s performer is erased from it, it no longer names them', async () => {
    await t.db.update(hearingRequests).set({ performerId: null }).where(eq(hearingRequests.id, sheets['法人営業:a']!));
    expect((await hrExport('star')).data.hearings.named).toEqual([]);
    expect((await selfExport('a')).data.hearings.written[0].performer).toBeNull();
  });
});
