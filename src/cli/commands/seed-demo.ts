import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import { systemActor } from '../../domain/actor';
import { audit } from '../../domain/audit/audit';
import { hashPassword } from '../../domain/auth/passwords';
import { DEPARTMENT_COLUMNS, EMPLOYEE_COLUMNS } from '../../domain/imports/columns';
import { csvLine } from '../../domain/imports/csv';
import { batches } from '../../domain/imports/write';
import { CliError } from '../io';
import type { Command } from '../main';
import { type DemoCompany, type DemoPerson, generateCompany, MIN_DEMO_EMPLOYEES } from '../seed/company';
import { DEMO_DEPARTMENTS, DEMO_PASSWORD, TITLES } from '../seed/names';
import { importBytes } from './import-csv';

const MAX_DEMO_EMPLOYEES = 100_000;

function intOption(value: unknown, option: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliError(2, 'import.cli.invalidValue', { option, message: `${min}–${max}` });
  }
  return n;
}

/** The demo company as the two CSV files an HR person would import: one path for every write. */
function toCsv(company: DemoCompany) {
  const enc = new TextEncoder();
  const depts =
    csvLine(DEPARTMENT_COLUMNS.map((c) => c.en)) + DEMO_DEPARTMENTS.map((d) => csvLine([d.code, d.name, d.nameEn, d.parent])).join('');
  const row = (p: DemoPerson) => [
    p.number,
    p.family[0],
    p.given[0],
    p.family[1],
    p.given[1],
    p.email,
    p.departmentCode,
    TITLES[p.level],
    p.grade,
    p.manager?.number ?? '',
    p.hireDate,
    p.status,
    p.locale,
  ];
  const people = csvLine(EMPLOYEE_COLUMNS.map((c) => c.en)) + company.people.map((p) => csvLine(row(p))).join('');
  return { departments: enc.encode(depts), employees: enc.encode(people) };
}

/** Everyone can sign in with the demo password; the chosen people get their roles. */
async function grantSignIns(db: Db, company: DemoCompany) {
  const hash = await hashPassword(DEMO_PASSWORD);
  const numbers = company.people.map((p) => p.number);
  await db.transaction(async (tx) => {
    for (const batch of batches(numbers, 1000)) {
      await tx.update(employees).set({ passwordHash: hash }).where(inArray(employees.employeeNumber, batch));
    }
    const grants: [DemoPerson, 'admin' | 'hr'][] = [
      [company.signIns.admin, 'admin'],
      [company.signIns.admin, 'hr'],
      ...company.hrStaff.map((p) => [p, 'hr'] as [DemoPerson, 'hr']),
    ];
    for (const [p, role] of grants) {
      await tx.execute(sql`insert into role_grants (employee_id, role)
        select id, ${role} from employees where employee_number = ${p.number}
        on conflict do nothing`);
    }
    await audit(tx, { actor: systemActor(), action: 'demo.seed', entityType: 'employee', detail: { employees: numbers.length } });
  });
}

export const seedDemoCommand: Command = {
  help: 'import.cli.help.seedDemo',
  usage: '[--employees 300] [--seed 1] [--force]',
  options: { employees: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } },
  async run(ctx) {
    const { io, t } = ctx;
    const count = intOption(ctx.values.employees, 'employees', MIN_DEMO_EMPLOYEES, MAX_DEMO_EMPLOYEES, 300);
    const seed = intOption(ctx.values.seed, 'seed', 0, 2 ** 31 - 1, 1);
    const { db } = await ctx.db();
    const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(employees);
    if (n > 0 && !ctx.values.force) throw new CliError(1, 'import.cli.seedRefused', { count: n });

    const company = generateCompany(count, seed);
    const files = toCsv(company);
    await importBytes(db, io, t, 'departments', files.departments, 'seed-demo');
    await importBytes(db, io, t, 'employees', files.employees, 'seed-demo');
    await grantSignIns(db, company);

    io.out(t('import.cli.seedDone', { departments: DEMO_DEPARTMENTS.length, employees: company.people.length, seed }));
    io.out(t('import.cli.seedSignIns', { password: DEMO_PASSWORD }));
    const who = (key: string, p: DemoPerson) => `  ${t(key)}: ${p.email}  (${p.family[0]} ${p.given[0]}, ${TITLES[p.level]})`;
    io.out(who('import.cli.seedAdmin', company.signIns.admin));
    io.out(who('import.cli.seedHr', company.signIns.hr));
    io.out(who('import.cli.seedManager', company.signIns.manager));
    io.out(who('import.cli.seedEmployee', company.signIns.employee));
  },
};
