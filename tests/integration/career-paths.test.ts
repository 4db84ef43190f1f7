import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, careerVersions, employeeSkills } from '../../src/db/schema';
import { DEMO_CAREER_PATHS_CSV } from '../../src/domain/demo/career-paths';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

let t: TestApp;
let hr: TestClient;
let staff: TestClient;
let dev: { id: string };
beforeAll(async () => {
  t = await makeTestApp();
  await makeDepartment(t.db, { code: 'SALES', name: '営業本部' });
  dev = await makeDepartment(t.db, { code: 'DEV', name: '開発本部' });
  hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
  staff = await t.client().login((await makeEmployee(t.db, { departmentId: dev.id })).email);
});
afterAll(() => t.close());

const CSV = { 'content-type': 'text/csv' };
const lastLine = async (res: Response) => JSON.parse((await res.text()).trim().split('\n').at(-1)!);
type Role = {
  id: string;
  code: string;
  name: string;
  track: string;
  grade: string;
  skills: { name: string; level: number }[];
  next: string[];
};

describe('career paths: CSV import, versions and export', () => {
  it('builds two families with both tracks from one CSV, as version 1', async () => {
    const res = await hr.post('/api/v1/imports/careerPaths/commit', DEMO_CAREER_PATHS_CSV, CSV);
    expect(res.status).toBe(200);
    expect(await lastLine(res)).toEqual({ type: 'done', created: 14, updated: 0, unchanged: 0, total: 14 });
    const f = await (await hr.get('/api/v1/career/framework')).json();
    expect(f.version.number).toBe(1);
    const by = Object.fromEntries((f.roles as Role[]).map((r) => [r.code, r]));
    expect(new Set(f.roles.map((r: Role) => r.track))).toEqual(new Set(['common', 'management', 'specialist']));
    expect(by['E-G3']!.next.map((id) => f.roles.find((r: Role) => r.id === id).code)).toEqual(['E-M4', 'E-S4']);
    expect(by['E-S4']!.skills).toEqual([
      { name: 'TypeScript', level: 4 },
      { name: '設計', level: 4 },
      { name: 'AWS', level: 3 },
    ]);
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'career.import'));
    expect(row?.detail).toMatchObject({ created: 14 });
  });

  it('exports a file that re-imports unchanged (as a new version)', async () => {
    const csv = await (await hr.get('/api/v1/exports/career-paths.csv')).text();
    expect(csv.replace(/^\uFEFF/, '').startsWith('職種コード,職種名,役割コード')).toBe(true);
    expect(csv).toContain('E-S4,シニアエンジニア,specialist,G4,4,TypeScript:4; 設計:4; AWS:3,E-S5,DEV');
    const res = await hr.post('/api/v1/imports/careerPaths/commit', csv, CSV);
    expect(await lastLine(res)).toEqual({ type: 'done', created: 0, updated: 0, unchanged: 14, total: 14 });
    expect((await t.db.select().from(careerVersions)).length).toBe(2);
  });

  it('names every wrong cell and writes nothing', async () => {
    const body = [
      'job_family_code,job_family_name,role_code,role_name,track,grade,level,expected_skills,next_roles',
      'X,職種X,X-1,一,共通,G1,1,TypeScript 3,X-9',
      'X,別名,X-2,二,社長,G2,a,TypeScript:7,X-2',
    ].join('\n');
    const prev = await (await hr.post('/api/v1/imports/careerPaths/preview', body, CSV)).json();
    expect(prev.rows.map((r: { errors: { message: string }[] }) => r.errors.map((e) => e.message))).toEqual([
      [
        '2行目: 期待スキル「TypeScript 3」は「スキル名:レベル」の形で書いてください(例: TypeScript:4; 設計:3)。',
        '2行目: 次のステップの役割コード「X-9」がこのファイルにありません。',
      ],
      [
        '3行目: トラックは マネジメント職 / 専門職 / 共通(management / specialist / common)のいずれかにしてください。',
        '3行目: 等級レベルは数字で入力してください(例: 3)。',
        '3行目: 期待スキル「TypeScript:7」のレベルは1〜5にしてください。',
        '3行目: 同じ職種コードに別の職種名があります(先の行では「職種X」)。',
        '3行目: 次のステップに自分自身の役割コードは書けません。',
      ],
    ]);
    expect((await hr.post('/api/v1/imports/careerPaths/commit', body, CSV)).status).toBe(400);
    expect((await t.db.select().from(careerVersions)).length).toBe(2);
  });

  it('is HR’s: an employee can neither import, export nor read the framework or the bench', async () => {
    expect((await staff.post('/api/v1/imports/careerPaths/preview', DEMO_CAREER_PATHS_CSV, CSV)).status).toBe(403);
    expect((await staff.get('/api/v1/exports/career-paths.csv')).status).toBe(403);
    expect((await staff.get('/api/v1/career/framework')).status).toBe(403);
    expect((await staff.get('/api/v1/career/readiness')).status).toBe(403);
  });
});

