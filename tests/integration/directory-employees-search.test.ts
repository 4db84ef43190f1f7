import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employees } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

let t: TestApp;
let hr: TestClient;
let people: Record<string, { id: string; email: string }>;
let depts: Record<string, { id: string }>;

beforeAll(async () => {
  t = await makeTestApp();
  const root = await makeDepartment(t.db, { code: 'HQ', name: '本社' });
  const dev = await makeDepartment(t.db, { code: 'DEV', name: '開発部', parentId: root.id });
  const web = await makeDepartment(t.db, { code: 'DEV-WEB', name: 'Web開発課', parentId: dev.id });
  const sales = await makeDepartment(t.db, { code: 'SALES', name: '営業部' });
  depts = { root, dev, web, sales };
  const e = (over: Parameters<typeof makeEmployee>[1]) => makeEmployee(t.db, over);
  people = {
    yamada: await e({
      employeeNumber: 'A-0001',
      familyName: '山田',
      givenName: '太郎',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'タロウ',
      email: 'taro.yamada@example.jp',
      departmentId: web.id,
      grade: 'G3',
    }),
    yamamoto: await e({
      employeeNumber: 'A-0002',
      familyName: '山本',
      givenName: '花子',
      familyNameKana: 'ヤマモト',
      givenNameKana: 'ハナコ',
      email: 'hanako@example.jp',
      departmentId: dev.id,
      grade: 'G2',
    }),
    abe: await e({
      employeeNumber: 'A_0003',
      familyName: '阿部',
      givenName: '一郎',
      familyNameKana: 'アベ',
      givenNameKana: 'イチロウ',
      email: 'abe@example.jp',
      departmentId: sales.id,
      grade: 'G3',
    }),
    ito: await e({
      employeeNumber: 'A-0004',
      familyName: '伊藤',
      givenName: '次郎',
      familyNameKana: 'イトウ',
      givenNameKana: 'ジロウ',
      email: 'ito@example.jp',
      departmentId: root.id,
    }),
    gone: await e({
      employeeNumber: 'A-0005',
      familyName: '上田',
      givenName: '三郎',
      familyNameKana: 'ウエダ',
      givenNameKana: 'サブロウ',
      email: 'ueda@example.jp',
      status: 'retired',
      retiredOn: '2025-03-31',
    }),
    hr: await e({
      employeeNumber: 'Z-9999',
      familyName: '渡辺',
      givenName: '人事',
      familyNameKana: 'ワタナベ',
      givenNameKana: 'ジンジ',
      email: 'hr@example.jp',
      roles: ['hr'],
    }),
  };
  hr = await t.client().login('hr@example.jp');
});
afterAll(() => t.close());

type ListBody = { items: { id: string; employeeNumber: string }[]; page: number; pageSize: number; total: number };
const list = async (query: string): Promise<ListBody> => {
  const res = await hr.get(`/api/v1/employees?${query}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
};
const numbers = (b: ListBody) => b.items.map((i) => i.employeeNumber);
const q = (s: string) => `q=${encodeURIComponent(s)}`;

describe('search', () => {
  it('finds by furigana, whole or in part', async () => {
    expect(numbers(await list(q('ヤマ')))).toEqual(['A-0001', 'A-0002']);
    expect(numbers(await list(q('ヤマダタロウ')))).toEqual(['A-0001']);
  });

  it("finds 'ヤマダ タロウ'-style input with half- or full-width spaces", async () => {
    expect(numbers(await list(q('ヤマダ タロウ')))).toEqual(['A-0001']);
    expect(numbers(await list(q('ヤマダ　タロウ')))).toEqual(['A-0001']);
    expect(numbers(await list(q('タロウ ヤマダ')))).toEqual(['A-0001']);
  });

  it('finds by hiragana and half-width katakana', async () => {
    expect(numbers(await list(q('やまだ')))).toEqual(['A-0001']);
    expect(numbers(await list(q('ﾔﾏﾓﾄ')))).toEqual(['A-0002']);
  });

  it('finds by name with or without a space', async () => {
    expect(numbers(await list(q('山田太郎')))).toEqual(['A-0001']);
    expect(numbers(await list(q('山田 太郎')))).toEqual(['A-0001']);
    expect(numbers(await list(q('山')))).toEqual(['A-0001', 'A-0002']);
  });

  it('finds by employee number, ignoring case, and treats _ literally', async () => {
    expect(numbers(await list(q('a-0004')))).toEqual(['A-0004']);
    expect(numbers(await list(q('A_0003')))).toEqual(['A_0003']);
    // An unescaped '_' would match any character and find A-0001 … A-0004 too.
    expect(numbers(await list(q('a_000')))).toEqual(['A_0003']);
  });

  it('finds by email, ignoring case', async () => {
    expect(numbers(await list(q('Taro.Yamada@EXAMPLE.jp')))).toEqual(['A-0001']);
    expect((await list(q('%'))).total).toBe(0);
  });

  it('rejects a search longer than 100 characters', async () => {
    const res = await hr.get(`/api/v1/employees?${q('あ'.repeat(101))}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.q).toBe('100文字以内で入力してください。');
  });
});

