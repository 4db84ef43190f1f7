import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employees } from '../../src/db/schema';
import type { TestApp } from '../support/harness';
import type { Org } from '../support/org-app';
import { SCIM, type ScimCall, scimApp } from '../support/scim';

const { GROUP, PATCH, ERROR } = SCIM;

let t: TestApp;
let org: Org;
let scim: ScimCall;

beforeAll(async () => {
  ({ t, org, scim } = await scimApp());
}, 60_000);
afterAll(async () => {
  await t.close();
});

// SCIM groups are departments (issue 17.4, decision 0023): created, filtered, given and relieved of members, renamed,
// deleted only when empty, paged — after the group cases of Microsoft's SCIM validator.
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
