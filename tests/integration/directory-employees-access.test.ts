import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEmployee, makeOrg } from '../support/factories';
import { makeTestApp, type TestApp } from '../support/harness';

let t: TestApp;
let org: Awaited<ReturnType<typeof makeOrg>>;
beforeAll(async () => {
  t = await makeTestApp();
  org = await makeOrg(t.db);
});
afterAll(() => t.close());

const as = (email: string) => t.client().login(email);
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();

describe('GET /employees/:id visibility', () => {
  it('answers 401 to a signed-out client', async () => {
    const res = await t.client().get(`/api/v1/employees/${org.report.id}`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toBe('ログインしてください。');
    const en = await t.client().get(`/api/v1/employees/${org.report.id}`, { 'accept-language': 'en-US,en;q=0.9' });
    expect((await en.json()).error.message).toBe('Please sign in.');
  });

  it('answers 401 before validating anything for signed-out writes', async () => {
    const res = await t.client().post('/api/v1/employees', { nonsense: true });
    expect(res.status).toBe(401);
  });

  it('answers 404 to a colleague and to the manager of another team', async () => {
    for (const who of [org.report2, org.otherManager, org.otherReport]) {
      const c = await as(who.email);
      const res = await c.get(`/api/v1/employees/${org.report.id}`);
      expect(res.status, who.familyName).toBe(404);
      expect((await res.json()).error.code).toBe('notFound');
    }
  });

  it('answers 404 for an id that does not exist and 400 for one that is not an id', async () => {
    const c = await as(org.hr.email);
    expect((await c.get('/api/v1/employees/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await c.get('/api/v1/employees/not-an-id')).status).toBe(400);
  });

  it('shows people their own record, without roles, with no edit rights', async () => {
    const c = await as(org.report.email);
    const res = await c.get(`/api/v1/employees/${org.report.id}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).not.toHaveProperty('roles');
    expect(body.can).toEqual({ edit: false, retire: false, manageRoles: false, exportFile: false, erase: false });
    expect(body.manager).toEqual({ id: org.manager.id, familyName: org.manager.familyName, givenName: org.manager.givenName });
    expect(body.department).toEqual({ id: org.team.id, code: org.team.code, name: org.team.name });
  });

  it('shows a manager their report and an HR partner their assignee', async () => {
    expect((await (await as(org.manager.email)).get(`/api/v1/employees/${org.report.id}`)).status).toBe(200);
    expect((await (await as(org.partner.email)).get(`/api/v1/employees/${org.report.id}`)).status).toBe(200);
    expect((await (await as(org.partner.email)).get(`/api/v1/employees/${org.report2.id}`)).status).toBe(404);
  });

  it('does not let a report see their manager', async () => {
    const c = await as(org.report.email);
    expect((await c.get(`/api/v1/employees/${org.manager.id}`)).status).toBe(404);
  });

  it('shows HR everyone, with roles and flags from the policy', async () => {
    const c = await as(org.hr.email);
    const body = await (await c.get(`/api/v1/employees/${org.otherReport.id}`)).json();
    expect(body.roles).toEqual([]);
    expect(body.can).toEqual({ edit: true, retire: true, manageRoles: false, exportFile: true, erase: false });
    const admin = await (await c.get(`/api/v1/employees/${org.admin.id}`)).json();
    expect(admin.roles).toEqual(['admin']);
    // An admin's record is the admin's business (see policy.ts).
    expect(admin.can).toEqual({ edit: false, retire: false, manageRoles: false, exportFile: true, erase: false });
    const self = await (await c.get(`/api/v1/employees/${org.hr.id}`)).json();
    expect(self.can).toEqual({ edit: true, retire: false, manageRoles: false, exportFile: true, erase: false });
  });

  it('gives admins the roles flag', async () => {
    const c = await as(org.admin.email);
    const body = await (await c.get(`/api/v1/employees/${org.report.id}`)).json();
    expect(body.can).toEqual({ edit: true, retire: true, manageRoles: true, exportFile: true, erase: false });
  });

  it('whitelists the detail fields', async () => {
    const c = await as(org.hr.email);
    const body = await (await c.get(`/api/v1/employees/${org.report.id}`)).json();
    expect(Object.keys(body).sort()).toEqual(
      [
        'can',
        'department',
        'email',
        'employeeNumber',
        'familyName',
        'familyNameKana',
        'givenName',
        'givenNameKana',
        'grade',
        'hireDate',
        'id',
        'jobTitle',
        'locale',
        'manager',
        'retiredOn',
        'roles',
        'status',
        'version',
      ].sort(),
    );
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash|searchText/);
  });
});

describe('GET /employees scoping', () => {
  it('answers 401 when signed out', async () => {
    expect((await t.client().get('/api/v1/employees')).status).toBe(401);
  });

  it('lists only themselves for an employee', async () => {
    const c = await as(org.report2.email);
    const body = await (await c.get('/api/v1/employees')).json();
    expect(ids(body)).toEqual([org.report2.id]);
    expect(body.total).toBe(1);
  });

  it('lists a manager their reports and themselves', async () => {
    const c = await as(org.manager.email);
    const body = await (await c.get('/api/v1/employees')).json();
    expect(ids(body)).toEqual([org.manager.id, org.report.id, org.report2.id].sort());
    expect(body.total).toBe(3);
  });

  it('keeps the scope when filters and search are added', async () => {
    const c = await as(org.manager.email);
    const byDept = await (await c.get(`/api/v1/employees?departmentId=${org.otherTeam.id}`)).json();
    expect(byDept.items).toEqual([]);
    const bySearch = await (await c.get(`/api/v1/employees?q=${encodeURIComponent(org.otherReport.email)}`)).json();
    expect(bySearch.total).toBe(0);
  });

  it('lists an HR partner their assignees and themselves', async () => {
    const c = await as(org.partner.email);
    const body = await (await c.get('/api/v1/employees')).json();
    expect(ids(body)).toEqual([org.partner.id, org.report.id].sort());
  });

  it('lists everyone to HR, summaries only', async () => {
    const c = await as(org.hr.email);
    const body = await (await c.get('/api/v1/employees?pageSize=200')).json();
    expect(body.total).toBe(8);
    expect(body.items).toHaveLength(8);
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        'department',
        'email',
        'employeeNumber',
        'familyName',
        'familyNameKana',
        'givenName',
        'givenNameKana',
        'grade',
        'id',
        'jobTitle',
        'status',
      ].sort(),
    );
  });

  it('leaves retired reports out by default and shows them with status=retired', async () => {
    const boss = await makeEmployee(t.db);
    const gone = await makeEmployee(t.db, { managerId: boss.id, status: 'retired', retiredOn: '2024-03-31' });
    const c = await as(boss.email);
    expect(ids(await (await c.get('/api/v1/employees')).json())).toEqual([boss.id]);
    expect(ids(await (await c.get('/api/v1/employees?status=retired')).json())).toEqual([gone.id]);
    expect((await (await c.get('/api/v1/employees?status=all')).json()).total).toBe(2);
  });

  it('rejects unknown query parameters and bad values', async () => {
    const c = await as(org.hr.email);
    const res = await c.get('/api/v1/employees?foo=1&status=gone');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fields.foo).toBe('不明な項目です。');
    expect(body.error.fields.status).toBe('選択肢から選んでください。');
  });
});