describe('filters', () => {
  it('by department includes its sub-departments', async () => {
    expect(numbers(await list(`departmentId=${depts.root!.id}`))).toEqual(['A-0004', 'A-0001', 'A-0002']);
    expect(numbers(await list(`departmentId=${depts.dev!.id}`))).toEqual(['A-0001', 'A-0002']);
    expect(numbers(await list(`departmentId=${depts.web!.id}`))).toEqual(['A-0001']);
  });

  it('by status: active by default, retired, all', async () => {
    expect(numbers(await list(''))).not.toContain('A-0005');
    expect(numbers(await list('status=retired'))).toEqual(['A-0005']);
    expect((await list('status=all')).total).toBe(6);
  });

  it('by grade, combined with search', async () => {
    expect(numbers(await list('grade=G3'))).toEqual(['A_0003', 'A-0001']);
    expect(numbers(await list(`grade=G3&${q('ヤマ')}`))).toEqual(['A-0001']);
  });
});

describe('order and pagination', () => {
  it('sorts by furigana, then employee number', async () => {
    const twin = await makeEmployee(t.db, {
      employeeNumber: 'A-0000',
      familyName: '山田',
      givenName: '太郎',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'タロウ',
    });
    expect(numbers(await list(''))).toEqual(['A_0003', 'A-0004', 'A-0000', 'A-0001', 'A-0002', 'Z-9999']);
    await t.db.delete(employees).where(eq(employees.id, twin.id));
  });

  it('pages with a total', async () => {
    const p1 = await list('pageSize=2');
    expect(p1).toMatchObject({ page: 1, pageSize: 2, total: 5 });
    expect(numbers(p1)).toEqual(['A_0003', 'A-0004']);
    const p3 = await list('pageSize=2&page=3');
    expect(p3).toMatchObject({ page: 3, pageSize: 2, total: 5 });
    expect(numbers(p3)).toEqual(['Z-9999']);
    const past = await list('pageSize=2&page=9');
    expect(past.items).toEqual([]);
    expect(past.total).toBe(5);
  });

  it('defaults to 50 per page and caps the page size at 200', async () => {
    expect((await list('')).pageSize).toBe(50);
    expect((await hr.get('/api/v1/employees?pageSize=201')).status).toBe(400);
    expect((await hr.get('/api/v1/employees?page=0')).status).toBe(400);
  });

  it('includes the department of each person', async () => {
    const body = await list(q('A-0001'));
    expect(body.items[0]).toMatchObject({ department: { id: depts.web!.id, code: 'DEV-WEB', name: 'Web開発課' } });
    expect((await list(q('Z-9999'))).items[0]).toMatchObject({ department: null });
    expect(people.yamada!.id).toBe(body.items[0]!.id);
  });
});
