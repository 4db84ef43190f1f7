import { eq, sql } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employees } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

let t: TestApp;
let hr: TestClient;
beforeAll(async () => {
  t = await makeTestApp();
  const person = await makeEmployee(t.db, { roles: ['hr'] });
  hr = await t.client().login(person.email);
});
afterAll(() => t.close());

const HEADER = '社員番号,姓,名,姓(フリガナ),名(フリガナ),メールアドレス,部署コード,役職,等級,上司社員番号,入社日,在籍状況,言語';
const csv = (...lines: string[]) => `${[HEADER, ...lines].join('\r\n')}\r\n`;
const CSV = { 'content-type': 'text/csv' };
const countEmployees = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(employees))[0]!.n;
const ndjson = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('employee import preview', () => {
  it('shows the bad row with its Japanese message and writes nothing', async () => {
    const dept = await makeDepartment(t.db, { code: 'PV-SALES' });
    const before = await countEmployees();
    const body = csv(
      `PV1,佐藤,一郎,サトウ,イチロウ,pv1@example.jp,${dept.code},課長,G4,,2015-04-01,在籍,ja`,
      `PV2,鈴木,花子,すずき,ハナコ,not-an-email,${dept.code},一般,G1,PV1,2020/4/1,在籍,ja`,
    );
    const res = await hr.post('/api/v1/imports/employees/preview', body, CSV);
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out).toMatchObject({ total: 2, valid: 1, invalid: 1, newCount: 1, existingCount: 0 });
    expect(out.columns.map((c: { field: string }) => c.field)).toContain('managerNumber');
    expect(out.rows[0]).toMatchObject({ line: 2, ok: true, errors: [] });
    expect(out.rows[0].data).toMatchObject({ employeeNumber: 'PV1', email: 'pv1@example.jp', status: 'active' });
    expect(out.rows[1].ok).toBe(false);
    expect(out.rows[1].errors).toEqual([
      { field: 'email', column: 'メールアドレス', message: '3行目: メールアドレスの形式が正しくありません。' },
    ]);
    // Hiragana furigana becomes katakana; an Excel-style date becomes ISO.
    expect(out.rows[1].data).toMatchObject({ familyNameKana: 'スズキ', hireDate: '2020-04-01' });
    expect(await countEmployees()).toBe(before);
  });

  it('reports every kind of row problem, each on its row', async () => {
    const existing = await makeEmployee(t.db, { email: 'taken@example.jp' });
    const gone = await makeEmployee(t.db, { status: 'retired' });
    const lines = [
      'R1,山田,太郎,,,r1@example.jp,NO-SUCH-DEPT,,,,,,', // 2: unknown department
      'R2,山田,次郎,,,r2@example.jp,,,,NOBODY,,,', // 3: unknown manager
      'R3,山田,三郎,,,r3@example.jp,,,,,2024-02-30,,', // 4: bad date
      'R4,山田,四郎,,,r4@example.jp,,,,,,休職,', // 5: bad status
      'R1,山田,五郎,,,r5@example.jp,,,,,,,', // 6: duplicate number
      'R6,山田,六郎,,,r2@example.jp,,,,,,,', // 7: duplicate email
      'R7,山田,七郎,,,TAKEN@example.jp,,,,,,,', // 8: email of someone else
      'R8,山田,八郎,,,r8@example.jp,,,,R9,,,', // 9: cycle R8 → R9 → R8
      'R9,山田,九郎,,,r9@example.jp,,,,R8,,,', // 10
      'R10,山田,十郎,ヤマダ1,,r10@example.jp,,,,R10,,,xx', // 11: kana, self manager, locale
      `R11,山田,士郎,,,r11@example.jp,,,,${existing.employeeNumber},,,`, // 12: fine (manager exists)
      `R12,山田,十二,,,r12@example.jp,,,,${gone.employeeNumber},,,`, // 13: manager retired
    ];
    const res = await hr.post('/api/v1/imports/employees/preview', csv(...lines), CSV);
    expect(res.status).toBe(200);
    const out = await res.json();
    const msgs = (i: number) => out.rows[i].errors.map((e: { message: string }) => e.message);
    expect(msgs(0)).toEqual(['2行目: 部署コード「NO-SUCH-DEPT」の部署が登録されていません。']);
    expect(msgs(1)).toEqual(['3行目: 社員番号「NOBODY」の社員が見つかりません。']);
    expect(msgs(2)).toEqual(['4行目: 日付は YYYY-MM-DD の形式で入力してください。']);
    expect(msgs(3)).toEqual(['5行目: 在籍状況は「在籍」または「退職」で入力してください。']);
    expect(msgs(4)).toEqual(['6行目: 2行目と重複しています。']);
    expect(msgs(5)).toEqual(['7行目: 3行目と重複しています。']);
    expect(msgs(6)).toEqual([`8行目: このメールアドレスは別の社員(社員番号 ${existing.employeeNumber})が使用しています。`]);
    expect(msgs(7)).toEqual(['9行目: 上司の関係が循環しています。']);
    expect(msgs(8)).toEqual(['10行目: 上司の関係が循環しています。']);
    expect(out.rows[9].errors.map((e: { field: string }) => e.field).sort()).toEqual(['familyNameKana', 'locale', 'managerNumber']);
    expect(out.rows[10].ok).toBe(true);
    expect(msgs(11)).toEqual([`13行目: 社員番号「${gone.employeeNumber}」の社員は退職しているため、上司に設定できません。`]);
    expect(out).toMatchObject({ total: 12, valid: 1, invalid: 11 });
    const only = await (await hr.post('/api/v1/imports/employees/preview?rows=invalid', csv(...lines), CSV)).json();
    expect(only.rows).toHaveLength(11);
    expect(only.total).toBe(12);
  });

  it("answers in the reader's language, and refuses unknown or missing columns as a whole", async () => {
    const enHr = await makeEmployee(t.db, { roles: ['hr'], locale: 'en' });
    const en = await t.client().login(enHr.email);
    const bad = await en.post('/api/v1/imports/employees/preview', csv('E1,a,b,,,bad,,,,,,,'), CSV);
    expect((await bad.json()).rows[0].errors[0]).toEqual({
      field: 'email',
      column: 'Email',
      message: 'Row 2: Enter a valid email address.',
    });
    const res = await hr.post(
      '/api/v1/imports/employees/preview',
      '社員番号,姓,名,メールアドレス,好きな食べ物\r\nE1,a,b,c@d.jp,寿司\r\n',
      CSV,
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe('見出し「好きな食べ物」は取り込める列ではありません。');
    const missing = await hr.post('/api/v1/imports/employees/preview', 'employee_number,family_name\r\nE1,a\r\n', CSV);
    expect((await missing.json()).error.message).toBe('必須の列「名」(given_name)がありません。');
  });

  it('reads Shift_JIS files', async () => {
    const bytes = new Uint8Array(iconv.encode(csv('SJ1,髙橋,①子,タカハシ,イチコ,sj1@example.jp,,,,,,在籍,'), 'cp932'));
    const out = await (await hr.post('/api/v1/imports/employees/preview', bytes, CSV)).json();
    expect(out.rows[0]).toMatchObject({ ok: true, data: { familyName: '髙橋', givenName: '①子' } });
  });

  it('is for HR and admins only', async () => {
    const plain = await makeEmployee(t.db);
    const c = await t.client().login(plain.email);
    const res = await c.post('/api/v1/imports/employees/preview', csv('X1,a,b,,,x1@example.jp,,,,,,,'), CSV);
    expect(res.status).toBe(403);
    expect((await c.post('/api/v1/imports/employees/commit', csv('X1,a,b,,,x1@example.jp,,,,,,,'), CSV)).status).toBe(403);
    expect((await c.get('/api/v1/exports/employees.csv')).status).toBe(403);
    expect((await t.client().post('/api/v1/imports/employees/preview', 'x', CSV)).status).toBe(401);
  });
});

