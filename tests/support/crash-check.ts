import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import type { TestClient } from './harness';
import { allowed, deptName, type EmpTrack, gradeAt, jobTitleAt, rolesAfter, type WriteStream } from './write-stream';

// What a crashed write stream must have left behind: every acknowledged change, nothing half-made.

type Dept = { id: string; code: string; name: string; nameEn: string | null; parentId: string | null };
type EmpSummary = { id: string; employeeNumber: string };
type EmpDetail = EmpSummary & {
  email: string;
  familyName: string;
  givenName: string;
  department: { code: string } | null;
  jobTitle: string | null;
  grade: string | null;
  status: string;
  version: number;
  roles: string[];
};

const renamesIn = (code: string, name: string) => {
  if (name === deptName(code, 0)) return 0;
  const m = new RegExp(`^${code} 改(\\d+)$`).exec(name);
  return m ? Number(m[1]) : Number.NaN;
};

async function getJson<T>(client: TestClient, path: string): Promise<T> {
  const res = await client.get(path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Reads everything back through the restarted server's API. Returns the problems found, and how
 * many of the writes in flight at the kill landed anyway (committed, never answered) or were lost.
 */
export async function apiProblems(client: TestClient, streams: WriteStream[]) {
  const problems: string[] = [];
  // Counted for the latest stream only (earlier ones were counted after their own kill).
  const inFlight = { landed: 0, lost: 0 };
  let latest = false;
  const tally = (landed: boolean) => {
    if (latest) inFlight[landed ? 'landed' : 'lost']++;
  };
  const ours = (key: string) => streams.some((s) => key.startsWith(s.prefix));

  const { items: depts } = await getJson<{ items: Dept[] }>(client, '/api/v1/departments');
  const deptByCode = new Map(depts.filter((d) => ours(d.code)).map((d) => [d.code, d]));
  const summaries = new Map<string, EmpSummary>();
  for (let page = 1; ; page++) {
    const r = await getJson<{ items: EmpSummary[] }>(client, `/api/v1/employees?status=all&pageSize=200&page=${page}`);
    for (const e of r.items) if (ours(e.employeeNumber)) summaries.set(e.employeeNumber, e);
    if (r.items.length < 200) break;
  }

  for (const s of streams) {
    latest = s === streams.at(-1);
    for (const t of s.depts.values()) {
      const d = deptByCode.get(t.code);
      deptByCode.delete(t.code);
      if (t.pending === 'create') tally(!!d);
      if (!d) {
        if (t.acked) problems.push(`department ${t.code}: acknowledged create is missing`);
        continue;
      }
      const k = renamesIn(t.code, d.name);
      if (t.pending === 'rename') tally(k > t.renames);
      const ok = t.acked ? allowed(t.renames, t.pending === 'rename') : [0];
      if (!ok.includes(k)) problems.push(`department ${t.code}: name "${d.name}", expected rename count in [${ok}]`);
      if (d.nameEn !== null || d.parentId !== null) problems.push(`department ${t.code}: unexpected nameEn/parentId`);
    }
    const found = [...s.emps.values()].filter((t) => summaries.has(t.number));
    for (const t of s.emps.values()) {
      if (t.pending === 'create') tally(summaries.has(t.number));
      if (!summaries.has(t.number) && t.acked) problems.push(`employee ${t.number}: acknowledged create is missing`);
    }
    // Details (version, roles) one page of requests at a time.
    for (let i = 0; i < found.length; i += 8) {
      const batch = found.slice(i, i + 8);
      const details = await Promise.all(batch.map((t) => getJson<EmpDetail>(client, `/api/v1/employees/${summaries.get(t.number)!.id}`)));
      for (const [j, t] of batch.entries()) {
        const e = details[j]!;
        problems.push(...employeeProblems(t, e));
        if (t.pending === 'update') tally(e.version > t.version);
        if (t.pending === 'roles') tally(JSON.stringify(e.roles) !== JSON.stringify(rolesAfter(t.roleChanges)));
      }
    }
    for (const n of s.emps.keys()) summaries.delete(n);
  }
  for (const code of deptByCode.keys()) problems.push(`department ${code}: never sent, yet present`);
  for (const n of summaries.keys()) problems.push(`employee ${n}: never sent, yet present`);
  return { problems, inFlight };
}

function employeeProblems(t: EmpTrack, e: EmpDetail): string[] {
  const p: string[] = [];
  const where = `employee ${t.number}`;
  if (e.email !== t.email || e.familyName !== '障害' || e.givenName !== t.givenName || e.status !== 'active') {
    p.push(`${where}: created fields differ: ${JSON.stringify(e)}`);
  }
  if ((e.department?.code ?? null) !== t.departmentCode) p.push(`${where}: department ${e.department?.code} ≠ ${t.departmentCode}`);
  const versions = t.acked ? allowed(t.version, t.pending === 'update') : [1];
  if (!versions.includes(e.version)) p.push(`${where}: version ${e.version}, expected one of [${versions}]`);
  if (e.jobTitle !== jobTitleAt(e.version) || e.grade !== gradeAt(e.version)) {
    p.push(`${where}: version ${e.version} with job title ${e.jobTitle} / grade ${e.grade} (half an update)`);
  }
  const roleCounts = t.acked ? allowed(t.roleChanges, t.pending === 'roles') : [0];
  if (!roleCounts.some((c) => JSON.stringify(rolesAfter(c)) === JSON.stringify(e.roles))) {
    p.push(`${where}: roles ${JSON.stringify(e.roles)} after [${roleCounts}] acknowledged role changes`);
  }
  return p;
}

type DeptRow = { code: string; name: string; creates: number; updates: number };
type EmpRow = {
  number: string;
  version: number;
  job_title: string | null;
  roles: string[];
  creates: number;
  updates: number;
  role_changes: number;
};

/**
 * Straight from the database: every change left exactly one audit row in the same transaction,
 * so the audit counts must match the counters in the data (a torn transaction shows as a mismatch),
 * and the counters must lie between the acknowledged value and the one in flight.
 */
export async function dbProblems(db: Db, streams: WriteStream[]): Promise<string[]> {
  const problems: string[] = [];
  const audits = (type: string, action: string, id: ReturnType<typeof sql>) =>
    sql`(select count(*)::int from audit_log a where a.entity_type = ${type} and a.action = ${action} and a.entity_id = ${id}::text)`;
  const deptRows = (await db.execute(
    sql`select d.code, d.name, ${audits('department', 'department.create', sql`d.id`)} as creates,
          ${audits('department', 'department.update', sql`d.id`)} as updates
        from departments d`,
  )) as unknown as { rows: DeptRow[] };
  const empRows = (await db.execute(
    sql`select e.employee_number as number, e.version, e.job_title,
          coalesce((select array_agg(g.role::text order by g.role) from role_grants g where g.employee_id = e.id), '{}') as roles,
          ${audits('employee', 'employee.create', sql`e.id`)} as creates,
          ${audits('employee', 'employee.update', sql`e.id`)} as updates,
          ${audits('employee', 'employee.roles.update', sql`e.id`)} as role_changes
        from employees e`,
  )) as unknown as { rows: EmpRow[] };
  const depts = new Map(deptRows.rows.map((r) => [r.code, r]));
  const emps = new Map(empRows.rows.map((r) => [r.number, r]));
  for (const s of streams) {
    for (const t of s.depts.values()) {
      const r = depts.get(t.code);
      if (!r) {
        if (t.acked) problems.push(`db: department ${t.code} missing`);
        continue;
      }
      const k = renamesIn(t.code, r.name);
      if (r.creates !== 1 || r.updates !== k)
        problems.push(`db: department ${t.code} renamed ${k}× with ${r.creates} create / ${r.updates} update audits`);
      if (t.acked && !allowed(t.renames, t.pending === 'rename').includes(k)) problems.push(`db: department ${t.code} rename count ${k}`);
    }
    for (const t of s.emps.values()) {
      const r = emps.get(t.number);
      if (!r) {
        if (t.acked) problems.push(`db: employee ${t.number} missing`);
        continue;
      }
      const where = `db: employee ${t.number}`;
      if (r.creates !== 1 || r.updates !== r.version - 1)
        problems.push(`${where}: version ${r.version} with ${r.creates} create / ${r.updates} update audits`);
      if (r.job_title !== jobTitleAt(r.version)) problems.push(`${where}: version ${r.version} with job title ${r.job_title}`);
      if (JSON.stringify(r.roles) !== JSON.stringify(rolesAfter(r.role_changes)))
        problems.push(`${where}: roles ${r.roles} after ${r.role_changes} role-change audits`);
      if (t.acked && !allowed(t.version, t.pending === 'update').includes(r.version))
        problems.push(`${where}: version ${r.version} < acknowledged ${t.version}`);
      if (t.acked && !allowed(t.roleChanges, t.pending === 'roles').includes(r.role_changes))
        problems.push(`${where}: ${r.role_changes} role changes, acknowledged ${t.roleChanges}`);
    }
  }
  return problems;
}
