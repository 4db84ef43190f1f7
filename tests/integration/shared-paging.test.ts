import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employees } from '../../src/db/schema';
import { cappedCount, COUNT_CAP } from '../../src/domain/shared/paging';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp } from '../support/harness';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  for (let i = 0; i < 4; i++) await makeEmployee(t.db, { grade: 'G9' });
  await makeEmployee(t.db, { roles: ['hr'], email: 'hr-paging@example.jp' });
});
afterAll(() => t.close());

describe('capped counts', () => {
  it('counts exactly up to the cap and says when it stopped', async () => {
    const where = eq(employees.grade, 'G9');
    expect(await cappedCount(t.db, employees, where, 4)).toEqual({ total: 4, totalCapped: false });
    expect(await cappedCount(t.db, employees, where, 3)).toEqual({ total: 3, totalCapped: true });
    expect(await cappedCount(t.db, employees, undefined)).toEqual({ total: 5, totalCapped: false });
  });

  it('counts the directory as far as the reader looks: "1,000+" on page 1, further when paging on', async () => {
    // 1,060 more active people in one statement (the factory would take minutes).
    await t.db.execute(sql`insert into employees (employee_number, family_name, given_name, family_name_kana, email, grade)
      select 'P' || lpad(i::text, 5, '0'), '頁', '太郎' || i, 'ペイジ', 'paging' || i || '@example.jp', 'G7'
      from generate_series(1, 1060) i`);
    const hr = await t.client().login('hr-paging@example.jp');
    const first = await (await hr.get('/api/v1/employees?pageSize=50')).json();
    expect(first).toMatchObject({ total: 1_000, totalCapped: true });
    const page20 = await (await hr.get('/api/v1/employees?page=20&pageSize=50')).json();
    expect(page20).toMatchObject({ total: 1_065, totalCapped: false });
    expect(page20.items).toHaveLength(50);
    const filtered = await (await hr.get('/api/v1/employees?grade=G9&pageSize=50')).json();
    expect(filtered).toMatchObject({ total: 4, totalCapped: false });
    await t.db.execute(sql`delete from employees where grade = 'G7'`);
  });

  it('refuses a directory page beyond the cap with a localized 400', async () => {
    const hr = await t.client().login('hr-paging@example.jp');
    const deep = COUNT_CAP / 50 + 1;
    const res = await hr.get(`/api/v1/employees?page=${deep}&pageSize=50`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('10,000件目より先は表示できません');
    const last = await hr.get(`/api/v1/employees?page=${deep - 1}&pageSize=50`);
    expect(last.status).toBe(200);
    expect(await last.json()).toMatchObject({ items: [], total: 5, totalCapped: false });
  });
});
