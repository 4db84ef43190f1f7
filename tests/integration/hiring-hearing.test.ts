import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, hearingRequests, mailOutbox, notifications } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

// The hiring-criteria hearing (issue 18.5, decision 0026): HR sends the default sheet to field managers, each answers
// their own, HR reads the answers side by side and saves draft criteria linked to the role's expected skills.

let t: TestApp;
let hr: TestClient;
let ids: { sales: string; hearing: string; sheets: Record<string, string> };
const people: Record<string, { id: string; email: string }> = {};
const clients: Record<string, TestClient> = {};

const MAP = [
  'job_family_code,job_family_name,role_code,role_name,track,grade,level,expected_skills,next_roles',
  'SAL,営業職,S-2,法人営業,common,G2,2,提案力:3; 顧客折衝:3,',
].join('\n');

beforeAll(async () => {
  t = await makeTestApp();
  hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
  // a, b and c work in one department; `other` elsewhere. Whom a manager may pick as a high performer: their reports,
  // and the people of their department (hiring/performer.ts).
  const dept = await makeDepartment(t.db, { name: '営業一部' });
  const elsewhere = await makeDepartment(t.db, { name: '経理部' });
  for (const name of ['a', 'b', 'c', 'other']) {
    people[name] = await makeEmployee(t.db, { departmentId: name === 'other' ? elsewhere.id : dept.id });
    clients[name] = await t.client().login(people[name]!.email);
  }
  people.star = await makeEmployee(t.db, { departmentId: dept.id, familyName: '佐藤', givenName: '花子', employeeNumber: 'STAR-1' });
  people.report = await makeEmployee(t.db, { managerId: people.a!.id, familyName: '鈴木', givenName: '一郎' });
  people.outsider = await makeEmployee(t.db, { departmentId: elsewhere.id, familyName: '部外', givenName: '者' });
  const imported = await hr.post('/api/v1/imports/careerPaths/commit', MAP, { 'content-type': 'text/csv' });
  expect(imported.status).toBe(200);
  await imported.text();
  const map = await (await hr.get('/api/v1/career/framework')).json();
  ids = { sales: map.roles[0].id, hearing: '', sheets: {} };
});
afterAll(() => t.close());

const pick = (name: string, performerId: string | null) =>
  clients[name]!.put(`/api/v1/me/hearings/${ids.sheets[name]}/performer`, { performerId });

const answer = (name: string, answers: Record<string, unknown>) =>
  clients[name]!.put(`/api/v1/me/hearings/${ids.sheets[name]}/answers`, {
    answers: Object.fromEntries(Object.entries(answers).map(([k, value]) => [k, { value }])),
  });

