import { hashPassword } from '../../src/domain/auth/passwords';
import type { Db } from '../../src/db/client';
import { departments, employees, hrPartnerAssignments, roleGrants } from '../../src/db/schema';
import { DEFAULT_PASSWORD } from './harness';

let seq = 0;
const next = () => ++seq + Math.floor(Math.random() * 1e6) * 1000;
let cachedHash: string | undefined;

export async function makeDepartment(db: Db, over: Partial<typeof departments.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(departments)
    .values({ code: `D${n}`, name: `部署${n}`, ...over })
    .returning();
  return row!;
}

type EmployeeOver = Partial<typeof employees.$inferInsert> & { roles?: ('hr' | 'admin')[]; password?: string | null };

/** An active employee who can sign in with DEFAULT_PASSWORD unless told otherwise. */
export async function makeEmployee(db: Db, over: EmployeeOver = {}) {
  const n = next();
  const { roles = [], password = DEFAULT_PASSWORD, ...rest } = over;
  cachedHash ??= await hashPassword(DEFAULT_PASSWORD);
  const passwordHash = password === null ? null : password === DEFAULT_PASSWORD ? cachedHash : await hashPassword(password);
  const [row] = await db
    .insert(employees)
    .values({
      employeeNumber: `E${n}`,
      familyName: '山田',
      givenName: `太郎${n}`,
      familyNameKana: 'ヤマダ',
      givenNameKana: 'タロウ',
      email: `user${n}@example.jp`,
      passwordHash,
      ...rest,
    })
    .returning();
  for (const role of roles) await db.insert(roleGrants).values({ employeeId: row!.id, role });
  return row!;
}

export async function assignHrPartner(db: Db, partnerId: string, employeeId: string) {
  await db.insert(hrPartnerAssignments).values({ partnerId, employeeId });
}

/**
 * A small organisation for permission tests: a division with one team under it, a manager with two
 * reports, a colleague of the manager in another team with their own manager, an HR partner
 * assigned to one report, plus HR and admin staff.
 */
export async function makeOrg(db: Db) {
  const division = await makeDepartment(db, { name: '開発本部' });
  const team = await makeDepartment(db, { name: '第一開発部', parentId: division.id });
  const otherTeam = await makeDepartment(db, { name: '営業部' });
  const manager = await makeEmployee(db, { departmentId: team.id, familyName: '佐藤', familyNameKana: 'サトウ' });
  const report = await makeEmployee(db, { departmentId: team.id, managerId: manager.id });
  const report2 = await makeEmployee(db, { departmentId: team.id, managerId: manager.id });
  const otherManager = await makeEmployee(db, { departmentId: otherTeam.id, familyName: '鈴木', familyNameKana: 'スズキ' });
  const otherReport = await makeEmployee(db, { departmentId: otherTeam.id, managerId: otherManager.id });
  const partner = await makeEmployee(db, { familyName: '高橋', familyNameKana: 'タカハシ' });
  await assignHrPartner(db, partner.id, report.id);
  const hr = await makeEmployee(db, { roles: ['hr'] });
  const admin = await makeEmployee(db, { roles: ['admin'] });
  return { division, team, otherTeam, manager, report, report2, otherManager, otherReport, partner, hr, admin };
}