describe('employee import commit', () => {
  it('writes nothing when one row is bad', async () => {
    const before = await countEmployees();
    const body = csv('CB1,佐藤,一郎,,,cb1@example.jp,,,,,,,', 'CB2,佐藤,二郎,,,cb2@example.jp,,,,,1999-13-01,,');
    const res = await hr.post('/api/v1/imports/employees/commit', body, CSV);
    expect(res.status).toBe(400);
    const out = await res.json();
    expect(out.type).toBe('error');
    expect(out.message).toBe('1行にエラーがあるため、取り込みませんでした。何も変更されていません。');
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0].errors[0].message).toBe('3行目: 日付は YYYY-MM-DD の形式で入力してください。');
    expect(await countEmployees()).toBe(before);
  });

  it('creates, updates and links managers that appear later in the file, streaming progress', async () => {
    const dept = await makeDepartment(t.db, { code: 'CM-DEV' });
    const old = await makeEmployee(t.db, { employeeNumber: 'CM-OLD', jobTitle: '一般', email: 'cm-old@example.jp' });
    const untouched = await makeEmployee(t.db, { employeeNumber: 'CM-KEEP' });
    const body = csv(
      'CM-OLD,山田,太郎,ヤマダ,タロウ,cm-old@example.jp,CM-DEV,主任,G3,CM-BOSS,2018-04-01,在籍,ja',
      'CM-NEW,田中,花子,タナカ,ハナコ,cm-new@example.jp,CM-DEV,一般,G1,CM-OLD,2024-04-01,在籍,en',
      'CM-BOSS,高橋,誠,タカハシ,マコト,CM-Boss@Example.jp,CM-DEV,部長,G5,,2001-04-01,在籍,ja',
      'CM-GONE,伊藤,健,イトウ,ケン,cm-gone@example.jp,CM-DEV,一般,G2,CM-BOSS,2010-10-01,退職,ja',
    );
    const res = await hr.post('/api/v1/imports/employees/commit', body, CSV);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/ndjson/);
    const lines = ndjson(await res.text());
    const progress = lines.filter((l) => l.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(2); // managers first: CM-BOSS, then CM-OLD, then CM-NEW
    expect(progress.at(-1)).toEqual({ type: 'progress', done: 4, total: 4 });
    expect(lines.at(-1)).toEqual({ type: 'done', created: 3, updated: 1, unchanged: 0, total: 4 });

    const rows = await t.db.select().from(employees).where(sql`${employees.employeeNumber} like 'CM-%'`);
    const by = Object.fromEntries(rows.map((r) => [r.employeeNumber, r]));
    expect(by['CM-OLD']).toMatchObject({ id: old.id, jobTitle: '主任', grade: 'G3', departmentId: dept.id, managerId: by['CM-BOSS']!.id });
    expect(by['CM-OLD']!.version).toBeGreaterThan(old.version);
    expect(by['CM-NEW']).toMatchObject({ managerId: old.id, locale: 'en', hireDate: '2024-04-01', familyNameKana: 'タナカ' });
    expect(by['CM-BOSS']).toMatchObject({ email: 'cm-boss@example.jp', managerId: null });
    expect(by['CM-GONE']!.status).toBe('retired');
    expect(by['CM-GONE']!.retiredOn).not.toBeNull();
    expect(by['CM-KEEP']).toEqual(untouched);

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'employee.import'));
    expect(entry!.detail).toMatchObject({ source: 'web', created: 3, updated: 1, total: 4 });
    expect(JSON.stringify(entry!.detail)).not.toContain('cm-new@example.jp');

    // The same file again changes nothing.
    const again = ndjson(await (await hr.post('/api/v1/imports/employees/commit', body, CSV)).text());
    expect(again.at(-1)).toEqual({ type: 'done', created: 0, updated: 0, unchanged: 4, total: 4 });
  });

  it('leaves columns that are not in the file alone', async () => {
    const e = await makeEmployee(t.db, { employeeNumber: 'PART-1', jobTitle: '課長', grade: 'G4' });
    const body = 'employee_number,family_name,given_name,email\r\nPART-1,新姓,名前,part-1@example.jp\r\n';
    const lines = ndjson(await (await hr.post('/api/v1/imports/employees/commit', body, CSV)).text());
    expect(lines.at(-1)).toMatchObject({ type: 'done', updated: 1 });
    const [row] = await t.db.select().from(employees).where(eq(employees.id, e.id));
    expect(row).toMatchObject({ familyName: '新姓', jobTitle: '課長', grade: 'G4', email: 'part-1@example.jp' });
  });
});