describe('hiring-criteria hearing', () => {
  it('validates the request with Japanese messages', async () => {
    const none = await hr.post('/api/v1/hiring/hearings', { managerIds: [], dueOn: '2026-13-01' });
    expect(none.status).toBe(400);
    const body = await none.json();
    expect(body.error.fields.roleId).toContain('どちらか一方');
    expect(body.error.fields.managerIds).toContain('1人以上');
    const gone = await hr.post('/api/v1/hiring/hearings', { roleId: people.a!.id, managerIds: [people.a!.id], dueOn: '2026-12-31' });
    expect((await gone.json()).error.fields.roleId).toContain('最新のキャリアパス');
    const asManager = await clients.a!.post('/api/v1/hiring/hearings', {
      roleName: '営業',
      managerIds: [people.b!.id],
      dueOn: '2026-12-31',
    });
    expect(asManager.status).toBe(403);
  });

  it('sends the sheet to the chosen managers: in-app notice, mail and their home to-do', async () => {
    const res = await hr.post('/api/v1/hiring/hearings', {
      roleId: ids.sales,
      managerIds: [people.a!.id, people.b!.id, people.c!.id],
      dueOn: '2026-12-31',
      message: '活躍している方を1名思い浮かべてください。',
    });
    expect(res.status).toBe(201);
    ids.hearing = (await res.json()).id;
    const detail = await (await hr.get(`/api/v1/hiring/hearings/${ids.hearing}`)).json();
    expect(detail.role).toMatchObject({
      id: ids.sales,
      name: '法人営業',
      skills: [
        { name: '提案力', level: 3 },
        { name: '顧客折衝', level: 3 },
      ],
    });
    expect(detail.requests.map((r: { status: string }) => r.status)).toEqual(['notStarted', 'notStarted', 'notStarted']);
    for (const name of ['a', 'b', 'c']) {
      const todo = await (await clients[name]!.get('/api/v1/me/todo')).json();
      expect(todo.employee.hearings).toHaveLength(1);
      expect(todo.employee.hearings[0]).toMatchObject({ roleName: '法人営業', dueOn: '2026-12-31', status: 'draft' });
      ids.sheets[name] = todo.employee.hearings[0].id;
    }
    const [notice] = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, people.a!.id), eq(notifications.kind, 'hearingRequested')));
    expect(notice!.link).toBe(`/hearings/${ids.sheets.a}`);
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, people.a!.email));
    expect(mails.some((m) => m.subject.includes('採用基準ヒアリング') && m.bodyText.includes('法人営業'))).toBe(true);
    // In HR's template list as its own kind (edited in the builder; a round's pickers take only their kind).
    const templates = await (await hr.get('/api/v1/templates?status=all')).json();
    expect(templates.items.filter((x: { kind: string }) => x.kind === 'hearing')).toHaveLength(1);
  });

  it('lets a manager read and write only their own sheet; others, HR included, get 404', async () => {
    const sheet = await (await clients.a!.get(`/api/v1/me/hearings/${ids.sheets.a}`)).json();
    expect(sheet.role).toEqual({ name: '法人営業' });
    expect(sheet.definition.sections.map((s: { id: string }) => s.id)).toEqual([
      'performer',
      'results',
      'behaviours',
      'skills',
      'traits',
      'hiring',
      'criteria',
    ]);
    expect(sheet.can.edit).toBe(true);
    for (const c of [clients.b!, clients.other!, hr]) {
      expect((await c.get(`/api/v1/me/hearings/${ids.sheets.a}`)).status).toBe(404);
      expect((await c.put(`/api/v1/me/hearings/${ids.sheets.a}/answers`, { answers: {} })).status).toBe(404);
    }
    expect((await clients.a!.get(`/api/v1/hiring/hearings/${ids.hearing}`)).status).toBe(404);
    expect((await clients.a!.get('/api/v1/hiring/hearings')).status).toBe(403);
  });

  it('autosaves, checks values against the sheet, and requires the required fields on submit', async () => {
    const bad = await answer('a', { skillKeywords: 'not a list', nope: 'x' });
    expect(bad.status).toBe(400);
    const fields = (await bad.json()).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['answers.nope', 'answers.skillKeywords']);
    // The high performer is no typed name any more: the sheet has no such field.
    expect((await answer('a', { performerName: '佐藤 花子' })).status).toBe(400);
    expect((await answer('a', { performerTenure: '入社3年目' })).status).toBe(200);
    const early = await clients.a!.post(`/api/v1/me/hearings/${ids.sheets.a}/submit`);
    expect(early.status).toBe(400);
    expect(Object.keys((await early.json()).error.fields)).toEqual(expect.arrayContaining(['answers.situation', 'performerId']));
    expect((await pick('a', people.report!.id)).status).toBe(200);
    const full = {
      situation: '大口顧客の担当として新規案件を毎期獲得している',
      behaviourKeywords: ['自分から周囲を巻き込む', '期限前に相談する'],
      skillKeywords: ['提案力', '業界知識'],
      traitKeywords: ['粘り強い'],
      hiringRoute: 'referral',
    };
    expect((await answer('a', full)).status).toBe(200);
    expect((await clients.a!.post(`/api/v1/me/hearings/${ids.sheets.a}/submit`)).status).toBe(200);
    expect((await answer('a', { results: 'x' })).status).toBe(409);
    expect((await pick('b', people.star!.id)).status).toBe(200);
    expect(
      (
        await answer('b', {
          ...full,
          skillKeywords: ['顧客折衝', '提案力 '],
          traitKeywords: ['粘り強い', '素直'],
        })
      ).status,
    ).toBe(200);
    expect((await clients.b!.post(`/api/v1/me/hearings/${ids.sheets.b}/submit`)).status).toBe(200);
    // c saves a draft only: not in the summary (nor whom they picked).
    expect((await pick('c', people.b!.id)).status).toBe(200);
    expect((await answer('c', { performerTenure: '下書き 太郎' })).status).toBe(200);
    const todo = await (await clients.a!.get('/api/v1/me/todo')).json();
    expect(todo.employee.hearings).toEqual([]);
  });

  it('groups the submitted answers by section for HR, counts keywords, suggests criteria, and audits the read', async () => {
    const d = await (await hr.get(`/api/v1/hiring/hearings/${ids.hearing}`)).json();
    expect(d.requests.map((r: { status: string }) => r.status).sort()).toEqual(['draft', 'submitted', 'submitted']);
    const field = (section: string, id: string) =>
      d.sections.find((s: { sectionId: string }) => s.sectionId === section).fields.find((f: { fieldId: string }) => f.fieldId === id);
    // Whom each manager named: resolved by name and department for HR, on submitted sheets only.
    const named = d.requests
      .filter((r: { performer: unknown }) => r.performer)
      .map((r: { manager: { id: string }; performer: { familyName: string; department: string | null } }) => [
        r.manager.id,
        r.performer.familyName,
        r.performer.department,
      ]);
    expect(named.sort()).toEqual(
      [
        [people.a!.id, '鈴木', null],
        [people.b!.id, '佐藤', '営業一部'],
      ].sort(),
    );
    expect(JSON.stringify(d)).not.toContain('下書き 太郎');
    expect(d.requests.find((r: { manager: { id: string } }) => r.manager.id === people.c!.id).performer).toBeNull();
    expect(field('skills', 'skillKeywords').counts[0]).toEqual({ text: '提案力', count: 2 });
    expect(field('traits', 'traitKeywords').counts[0]).toEqual({ text: '粘り強い', count: 2 });
    expect(field('skills', 'skillKeywords').answers[0].by).toHaveProperty('familyName');
    expect(d.suggested).toEqual(
      expect.arrayContaining([
        { section: 'skills', text: '提案力', count: 2, skill: '提案力' },
        { section: 'traits', text: '粘り強い', count: 2, skill: null },
      ]),
    );
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'hearing.summary.read'), eq(auditLog.entityId, ids.hearing)));
    expect(reads.length).toBeGreaterThan(0);
  });

  it('saves criteria linked only to the role’s expected skills, and exports them', async () => {
    const url = `/api/v1/hiring/hearings/${ids.hearing}/criteria`;
    const wrong = await hr.put(url, { criteria: [{ section: 'skills', text: 'Go が書ける', skill: 'Go' }] });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields['criteria.0.skill']).toContain('期待スキル');
    const empty = await hr.put(url, { criteria: [{ section: 'traits', text: '', skill: null }] });
    expect((await empty.json()).error.fields['criteria.0.text']).toBeTruthy();
    const saved = await hr.put(url, {
      criteria: [
        { section: 'skills', text: '顧客の課題に合わせた提案ができる', skill: '提案力' },
        { section: 'traits', text: '粘り強く取り組める', skill: null },
      ],
    });
    expect(saved.status).toBe(200);
    expect((await saved.json()).criteria.map((c: { text: string; skill: string | null }) => [c.text, c.skill])).toEqual([
      ['顧客の課題に合わせた提案ができる', '提案力'],
      ['粘り強く取り組める', null],
    ]);
    expect((await clients.a!.put(url, { criteria: [] })).status).toBe(404);
    const csv = await (await hr.get(`${url}.csv`)).text();
    expect(csv).toContain('顧客の課題に合わせた提案ができる');
    expect(csv).toContain('提案力,3');
    expect(csv).not.toContain('佐藤');
    const list = await (await hr.get('/api/v1/hiring/hearings')).json();
    expect(list.items[0]).toMatchObject({ id: ids.hearing, total: 3, submitted: 2, criteria: 2 });
    const saves = await t.db.select().from(auditLog).where(eq(auditLog.action, 'hearing.criteria.save'));
    expect(saves).toHaveLength(1);
  });

  it('a free-text role links nothing', async () => {
    const res = await hr.post('/api/v1/hiring/hearings', { roleName: '経理', managerIds: [people.a!.id], dueOn: '2026-12-31' });
    const { id } = await res.json();
    const d = await (await hr.get(`/api/v1/hiring/hearings/${id}`)).json();
    expect(d.role).toEqual({ id: null, name: '経理', skills: [] });
    const linked = await hr.put(`/api/v1/hiring/hearings/${id}/criteria`, {
      criteria: [{ section: 'skills', text: '簿記2級', skill: '提案力' }],
    });
    expect(linked.status).toBe(400);
  });
});

