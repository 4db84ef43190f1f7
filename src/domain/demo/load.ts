import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, rounds } from '../../db/schema';
import type { JobDeps } from '../../jobs/queue';
import { systemActor } from '../actor';
import { audit } from '../audit/audit';
import { hashPassword } from '../auth/passwords';
import { DEPARTMENT_COLUMNS, EMPLOYEE_COLUMNS } from '../imports/columns';
import { csvLine } from '../imports/csv';
import { checkImport, commitImport, type ImportKind, type ImportResult } from '../imports/import';
import { batches, type Progress } from '../imports/write';
import { companyToday } from '../shared/calendar';
import { computeAggregates } from './aggregates';
import { type DemoCompany, type DemoPerson, generateCompany } from './company';
import { writeHistory } from './history';
import { DEMO_CAREER_PATHS_CSV } from './career-paths';
import { chooseFirstStep } from '../career/map';
import { loadHearing } from './hearing';
import { linkDemoGaps } from './career-gaps';
import { DEMO_DEPARTMENTS, DEMO_PASSWORD, TITLES } from './names';

/** What the demo load is doing, for a progress line (CLI) or bar (the first-run page). */
export type DemoStep = 'departments' | 'employees' | 'signIns' | 'history' | 'figures';
export type DemoProgress = { step: DemoStep; done: number; total: number };

export type DemoSignIn = {
  role: 'admin' | 'hr' | 'manager' | 'employee';
  email: string;
  familyName: string;
  givenName: string;
  title: string;
};
export type DemoResult = {
  departments: number;
  employees: number;
  seed: number;
  password: string;
  signIns: DemoSignIn[];
  /** False when the database had rounds already (seed-demo --force): the people were updated, nothing else added. */
  history: boolean;
  imports: Record<'departments' | 'employees', ImportResult>;
};

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

async function importFile(db: Db, kind: ImportKind, bytes: Uint8Array, onProgress: Progress): Promise<ImportResult> {
  const actor = systemActor();
  const checked = await checkImport(db, { actor, kind, bytes });
  return commitImport(db, { actor, checked, source: 'seed-demo', onProgress });
}

/**
 * The career paths through their CSV import, and the printed employee's goal (their family's next step), so
 * the manager's prep shows a goal with its gaps from the first sign-in.
 */
async function loadCareerPaths(db: Db, company: DemoCompany) {
  await importFile(db, 'careerPaths', new TextEncoder().encode(DEMO_CAREER_PATHS_CSV), () => {});
  const [me] = await db.select({ id: employees.id }).from(employees).where(eq(employees.employeeNumber, company.signIns.employee.number));
  if (me) await chooseFirstStep(db, me.id);
  await loadHearing(db, company);
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
  });
}

const signIn = (role: DemoSignIn['role'], p: DemoPerson): DemoSignIn => ({
  role,
  email: p.email,
  familyName: p.family[0],
  givenName: p.given[0],
  title: TITLES[p.level],
});

/**
 * Loads the demo company: departments and people through the CSV import (its checks and audit), sign-ins,
 * then — on a database without rounds — three past career rounds and the running one as people lived them,
 * skills, wishes, moves and positions, and the stored figures of every insight page. No mail is written:
 * the history happened before the demo existed, and nobody is told about it (a few in-app notices for the
 * printed sign-ins excepted). `deps.jobs` runs the themes count.
 */
export async function loadDemo(
  deps: JobDeps,
  opts: { employees: number; seed: number; onProgress?: (p: DemoProgress) => void | Promise<void> },
): Promise<DemoResult> {
  const { db } = deps;
  const progress = (step: DemoStep) => (p: { done: number; total: number }) => opts.onProgress?.({ step, ...p });
  const company = generateCompany(opts.employees, opts.seed);
  const files = toCsv(company);
  const imports = {
    departments: await importFile(db, 'departments', files.departments, progress('departments')),
    employees: await importFile(db, 'employees', files.employees, progress('employees')),
  };
  await progress('signIns')({ done: 0, total: 1 });
  await grantSignIns(db, company);
  const [{ n: existing } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(rounds);
  const history = existing === 0;
  let counts: Record<string, number> = {};
  if (history) {
    await loadCareerPaths(db, company);
    const today = companyToday();
    const h = await writeHistory(db, { company, seed: opts.seed, today, onProgress: progress('history') });
    await linkDemoGaps(db, company.signIns.employee.number);
    const readers = [company.signIns.hr, company.signIns.admin].map((p) => p.number);
    const ids = await db.select({ id: employees.id }).from(employees).where(inArray(employees.employeeNumber, readers));
    const steps = h.roundIds.length * 2;
    let step = 0;
    await computeAggregates(deps, {
      roundIds: h.roundIds,
      positionIds: h.positionIds,
      readers: ids.map((r) => r.id),
      today,
      onStep: async () => progress('figures')({ done: ++step, total: steps }),
    });
    counts = { rounds: h.roundIds.length, positions: h.positionIds.length, rows: h.rows };
  }
  await audit(db, {
    actor: systemActor(),
    action: 'demo.seed',
    entityType: 'employee',
    detail: { employees: company.people.length, seed: opts.seed, ...counts },
  });
  const { signIns } = company;
  return {
    departments: DEMO_DEPARTMENTS.length,
    employees: company.people.length,
    seed: opts.seed,
    password: DEMO_PASSWORD,
    signIns: [
      signIn('admin', signIns.admin),
      signIn('hr', signIns.hr),
      signIn('manager', signIns.manager),
      signIn('employee', signIns.employee),
    ],
    history,
    imports,
  };
}
