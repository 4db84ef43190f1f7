import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

let t: TestApp;
let hr: TestClient;
let staff: TestClient;
beforeAll(async () => {
  t = await makeTestApp();
  hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
  staff = await t.client().login((await makeEmployee(t.db)).email);
});
afterAll(() => t.close());

type Dept = { id: string; code: string; name: string; nameEn: string | null; parentId: string | null; employeeCount: number };
const listed = async (c: TestClient): Promise<Dept[]> => (await (await c.get('/api/v1/departments')).json()).items;

describe('GET /departments', () => {
  it('lists every department flat with its active head-count, for any signed-in person', async () => {
    const root = await makeDepartment(t.db, { code: 'ROOT', name: '本社', nameEn: 'Head office' });
    const child = await makeDepartment(t.db, { code: 'ROOT-1', name: '総務部', parentId: root.id });
    await makeEmployee(t.db, { departmentId: child.id });
    await makeEmployee(t.db, { departmentId: child.id });
    await makeEmployee(t.db, { departmentId: child.id, status: 'retired' });
    const items = await listed(staff);
    expect(items.find((d) => d.id === root.id)).toEqual({
      id: root.id,
      code: 'ROOT',
      name: '本社',
      nameEn: 'Head office',
      parentId: null,
      employeeCount: 0,
    });
    expect(items.find((d) => d.id === child.id)).toMatchObject({ parentId: root.id, employeeCount: 2 });
  });

  it('answers 401 when signed out', async () => {
    expect((await t.client().get('/api/v1/departments')).status).toBe(401);
  });
});

describe('POST /departments', () => {
  it('creates a department (hr) and audits it', async () => {
    const parent = await makeDepartment(t.db);
    const res = await hr.post('/api/v1/departments', { code: 'NEW-1', name: '新規事業部', nameEn: 'New Business', parentId: parent.id });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toEqual({ id: body.id, code: 'NEW-1', name: '新規事業部', nameEn: 'New Business', parentId: parent.id, employeeCount: 0 });
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, body.id), eq(auditLog.action, 'department.create')));
    expect(rows).toHaveLength(1);
  });

  it('refuses a duplicate code and a missing parent with field messages', async () => {
    await makeDepartment(t.db, { code: 'DUP' });
    const res = await hr.post('/api/v1/departments', { code: 'DUP', name: 'x', parentId: '00000000-0000-4000-8000-000000000003' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toEqual({
      code: 'この部署コードはすでに使われています。',
      parentId: '指定された親部署が見つかりません。',
    });
  });

  it('validates the body and rejects unknown fields', async () => {
    const res = await hr.post('/api/v1/departments', { code: 'ア', name: '', manager: 'x' });
    expect((await res.json()).error.fields).toEqual({
      code: '部署コードは半角英数字・ハイフン・アンダースコアで入力してください。',
      name: '必須項目です。',
      manager: '不明な項目です。',
    });
  });

  it('is forbidden to people who are not hr/admin', async () => {
    expect((await staff.post('/api/v1/departments', { code: 'NOPE', name: 'x' })).status).toBe(403);
  });
});

describe('PATCH /departments/:id', () => {
  it('renames and moves a department, auditing the changed fields', async () => {
    const a = await makeDepartment(t.db);
    const b = await makeDepartment(t.db);
    const res = await hr.patch(`/api/v1/departments/${b.id}`, { name: '改名後', parentId: a.id, code: b.code });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: '改名後', parentId: a.id, code: b.code });
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, b.id), eq(auditLog.action, 'department.update')));
    expect(row!.detail).toEqual({ changed: ['name', 'parentId'], parentId: { before: null, after: a.id } });
    const top = await hr.patch(`/api/v1/departments/${b.id}`, { parentId: null });
    expect((await top.json()).parentId).toBeNull();
  });

  it('refuses to make a department its own parent or an ancestor of itself', async () => {
    const a = await makeDepartment(t.db);
    const b = await makeDepartment(t.db, { parentId: a.id });
    const c = await makeDepartment(t.db, { parentId: b.id });
    const self = await hr.patch(`/api/v1/departments/${a.id}`, { parentId: a.id });
    expect((await self.json()).error.fields.parentId).toBe('部署を自分自身の親部署にすることはできません。');
    const cycle = await hr.patch(`/api/v1/departments/${a.id}`, { parentId: c.id });
    expect(cycle.status).toBe(400);
    expect((await cycle.json()).error.fields.parentId).toBe('この親部署を設定すると、部署の階層が循環してしまいます。');
  });

  it('refuses a code already in use, in English for English users', async () => {
    const a = await makeDepartment(t.db);
    const b = await makeDepartment(t.db);
    const en = await t.client().login((await makeEmployee(t.db, { roles: ['admin'], locale: 'en' })).email);
    const res = await en.patch(`/api/v1/departments/${b.id}`, { code: a.code });
    expect((await res.json()).error).toEqual({
      code: 'validation',
      message: 'Please check your input.',
      fields: { code: 'This department code is already in use.' },
    });
  });

  it('answers 404 for an unknown department and 403 to non-HR', async () => {
    expect((await hr.patch('/api/v1/departments/00000000-0000-4000-8000-000000000004', { name: 'x' })).status).toBe(404);
    const d = await makeDepartment(t.db);
    expect((await staff.patch(`/api/v1/departments/${d.id}`, { name: 'x' })).status).toBe(403);
  });
});

describe('OpenAPI', () => {
  it('describes the directory routes', async () => {
    const res = await t.client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    for (const p of [
      '/api/v1/departments',
      '/api/v1/departments/{id}',
      '/api/v1/employees',
      '/api/v1/employees/{id}',
      '/api/v1/employees/{id}/retire',
      '/api/v1/employees/{id}/reinstate',
      '/api/v1/employees/{id}/roles',
    ]) {
      expect(doc.paths, p).toHaveProperty([p]);
    }
  });
});
