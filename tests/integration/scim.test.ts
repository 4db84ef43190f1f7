import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employees, sessions } from '../../src/db/schema';
import type { TestApp } from '../support/harness';
import type { Org } from '../support/org-app';
import { SCIM, type ScimCall, scimApp } from '../support/scim';

const { USER, ENT, GROUP, PATCH, ERROR } = SCIM;

let t: TestApp;
let org: Org;
let token: string;
let scim: ScimCall;

beforeAll(async () => {
  ({ t, org, token, scim } = await scimApp());
}, 60_000);
afterAll(async () => {
  await t.close();
});

// The SCIM server (issue 17.4, decision 0023), after the core cases of Microsoft's SCIM validator and RFC 7644:
// users created, read, filtered, replaced, patched, deactivated and deleted; groups (departments) created, filtered,
// given and relieved of members; paging; uniqueness; and a token that opens nothing but /scim/v2.
const newUser = (over: Record<string, unknown> = {}) => ({
  schemas: [USER, ENT],
  userName: 'Yamada.Taro@Example.JP',
  externalId: 'entra-0001',
  name: { familyName: '山田', givenName: '太郎' },
  emails: [{ value: 'yamada.taro@example.jp', type: 'work', primary: true }],
  active: true,
  title: '主任',
  phoneNumbers: [{ value: '03-0000-0000', type: 'work' }],
  [ENT]: { employeeNumber: 'E-9001', department: '第一開発部', manager: { value: org.manager.id } },
  ...over,
});

