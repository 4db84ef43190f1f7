import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { auditLog, employees, sessions } from '../../src/db/schema';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

// The SCIM server (issue 17.4, decision 0023), after the core cases of Microsoft's SCIM validator and RFC 7644:
// users created, read, filtered, replaced, patched, deactivated and deleted; groups (departments) created, filtered,
// given and relieved of members; paging; uniqueness; and a token that opens nothing but /scim/v2.

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

let t: TestApp;
let org: Org;
let admin: TestClient;
let token: string;

async function scim(method: string, path: string, body?: unknown, bearer: string | null = token) {
  const headers: Record<string, string> = { 'content-type': 'application/scim+json', 'x-forwarded-for': '10.9.9.9' };
  if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
  const res = await t.app.request(`/scim/v2${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), body: text ? JSON.parse(text) : null, text };
}

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

beforeAll(async () => {
  ({ t, org } = await orgApp({ config: testConfig({ publicUrl: 'https://mendan.example.jp' }) }));
  admin = await t.client().login(org.admin.email);
  const res = await admin.post('/api/v1/admin/scim/tokens', { name: 'Entra ID' });
  expect(res.status).toBe(201);
  token = ((await res.json()) as { token: string }).token;
}, 60_000);
afterAll(async () => {
  await t.close();
});

describe('SCIM tokens', () => {
  it('are shown once, stored as a hash, listed by their end and audited', async () => {
    const list = (await (await admin.get('/api/v1/admin/scim/tokens')).json()) as { items: Record<string, unknown>[] };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.hint).toBe(token.slice(-4));
    expect(JSON.stringify(list)).not.toContain(token);
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.action, 'scim.token.create'));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('answers 401 with a SCIM error for a missing, wrong or revoked token', async () => {
    for (const bearer of [null, 'scim_wrong', 'not-a-scim-token']) {
      const res = await scim('GET', '/Users', undefined, bearer);
      expect(res.status).toBe(401);
      expect(res.type).toContain('application/scim+json');
      expect(res.body).toMatchObject({ schemas: [ERROR], status: '401' });
    }
    const made = (await (await admin.post('/api/v1/admin/scim/tokens', { name: '一時' })).json()) as { id: string; token: string };
    expect((await scim('GET', '/ServiceProviderConfig', undefined, made.token)).status).toBe(200);
    expect((await admin.delete(`/api/v1/admin/scim/tokens/${made.id}`)).status).toBe(200);
    expect((await scim('GET', '/ServiceProviderConfig', undefined, made.token)).status).toBe(401);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, 'scim.token.revoke'))).toHaveLength(1);
  });

  it('opens nothing under /api/v1, and an HR session cannot manage tokens', async () => {
    for (const path of ['/api/v1/employees', '/api/v1/admin/scim/tokens', '/api/v1/auth/me']) {
      const res = await t.app.request(path, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
    }
    const hr = await t.client().login(org.hr.email);
    expect((await hr.get('/api/v1/admin/scim/tokens')).status).toBe(403);
    // A session cookie is no SCIM credential either.
    expect((await hr.get('/scim/v2/Users')).status).toBe(401);
  });
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

describe('SCIM groups (departments)', () => {
  let gid: string;

  it('creates a group, filters groups by displayName', async () => {
    const res = await scim('POST', '/Groups', { schemas: [GROUP], displayName: 'SCIM 推進室', externalId: 'grp-1', members: [] });
    expect(res.status).toBe(201);
    gid = res.body.id;
    expect(res.body).toMatchObject({ displayName: 'SCIM 推進室', externalId: 'grp-1', members: [] });
    const found = await scim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "SCIM 推進室"')}&excludedAttributes=members`);
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0].members).toBeUndefined();
    expect((await scim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "存在しない部"')}`)).body.totalResults).toBe(0);
  });

  it('adds members (moves people into the department) and removes them', async () => {
    const add = await scim('PATCH', `/Groups/${gid}`, {
      schemas: [PATCH],
      Operations: [{ op: 'Add', path: 'members', value: [{ value: org.report.id }, { value: org.report2.id }] }],
    });
    expect(add.status).toBe(200);
    expect(add.body.members.map((m: { value: string }) => m.value).sort()).toEqual([org.report.id, org.report2.id].sort());
    const [moved] = await t.db.select().from(employees).where(eq(employees.id, org.report.id));
    expect(moved!.departmentId).toBe(gid);

    const remove = await scim('PATCH', `/Groups/${gid}`, {
      schemas: [PATCH],
      Operations: [{ op: 'Remove', path: `members[value eq "${org.report.id}"]` }],
    });
    expect(remove.body.members.map((m: { value: string }) => m.value)).toEqual([org.report2.id]);
    const [out] = await t.db.select().from(employees).where(eq(employees.id, org.report.id));
    expect(out!.departmentId).toBeNull();
    const get = await scim('GET', `/Groups/${gid}`);
    expect(get.body.members).toHaveLength(1);

    // An administrator in the provider's group is skipped (not the provider's to move) and noted; the rest still syncs.
    const withAdmin = await scim('PATCH', `/Groups/${gid}`, {
      schemas: [PATCH],
      Operations: [{ op: 'add', path: 'members', value: [{ value: org.admin.id }, { value: '00000000-0000-4000-8000-000000000000' }] }],
    });
    expect(withAdmin.status).toBe(200);
    expect(withAdmin.body.members.map((m: { value: string }) => m.value)).toEqual([org.report2.id]);
    const [note] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'scim.write')).orderBy(desc(auditLog.id)).limit(1);
    expect(note!.detail).toMatchObject({
      op: 'group.patch',
      skippedAdmins: [org.admin.id],
      unknownMembers: ['00000000-0000-4000-8000-000000000000'],
    });
  });

  it('renames with PATCH and PUT', async () => {
    const patched = await scim('PATCH', `/Groups/${gid}`, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', value: { displayName: 'SCIM 推進部' } }],
    });
    expect(patched.body.displayName).toBe('SCIM 推進部');
    const put = await scim('PUT', `/Groups/${gid}`, { schemas: [GROUP], displayName: 'ID 管理部', members: [{ value: org.report.id }] });
    expect(put.body.displayName).toBe('ID 管理部');
    expect(put.body.members.map((m: { value: string }) => m.value)).toEqual([org.report.id]);
  });

  it('refuses to delete a department people belong to (409), deletes an empty one (204)', async () => {
    const refused = await scim('DELETE', `/Groups/${gid}`);
    expect(refused.status).toBe(409);
    expect(refused.body.schemas).toEqual([ERROR]);
    const empty = await scim('POST', '/Groups', { schemas: [GROUP], displayName: '解散予定部' });
    expect((await scim('DELETE', `/Groups/${empty.body.id}`)).status).toBe(204);
    expect((await scim('GET', `/Groups/${empty.body.id}`)).status).toBe(404);
  });

  it('pages groups', async () => {
    const all = await scim('GET', '/Groups?excludedAttributes=members');
    const page = await scim('GET', '/Groups?startIndex=2&count=1&excludedAttributes=members');
    expect(page.body).toMatchObject({ totalResults: all.body.totalResults, startIndex: 2, itemsPerPage: 1 });
    expect(page.body.Resources[0].id).toBe(all.body.Resources[1].id);
  });
});
