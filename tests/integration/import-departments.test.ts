import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments } from '../../src/db/schema';
import { makeDepartment, makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await makeTestApp();
  const person = await makeEmployee(t.db, { roles: ['admin'] });
  admin = await t.client().login(person.email);
});
afterAll(() => t.close());

const CSV = { 'content-type': 'text/csv' };
const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(departments))[0]!.n;

describe('department import', () => {
  it('creates a tree whose parents come later in the file and updates existing ones', async () => {
    await makeDepartment(t.db, { code: 'T-HQ', name: '旧本社' });
    const body = [
      '部署コード,部署名,部署名(英語),親部署コード',
      'T-S1,第一営業部,Sales Dept. 1,T-SALES',
      'T-SALES,営業本部,Sales Division,T-HQ',
      'T-HQ,本社,Head Office,',
    ].join('\r\n');
    const res = await admin.post('/api/v1/imports/departments/commit', body, CSV);
    expect(res.status).toBe(200);
    const last = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .at(-1);
    expect(last).toEqual({ type: 'done', created: 2, updated: 1, unchanged: 0, total: 3 });
    const rows = await t.db.select().from(departments).where(sql`${departments.code} like 'T-%'`);
    const by = Object.fromEntries(rows.map((r) => [r.code, r]));
    expect(by['T-HQ']).toMatchObject({ name: '本社', nameEn: 'Head Office', parentId: null });
    expect(by['T-SALES']!.parentId).toBe(by['T-HQ']!.id);
    expect(by['T-S1']!.parentId).toBe(by['T-SALES']!.id);
  });

  it('finds loops, unknown parents and duplicates, and writes nothing', async () => {
    const a = await makeDepartment(t.db, { code: 'L-A' });
    await makeDepartment(t.db, { code: 'L-B', parentId: a.id });
    const before = await count();
    // L-A under L-B closes a loop with the stored L-B → L-A.
    const body = ['code,name,parent_code', 'L-A,A,L-B', 'L-C,C,L-NONE', 'L-C,C2,', 'L-D,D,L-D', 'L-E,,'].join('\n');
    const prev = await (await admin.post('/api/v1/imports/departments/preview', body, CSV)).json();
    expect(prev.rows.map((r: { errors: { message: string }[] }) => r.errors.map((e) => e.message))).toEqual([
      ['2行目: 親部署の関係が循環しています。'],
      ['3行目: 部署コード「L-NONE」の部署が見つかりません。'],
      ['4行目: 3行目と重複しています。'],
      ['5行目: 自分自身を親部署にすることはできません。'],
      ['6行目: 必須項目です。'],
    ]);
    const res = await admin.post('/api/v1/imports/departments/commit', body, CSV);
    expect(res.status).toBe(400);
    expect(await count()).toBe(before);
    const [stored] = await t.db.select().from(departments).where(eq(departments.code, 'L-A'));
    expect(stored!.parentId).toBeNull();
  });
});