describe('the high performer is a picked person (privacy: an erasure finds them)', () => {
  let sheet: string;
  beforeAll(async () => {
    const res = await hr.post('/api/v1/hiring/hearings', { roleName: '営業', managerIds: [people.a!.id], dueOn: '2026-12-31' });
    const d = await (await hr.get(`/api/v1/hiring/hearings/${(await res.json()).id}`)).json();
    sheet = d.requests[0].id;
  });

  it('offers the manager their reports and department, name and department only, never themselves or outsiders', async () => {
    const res = await clients.a!.get(`/api/v1/me/hearings/${sheet}/people`);
    expect(res.status).toBe(200);
    const { items } = await res.json();
    const got = items.map((p: { id: string }) => p.id);
    expect(got).toEqual(expect.arrayContaining([people.report!.id, people.star!.id, people.b!.id, people.c!.id]));
    expect(got).not.toContain(people.a!.id);
    expect(got).not.toContain(people.outsider!.id);
    expect(got).not.toContain(people.other!.id);
    expect(Object.keys(items[0]).sort()).toEqual(['department', 'familyName', 'givenName', 'id']);
    const found = await (await clients.a!.get(`/api/v1/me/hearings/${sheet}/people?q=${encodeURIComponent('佐藤')}`)).json();
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([people.star!.id]);
    // Another manager's sheet is not theirs to list from.
    expect((await clients.b!.get(`/api/v1/me/hearings/${sheet}/people`)).status).toBe(404);
  });

  it('refuses a person outside the manager’s scope with a Japanese message', async () => {
    for (const who of [people.outsider!.id, people.a!.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await clients.a!.put(`/api/v1/me/hearings/${sheet}/performer`, { performerId: who });
      expect(res.status).toBe(400);
      expect((await res.json()).error.fields.performerId).toContain('選べません');
    }
    const [row] = await t.db.select().from(hearingRequests).where(eq(hearingRequests.id, sheet));
    expect(row!.performerId).toBeNull();
  });

  it('shows the manager their own pick and audits it without a name', async () => {
    const res = await clients.a!.put(`/api/v1/me/hearings/${sheet}/performer`, { performerId: people.star!.id });
    expect((await res.json()).performer).toEqual({ id: people.star!.id, familyName: '佐藤', givenName: '花子', department: '営業一部' });
    const mine = await (await clients.a!.get(`/api/v1/me/hearings/${sheet}`)).json();
    expect(mine.performer.familyName).toBe('佐藤');
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'hearing.answer'));
    expect(JSON.stringify(rows.map((r) => r.detail))).not.toContain('佐藤');
  });

  it('the erasure of the performer clears every sheet that names them', async () => {
    expect((await hr.post(`/api/v1/employees/${people.star!.id}/retire`, {})).status).toBe(200);
    const erased = await hr.post(`/api/v1/employees/${people.star!.id}/erase`, { confirmEmployeeNumber: 'STAR-1', mode: 'erase' });
    expect(erased.status).toBe(200);
    const left = await t.db.select().from(hearingRequests).where(eq(hearingRequests.performerId, people.star!.id));
    expect(left).toEqual([]);
    const d = await (await hr.get(`/api/v1/hiring/hearings/${ids.hearing}`)).json();
    expect(d.requests.find((r: { manager: { id: string } }) => r.manager.id === people.b!.id).performer).toBeNull();
    expect(JSON.stringify(d)).not.toContain('花子');
  });
});