describe('the employee’s map and goal', () => {
  it('shows where they stand, the gap to each next step, and keeps the chosen goal as it was', async () => {
    const manager = await makeEmployee(t.db, { departmentId: dev.id });
    const me = await makeEmployee(t.db, { departmentId: dev.id, jobTitle: '一般', grade: 'G2', managerId: manager.id });
    await t.db.insert(employeeSkills).values([
      { employeeId: me.id, name: 'TypeScript', nameKey: 'typescript', level: 3 },
      { employeeId: me.id, name: '設計', nameKey: '設計', level: 2 },
    ]);
    const c = await t.client().login(me.email);
    const map = await (await c.get('/api/v1/me/career')).json();
    const roleOf = (id: string) => map.framework.roles.find((r: Role) => r.id === id) as Role;
    expect(roleOf(map.currentRoleId).code).toBe('E-G2');
    expect(map.options).toHaveLength(1);
    const [option] = map.options;
    expect(roleOf(option.roleId).code).toBe('E-G3');
    expect(option.gaps).toEqual([
      { name: '設計', expected: 3, current: 2, met: false },
      { name: 'SQL', expected: 3, current: 0, met: false },
      { name: 'TypeScript', expected: 3, current: 3, met: true },
    ]);
    expect(option.shortfall).toBe(4);

    const set = await c.put('/api/v1/me/career/goal', { roleId: option.roleId, term: 'mid' });
    expect(set.status).toBe(200);
    const goal = (await set.json()).goal;
    expect(goal).toMatchObject({ term: 'mid', versionNumber: 2, currentVersion: true, from: { name: '中堅メンバー', grade: 'G2' } });
    expect(goal.role.code).toBe('E-G3');
    // Their own data download (APPI) holds the goal and its gaps too.
    const mine = await (await c.get('/api/v1/me/data-export')).json();
    expect(mine.career.goal.role.code).toBe('E-G3');
    expect(mine.career.goal.gaps.length).toBeGreaterThan(0);

    // HR raises E-G3's TypeScript to 4: the goal keeps showing what was chosen.
    const changed = DEMO_CAREER_PATHS_CSV.replace('TypeScript:3; 設計:3; SQL:3', 'TypeScript:4; 設計:3; SQL:3');
    expect(await lastLine(await hr.post('/api/v1/imports/careerPaths/commit', changed, CSV))).toMatchObject({ updated: 1, unchanged: 13 });
    const after = await (await c.get('/api/v1/me/career')).json();
    expect(after.goal).toMatchObject({ versionNumber: 2, currentVersion: false });
    expect(after.goal.gaps.find((g: { name: string }) => g.name === 'TypeScript')).toEqual({
      name: 'TypeScript',
      expected: 3,
      current: 3,
      met: true,
    });
    expect(after.options[0].gaps.find((g: { name: string }) => g.name === 'TypeScript')).toMatchObject({ expected: 4, met: false });
    // A step of an older version cannot be chosen any more.
    expect((await c.put('/api/v1/me/career/goal', { roleId: option.roleId, term: 'short' })).status).toBe(409);
    expect((await c.put('/api/v1/me/career/goal', { roleId: option.roleId, term: 'soon' })).status).toBe(400);

    // Their manager reads the goal (audited); a colleague finds nothing.
    const m = await t.client().login(manager.email);
    const seen = await (await m.get(`/api/v1/employees/${me.id}/career`)).json();
    expect(seen.goal.role.code).toBe('E-G3');
    expect(seen.currentRole).toEqual({ name: '中堅メンバー', grade: 'G2' });
    expect((await staff.get(`/api/v1/employees/${me.id}/career`)).status).toBe(404);
    const reads = await t.db.select().from(auditLog).where(eq(auditLog.action, 'career.read'));
    expect(reads.map((r) => r.entityId)).toContain(me.id);
  });
});
