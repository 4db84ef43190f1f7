import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

let t: TestApp;
let hr: TestClient;
beforeAll(async () => {
  t = await makeTestApp();
  const person = await makeEmployee(t.db, { roles: ['hr'], employeeNumber: 'X-HR' });
  hr = await t.client().login(person.email);
});
afterAll(() => t.close());

const CSV = { 'content-type': 'text/csv' };

describe('export', () => {
  it('exports employees as UTF-8 CSV with BOM that re-imports unchanged', async () => {
    const root = await makeDepartment(t.db, { code: 'X-ROOT', name: '本社' });
    const sub = await makeDepartment(t.db, { code: 'X-SUB', name: '開発部', parentId: root.id });
    const boss = await makeEmployee(t.db, {
      employeeNumber: 'X-1',
      departmentId: root.id,
      jobTitle: '部長',
      grade: 'G5',
      hireDate: '2001-04-01',
    });
    await makeEmployee(t.db, {
      employeeNumber: 'X-2',
      familyName: '=cmd|calc',
      givenName: '太郎, "T"',
      departmentId: sub.id,
      managerId: boss.id,
      jobTitle: '一般\n(兼務)',
      locale: 'en',
    });
    const gone = await makeEmployee(t.db, { employeeNumber: 'X-3', status: 'retired', retiredOn: '2025-03-31', managerId: boss.id });
    // Still reporting to someone who has since retired: the stored link re-imports as it is.
    await makeEmployee(t.db, { employeeNumber: 'X-4', managerId: gone.id });

    const res = await hr.get('/api/v1/exports/employees.csv?status=all');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="employees-\d{8}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('\r\n');
    expect(text.split('\r\n')[0]).toBe(
      '社員番号,姓,名,姓(フリガナ),名(フリガナ),メールアドレス,部署コード,役職,等級,上司社員番号,入社日,在籍状況,言語',
    );
    expect(text).toContain(`X-2,'=cmd|calc,"太郎, ""T"""`);
    expect(text).toMatch(/X-3,.*,退職,ja\r\n/);

    const again = await hr.post('/api/v1/imports/employees/commit', bytes, CSV);
    const last = (await again.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .at(-1);
    expect(last).toEqual({ type: 'done', created: 0, updated: 0, unchanged: 5, total: 5 });
    const second = new Uint8Array(await (await hr.get('/api/v1/exports/employees.csv?status=all')).arrayBuffer());
    expect(new TextDecoder().decode(second)).toBe(text);

    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'employee.export'));
    expect(audits.length).toBe(2);
    expect(audits[0]!.detail).toEqual({ filters: { status: 'all' } });
  });

  it('applies the list filters (department subtree, status, grade, q)', async () => {
    const root = await makeDepartment(t.db, { code: 'F-ROOT' });
    const sub = await makeDepartment(t.db, { code: 'F-SUB', parentId: root.id });
    await makeEmployee(t.db, { employeeNumber: 'F-1', departmentId: root.id, grade: 'G2', familyNameKana: 'フィルタ' });
    await makeEmployee(t.db, { employeeNumber: 'F-2', departmentId: sub.id, grade: 'G2' });
    await makeEmployee(t.db, { employeeNumber: 'F-3', departmentId: sub.id, grade: 'G3', status: 'retired' });
    const numbers = async (qs: string) => {
      const text = await (await hr.get(`/api/v1/exports/employees.csv?${qs}`)).text();
      return text
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]);
    };
    expect(await numbers(`departmentId=${root.id}`)).toEqual(['F-1', 'F-2']);
    expect(await numbers(`departmentId=${root.id}&status=all`)).toEqual(['F-1', 'F-2', 'F-3']);
    expect(await numbers(`departmentId=${root.id}&status=retired`)).toEqual(['F-3']);
    expect(await numbers(`departmentId=${root.id}&grade=G2`)).toEqual(['F-1', 'F-2']);
    expect(await numbers(`q=${encodeURIComponent('ふぃるた')}`)).toEqual(['F-1']);
    expect((await hr.get('/api/v1/exports/employees.csv?page=2')).status).toBe(400);
  });

  it('exports departments with parent codes, in English headers for English readers', async () => {
    const enHr = await makeEmployee(t.db, { roles: ['hr'], locale: 'en' });
    const en = await t.client().login(enHr.email);
    const res = await en.get('/api/v1/exports/departments.csv');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe('code,name,name_en,parent_code');
    expect(text).toContain('F-SUB,');
    expect(text).toMatch(/F-SUB,[^\r\n]*,F-ROOT\r\n/);
    const back = await hr.post('/api/v1/imports/departments/preview', text, CSV);
    const out = await back.json();
    expect(out.invalid).toBe(0);
    expect(out.newCount).toBe(0);
  });
});
