import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeSkills } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

// HR's bench (issue 18.4): per role, who is ready or one level short, by department; five-person rule.

let t: TestApp;
let hr: TestClient;
beforeAll(async () => {
  t = await makeTestApp();
  hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
});
afterAll(() => t.close());

const FILE = [
  'job_family_code,job_family_name,role_code,role_name,track,grade,level,expected_skills,next_roles',
  'ENG,エンジニア職,E-3,主任,common,G3,3,TypeScript:3; 設計:3,E-4',
  'ENG,エンジニア職,E-4,シニアエンジニア,specialist,G4,4,TypeScript:4; 設計:4,',
].join('\n');

describe('career bench', () => {
  it('counts the ready and the one-step-away per department, hides departments under five, and skips holders', async () => {
    const big = await makeDepartment(t.db, { name: '開発部' });
    const small = await makeDepartment(t.db, { name: '品質保証部' });
    const people = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => makeEmployee(t.db, { departmentId: big.id, jobTitle: n === 5 ? '主任' : '一般' })),
    );
    const tester = await makeEmployee(t.db, { departmentId: small.id });
    const levels: [number, number][] = [
      [3, 3], // ready for 主任
      [3, 2], // one step away
      [4, 4], // ready for both
      [1, 1], // further
      [3, 3], // holds 主任 already: not counted for it
    ];
    await t.db.insert(employeeSkills).values([
      ...people.flatMap((p, i) => [
        { employeeId: p.id, name: 'TypeScript', nameKey: 'typescript', level: levels[i]![0] },
        { employeeId: p.id, name: '設計', nameKey: '設計', level: levels[i]![1] },
      ]),
      { employeeId: tester.id, name: 'TypeScript', nameKey: 'typescript', level: 5 },
      { employeeId: tester.id, name: '設計', nameKey: '設計', level: 5 },
    ]);
    const imported = await hr.post('/api/v1/imports/careerPaths/commit', FILE, { 'content-type': 'text/csv' });
    expect(imported.status).toBe(200);
    expect(JSON.parse((await imported.text()).trim().split('\n').at(-1)!)).toMatchObject({ type: 'done' });
    const bench = await (await hr.get('/api/v1/career/readiness')).json();
    const role = (code: string) => bench.roles.find((r: { code: string }) => r.code === code);
    const at = (code: string, dept: string) => role(code).byDepartment.find((d: { departmentId: string }) => d.departmentId === dept);
    expect(at('E-3', big.id)).toEqual({ departmentId: big.id, suppressed: false, ready: 2, oneStep: 1 });
    expect(at('E-4', big.id)).toEqual({ departmentId: big.id, suppressed: false, ready: 1, oneStep: 0 });
    expect(at('E-3', small.id)).toEqual({ departmentId: small.id, suppressed: true, ready: null, oneStep: null });
    // The company counts everyone, the small department included (hr + 5 + 1 people).
    expect(role('E-3').total).toEqual({ suppressed: false, ready: 3, oneStep: 1 });
  });
});
