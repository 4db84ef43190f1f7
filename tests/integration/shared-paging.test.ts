import { eq } from 'drizzle-orm';
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
