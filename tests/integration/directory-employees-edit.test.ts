import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

let t: TestApp;
let org: Org;
let hr: TestClient;
beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
});
afterAll(() => t.close());

let n = 0;
const newEmployee = (over: Record<string, unknown> = {}) => {
  n++;
  return {
    employeeNumber: `N-${n}`,
    familyName: '中村',
    givenName: '美咲',
    familyNameKana: 'なかむら',
    givenNameKana: 'ミサキ',
    email: `Misaki.${n}@Example.jp`,
    ...over,
  };
};
const auditRows = (entityId: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

describe('POST /employees', () => {
  it('creates a person (hr), normalizing email and furigana, and audits it', async () => {
    const res = await hr.post(
      '/api/v1/employees',
      newEmployee({ departmentId: org.team.id, managerId: org.manager.id, hireDate: '2020-04-01', grade: 'G2' }),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      familyName: '中村',
      familyNameKana: 'ナカムラ',
      email: `misaki.${n}@example.jp`,
      status: 'active',
      version: 1,
      hireDate: '2020-04-01',
      locale: 'ja',
      roles: [],
      department: { id: org.team.id },
      manager: { id: org.manager.id },
    });
    const [row] = await auditRows(body.id, 'employee.create');
    expect(row!.actorId).toBe(org.hr.id);
    expect(row!.detail).toMatchObject({ employeeNumber: body.employeeNumber });
  });

  it('answers 400 with the field message for a duplicate number or email, in Japanese and English', async () => {
    const first = newEmployee();
    expect((await hr.post('/api/v1/employees', first)).status).toBe(201);
    const res = await hr.post('/api/v1/employees', {
      ...newEmployee(),
      employeeNumber: first.employeeNumber,
      email: first.email.toUpperCase(),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.fields).toEqual({
      employeeNumber: 'この社員番号はすでに使われています。',
      email: 'このメールアドレスはすでに使われています。',
    });
    const en = await hr.post('/api/v1/employees', { ...newEmployee(), email: first.email }, { 'accept-language': 'en' });
    // The signed-in person's locale wins over the header; an English user gets English.
    expect((await en.json()).error.fields.email).toBe('このメールアドレスはすでに使われています。');
  });

  it('localizes messages in English for English users', async () => {
    const enHr = await makeEmployee(t.db, { roles: ['hr'], locale: 'en' });
    const c = await t.client().login(enHr.email);
    const res = await c.post('/api/v1/employees', newEmployee({ email: org.report.email, familyNameKana: 'Nakamura', extra: 1 }));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toEqual({
      code: 'validation',
      message: 'Please check your input.',
      fields: { familyNameKana: 'Enter the furigana in katakana.', extra: 'Unknown field.' },
    });
    const dup = await c.post('/api/v1/employees', newEmployee({ email: org.report.email }));
    expect((await dup.json()).error.fields).toEqual({ email: 'This email address is already in use.' });
  });

  it('lets exactly one of two simultaneous creates with the same number win', async () => {
    const body = newEmployee();
    const [a, b] = await Promise.all([
      hr.post('/api/v1/employees', body),
      hr.post('/api/v1/employees', { ...body, email: `other.${body.email}` }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 400]);
    const loser = a.status === 400 ? a : b;
    expect((await loser.json()).error.fields.employeeNumber).toBe('この社員番号はすでに使われています。');
  });

  it('checks that department and manager exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000001';
    const res = await hr.post('/api/v1/employees', newEmployee({ departmentId: missing, managerId: missing }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toEqual({
      departmentId: '指定された部署が見つかりません。',
      managerId: '指定された上司が見つかりません。',
    });
    const retired = await makeEmployee(t.db, { status: 'retired' });
    const res2 = await hr.post('/api/v1/employees', newEmployee({ managerId: retired.id }));
    expect((await res2.json()).error.fields.managerId).toBe('退職済みの社員は上司に設定できません。');
  });

  it('rejects unknown fields and missing ones with Japanese messages', async () => {
    const res = await hr.post('/api/v1/employees', { employeeNumber: 'X 1', passwordHash: 'x', status: 'retired' });
    expect(res.status).toBe(400);
    const f = (await res.json()).error.fields;
    expect(f.passwordHash).toBe('不明な項目です。');
    expect(f.status).toBe('不明な項目です。');
    expect(f.familyName).toBe('必須項目です。');
    expect(f.employeeNumber).toBe('社員番号は半角英数字・ハイフン・アンダースコアで入力してください。');
  });

  it('is forbidden to people who are not hr/admin', async () => {
    const c = await t.client().login(org.manager.email);
    expect((await c.post('/api/v1/employees', newEmployee())).status).toBe(403);
  });
});

describe('PATCH /employees/:id', () => {
  it('updates with the current version, bumps it and audits the changed field names', async () => {
    const e = await makeEmployee(t.db);
    const res = await hr.patch(`/api/v1/employees/${e.id}`, { version: 1, jobTitle: '主任', grade: 'G4', familyName: e.familyName });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ jobTitle: '主任', grade: 'G4', version: 2 });
    const [row] = await auditRows(e.id, 'employee.update');
    expect(row!.detail).toEqual({ changed: ['jobTitle', 'grade'], version: 2 });
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const e = await makeEmployee(t.db);
    expect((await hr.patch(`/api/v1/employees/${e.id}`, { version: 1, jobTitle: 'A' })).status).toBe(200);
    const stale = await hr.patch(`/api/v1/employees/${e.id}`, { version: 1, jobTitle: 'B' });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toEqual({
      code: 'conflict',
      message: '他の人が先に更新しました。画面を再読み込みしてからやり直してください。',
    });
    expect((await (await hr.get(`/api/v1/employees/${e.id}`)).json()).jobTitle).toBe('A');
  });

  it('requires a version and rejects unknown fields', async () => {
    const e = await makeEmployee(t.db);
    const res = await hr.patch(`/api/v1/employees/${e.id}`, { jobTitle: 'x', status: 'retired' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toEqual({ version: '必須項目です。', status: '不明な項目です。' });
  });

  it('refuses a manager who is the person or below them in the chain', async () => {
    const a = await makeEmployee(t.db);
    const b = await makeEmployee(t.db, { managerId: a.id });
    const c = await makeEmployee(t.db, { managerId: b.id });
    const self = await hr.patch(`/api/v1/employees/${a.id}`, { version: 1, managerId: a.id });
    expect((await self.json()).error.fields.managerId).toBe('本人を自分の上司に設定することはできません。');
    const cycle = await hr.patch(`/api/v1/employees/${a.id}`, { version: 1, managerId: c.id });
    expect(cycle.status).toBe(400);
    expect((await cycle.json()).error.fields.managerId).toBe('この上司を設定すると、上司と部下の関係が循環してしまいます。');
    const ok = await hr.patch(`/api/v1/employees/${c.id}`, { version: 1, managerId: a.id });
    expect(ok.status).toBe(200);
  });

  it('checks uniqueness and references on change', async () => {
    const e = await makeEmployee(t.db);
    const res = await hr.patch(`/api/v1/employees/${e.id}`, {
      version: 1,
      employeeNumber: org.report.employeeNumber,
      departmentId: '00000000-0000-4000-8000-000000000002',
    });
    expect((await res.json()).error.fields).toEqual({
      employeeNumber: 'この社員番号はすでに使われています。',
      departmentId: '指定された部署が見つかりません。',
    });
    const dept = await makeDepartment(t.db);
    expect((await hr.patch(`/api/v1/employees/${e.id}`, { version: 1, departmentId: dept.id, email: e.email })).status).toBe(200);
  });

  it('is 404 for people the actor cannot see and 403 for those they can', async () => {
    const mgr = await t.client().login(org.manager.email);
    expect((await mgr.patch(`/api/v1/employees/${org.otherReport.id}`, { version: 1, jobTitle: 'x' })).status).toBe(404);
    expect((await mgr.patch(`/api/v1/employees/${org.report.id}`, { version: 1, jobTitle: 'x' })).status).toBe(403);
    expect((await t.client().patch(`/api/v1/employees/${org.report.id}`, { version: 1 })).status).toBe(401);
  });

  it("keeps an admin's record out of reach of HR who are not admins", async () => {
    const res = await hr.patch(`/api/v1/employees/${org.admin.id}`, { version: 1, email: 'mine@example.jp' });
    expect(res.status).toBe(403);
  });
});