describe('SCIM discovery', () => {
  it('describes the service, its resource types and schemas', async () => {
    const spc = await scim('GET', '/ServiceProviderConfig');
    expect(spc.body.patch.supported).toBe(true);
    expect(spc.body.bulk.supported).toBe(false);
    const types = await scim('GET', '/ResourceTypes');
    expect(types.body.Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
    const schemas = await scim('GET', '/Schemas');
    expect(schemas.body.Resources.map((r: { id: string }) => r.id)).toEqual([USER, ENT, GROUP]);
  });
});

describe('SCIM users', () => {
  let id: string;

  it('creates a user (POST) with the enterprise attributes and answers 201 as application/scim+json', async () => {
    const res = await scim('POST', '/Users', newUser());
    expect(res.status).toBe(201);
    expect(res.type).toContain('application/scim+json');
    id = res.body.id;
    expect(res.body).toMatchObject({
      userName: 'yamada.taro@example.jp',
      externalId: 'entra-0001',
      name: { familyName: '山田', givenName: '太郎' },
      active: true,
      title: '主任',
      [ENT]: { employeeNumber: 'E-9001', department: '第一開発部', manager: { value: org.manager.id } },
      meta: { resourceType: 'User', location: `https://mendan.example.jp/scim/v2/Users/${id}` },
    });
    const [row] = await t.db.select().from(employees).where(eq(employees.id, id));
    expect(row).toMatchObject({ departmentId: org.team.id, managerId: org.manager.id, employeeNumber: 'E-9001', passwordHash: null });
    const created = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'employee.create'), eq(auditLog.entityId, id)));
    expect(created).toHaveLength(1);
    const writes = await t.db.select().from(auditLog).where(eq(auditLog.action, 'scim.write'));
    expect(writes.map((w) => w.detail)).toContainEqual(expect.objectContaining({ op: 'user.create', id }));
  });

  it('gets the user by id, and 404 for an unknown one', async () => {
    const res = await scim('GET', `/Users/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(id);
    expect((await scim('GET', '/Users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await scim('GET', '/Users/not-a-uuid')).body).toMatchObject({ schemas: [ERROR], status: '404' });
  });

  it('filters by userName (any case) and externalId; nobody found is totalResults 0', async () => {
    const found = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "YAMADA.taro@example.jp"')}`);
    expect(found.body).toMatchObject({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(found.body.Resources[0].id).toBe(id);
    const byExternal = await scim('GET', `/Users?filter=${encodeURIComponent('externalId eq "entra-0001"')}`);
    expect(byExternal.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);
    const none = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody@example.jp"')}`);
    expect(none.body).toMatchObject({ totalResults: 0, Resources: [] });
    const bad = await scim('GET', `/Users?filter=${encodeURIComponent('title co "x"')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.scimType).toBe('invalidFilter');
  });

  it('refuses a duplicate userName with 409 uniqueness', async () => {
    const res = await scim('POST', '/Users', newUser({ externalId: 'other', [ENT]: { employeeNumber: 'E-9999' } }));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
  });

  it('refuses invalid input with 400 invalidValue', async () => {
    expect((await scim('POST', '/Users', { schemas: [USER] })).body).toMatchObject({ status: '400', scimType: 'invalidValue' });
    expect((await scim('POST', '/Users', newUser({ userName: 'not-an-address', emails: [] }))).body.scimType).toBe('invalidValue');
    const syntax = await t.app.request('/scim/v2/Users', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{' });
    expect(((await syntax.json()) as { scimType: string }).scimType).toBe('invalidSyntax');
  });

  it('replaces the user with PUT', async () => {
    const res = await scim(
      'PUT',
      `/Users/${id}`,
      newUser({
        name: { familyName: '山田', givenName: '太朗' },
        title: '係長',
        [ENT]: { employeeNumber: 'E-9001', department: '営業部' },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: { givenName: '太朗' }, title: '係長', [ENT]: { department: '営業部' } });
    const [row] = await t.db.select().from(employees).where(eq(employees.id, id));
    expect(row!.departmentId).toBe(org.otherTeam.id);
  });

  it('patches attributes (replace with and without a path, Entra ID style)', async () => {
    const res = await scim('PATCH', `/Users/${id}`, {
      schemas: [PATCH],
      Operations: [
        { op: 'Replace', path: 'name.familyName', value: '山本' },
        { op: 'replace', value: { title: '課長', [`${ENT}:department`]: '第一開発部' } },
        { op: 'add', path: `${ENT}:employeeNumber`, value: 'E-9002' },
        { op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: '03-1111-1111' },
        { op: 'remove', path: 'externalId' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: { familyName: '山本' },
      title: '課長',
      [ENT]: { employeeNumber: 'E-9002', department: '第一開発部' },
    });
    expect(res.body.externalId).toBeUndefined();
  });

  it('PATCH active false retires the person and ends their sessions; true reinstates', async () => {
    await t.db
      .update(employees)
      .set({ passwordHash: org.report.passwordHash ?? null })
      .where(eq(employees.id, id));
    const person = await t.client().login('yamada.taro@example.jp');
    expect(await t.db.select().from(sessions).where(eq(sessions.employeeId, id))).toHaveLength(1);
    const res = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] });
    expect(res.status).toBe(200);
    expect(res.body.active).toBe(false);
    expect(await t.db.select().from(sessions).where(eq(sessions.employeeId, id))).toHaveLength(0);
    expect((await person.get('/api/v1/auth/me')).status).toBe(401);
    expect(
      await t.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'employee.retire'), eq(auditLog.entityId, id))),
    ).toHaveLength(1);
    const back = await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: true } }] });
    expect(back.body.active).toBe(true);
  });

  it('DELETE retires (never removes) and answers 204', async () => {
    const res = await scim('DELETE', `/Users/${id}`);
    expect(res.status).toBe(204);
    const [row] = await t.db.select().from(employees).where(eq(employees.id, id));
    expect(row!.status).toBe('retired');
    expect((await scim('GET', `/Users/${id}`)).body.active).toBe(false);
  });

  it('may not change or retire an administrator', async () => {
    const res = await scim('PATCH', `/Users/${org.admin.id}`, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', path: 'userName', value: 'evil@example.jp' }],
    });
    expect(res.status).toBe(403);
    expect((await scim('DELETE', `/Users/${org.admin.id}`)).status).toBe(403);
  });

  it('pages with startIndex and count', async () => {
    const all = await scim('GET', '/Users?count=200');
    const total = all.body.totalResults as number;
    expect(total).toBe(all.body.Resources.length);
    const page = await scim('GET', '/Users?startIndex=3&count=2');
    expect(page.body).toMatchObject({ totalResults: total, startIndex: 3, itemsPerPage: 2 });
    expect(page.body.Resources.map((r: { id: string }) => r.id)).toEqual(all.body.Resources.slice(2, 4).map((r: { id: string }) => r.id));
    const countOnly = await scim('GET', '/Users?count=0');
    expect(countOnly.body).toMatchObject({ totalResults: total, Resources: [] });
  });

  it('answers directory fields only', async () => {
    const res = await scim('GET', '/Users?count=200');
    const keys = new Set<string>();
    for (const u of res.body.Resources) for (const k of Object.keys(u)) keys.add(k);
    expect([...keys].sort()).toEqual(
      ['schemas', 'id', 'externalId', 'userName', 'name', 'displayName', 'title', 'emails', 'active', ENT, 'meta']
        .filter((k) => keys.has(k) || k !== 'externalId')
        .sort(),
    );
    for (const u of res.body.Resources) {
      for (const k of Object.keys(u[ENT])) expect(['employeeNumber', 'department', 'manager']).toContain(k);
    }
    expect(res.text).not.toMatch(/passwordHash|password|interview|note|sheet|wish|grade|hireDate/i);
  });
});
