// The web suite's company: one department, an administrator (so /login is not replaced by the first-run
// page) and the employee whose home page is measured. Small on purpose: the suite times the page, not data.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { departments, employees, roleGrants } from '../../../src/db/schema';
import { hashPassword } from '../../../src/domain/auth/passwords';
import { BENCH_PASSWORD } from '../data/org';
import { queryRows } from '../databases';

export const WEB_USERS = { admin: 'admin@web.bench.example.jp', employee: 'shain@web.bench.example.jp' } as const;
/** What the employee's home page greets: 「社員 一郎さん、こんにちは」. */
export const EMPLOYEE_NAME = { family: '社員', given: '一郎' } as const;

export async function webIsReady(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM employees WHERE email IN (${WEB_USERS.admin}, ${WEB_USERS.employee})`,
  );
  return row?.n === 2;
}

export async function seedWeb(db: Db): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const [dept] = await db.insert(departments).values({ code: 'DEV', name: '開発部', nameEn: 'Development' }).returning();
  const person = (n: string, email: string, family: string, given: string) => ({
    employeeNumber: n,
    familyName: family,
    givenName: given,
    familyNameKana: 'シャイン',
    givenNameKana: 'イチロウ',
    email,
    passwordHash,
    departmentId: dept!.id,
  });
  const [admin] = await db
    .insert(employees)
    .values(person('A0001', WEB_USERS.admin, '管理', '花子'))
    .returning();
  await db.insert(roleGrants).values([
    { employeeId: admin!.id, role: 'admin' },
    { employeeId: admin!.id, role: 'hr' },
  ]);
  await db.insert(employees).values(person('E0001', WEB_USERS.employee, EMPLOYEE_NAME.family, EMPLOYEE_NAME.given));
}
