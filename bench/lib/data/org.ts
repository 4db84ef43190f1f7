// Bench data: a large Japanese company generated inside the database (generate_series), so that
// 100,000 employees take seconds, not minutes. Never used by tests or the app.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { hashPassword } from '../../../src/domain/auth/passwords';
import { FAMILY_NAMES, GIVEN_NAMES } from '../../../src/domain/demo/names';
import { queryRows } from '../databases';

export const BENCH_PASSWORD = 'mendan-bench-2026';
export const BENCH_DOMAIN = 'bench.example.jp';
export const BENCH_USERS = { hr: `hr@${BENCH_DOMAIN}`, admin: `admin@${BENCH_DOMAIN}` } as const;

const DIVISIONS = ['営業本部', '技術本部', '製造本部', '管理本部', '海外事業本部', 'マーケティング本部', '物流本部', '研究開発本部'];
const DEPTS_PER_DIVISION = 6;
const SECTIONS_PER_DEPT = 3;
/** 本部 → 部 → 課: 8 + 48 + 144. */
export const ORG_DEPARTMENTS = DIVISIONS.length * (1 + DEPTS_PER_DIVISION * (1 + SECTIONS_PER_DEPT));

type Dept = { code: string; name: string; parent: string | null; level: 'division' | 'dept' | 'section' };

const pad = (n: number) => String(n).padStart(2, '0');

function departmentTree(): Dept[] {
  const out: Dept[] = [];
  DIVISIONS.forEach((division, i) => {
    const bd = `BD${pad(i + 1)}`;
    out.push({ code: bd, name: division, parent: null, level: 'division' });
    for (let d = 1; d <= DEPTS_PER_DIVISION; d++) {
      const dept = `${bd}-${pad(d)}`;
      out.push({ code: dept, name: `${division.replace('本部', '')}第${d}部`, parent: bd, level: 'dept' });
      for (let s = 1; s <= SECTIONS_PER_DEPT; s++) {
        out.push({ code: `${dept}-${pad(s)}`, name: `${division.replace('本部', '')}第${d}部 第${s}課`, parent: dept, level: 'section' });
      }
    }
  });
  return out;
}

const TITLE = { division: '本部長', dept: '部長', section: '課長' } as const;
const GRADE = { division: 'G6', dept: 'G5', section: 'G4' } as const;

/** True when the database holds exactly the data `generateOrg(db, employees)` makes. */
export async function orgIsReady(db: Db, employees: number): Promise<boolean> {
  const [row] = await queryRows<{ members: number; depts: number; hr: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM employees WHERE employee_number LIKE 'M%') AS members,
               (SELECT count(*)::int FROM departments) AS depts,
               (SELECT count(*)::int FROM employees e JOIN role_grants g ON g.employee_id = e.id
                 WHERE e.email = ${BENCH_USERS.hr} AND g.role = 'hr') AS hr`,
  );
  const heads = ORG_DEPARTMENTS;
  return !!row && row.depts === ORG_DEPARTMENTS && row.members === employees - heads && row.hr === 1;
}

/** Fills an empty, migrated database: the department tree, a head per department, members in the 課. */
export async function generateOrg(db: Db, employees: number): Promise<void> {
  const tree = departmentTree();
  if (employees <= tree.length) throw new Error(`BENCH_EMPLOYEES must exceed ${tree.length} (one head per department)`);
  const hash = await hashPassword(BENCH_PASSWORD);
  const families = JSON.stringify(FAMILY_NAMES);
  const givens = JSON.stringify(GIVEN_NAMES);
  await db.transaction(async (tx) => {
    // Parents first: the tree is listed depth-first, so a parent always precedes its children.
    for (const d of tree) {
      await tx.execute(sql`INSERT INTO departments (code, name, parent_id)
        VALUES (${d.code}, ${d.name}, (SELECT id FROM departments WHERE code = ${d.parent}))`);
    }
    // One head per department, reporting to the head of the parent department.
    for (const [i, d] of tree.entries()) {
      const f = FAMILY_NAMES[i % FAMILY_NAMES.length]!;
      const g = GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length]!;
      await tx.execute(sql`INSERT INTO employees (employee_number, family_name, given_name, family_name_kana, given_name_kana,
          email, department_id, job_title, grade, manager_id, hire_date, password_hash)
        VALUES (${`H${d.code}`}, ${f[0]}, ${g[0]}, ${f[1]}, ${g[1]}, ${`head.${d.code.toLowerCase()}@${BENCH_DOMAIN}`},
          (SELECT id FROM departments WHERE code = ${d.code}), ${TITLE[d.level]}, ${GRADE[d.level]},
          (SELECT id FROM employees WHERE employee_number = ${d.parent ? `H${d.parent}` : null}),
          ${`${1985 + (i % 25)}-04-01`}, ${hash})`);
    }
    // Members spread round-robin over the 課, managed by the 課長; 3% retired, 3% English UI.
    await tx.execute(sql`
      WITH names AS (SELECT ${families}::jsonb AS fam, ${givens}::jsonb AS giv),
      leaves AS (
        SELECT d.id, h.id AS head_id, (row_number() OVER (ORDER BY d.code))::int - 1 AS i
        FROM departments d JOIN employees h ON h.employee_number = 'H' || d.code
        WHERE d.code LIKE 'BD__-__-__'),
      nleaves AS (SELECT count(*)::int AS n FROM leaves),
      people AS (
        SELECT s,
          fam -> ((s::bigint * 7919) % jsonb_array_length(fam))::int AS f,
          giv -> ((s::bigint * 104729) % jsonb_array_length(giv))::int AS g
        FROM generate_series(1, ${employees - tree.length}) s, names)
      INSERT INTO employees (employee_number, family_name, given_name, family_name_kana, given_name_kana, email,
        department_id, job_title, grade, manager_id, hire_date, status, retired_on, locale, password_hash)
      SELECT 'M' || lpad(s::text, 7, '0'), f->>0, g->>0, f->>1, g->>1,
        (g->>2) || '.' || (f->>2) || '.' || s || ${`@${BENCH_DOMAIN}`},
        l.id, CASE WHEN s % 5 = 0 THEN '主任' ELSE '一般' END, CASE WHEN s % 5 = 0 THEN 'G3' ELSE 'G' || (1 + s % 2) END,
        l.head_id, date '2000-04-01' + (s % 9000),
        CASE WHEN s % 33 = 0 THEN 'retired' ELSE 'active' END,
        CASE WHEN s % 33 = 0 THEN date '2025-03-31' END,
        CASE WHEN s % 31 = 0 THEN 'en' ELSE 'ja' END,
        ${hash}
      FROM people, nleaves JOIN leaves l ON true
      WHERE l.i = s % nleaves.n`);
    // The sign-ins the suites use: HR staff and an administrator, outside the member count.
    const hq = tree[DIVISIONS.indexOf('管理本部') * (1 + DEPTS_PER_DIVISION * (1 + SECTIONS_PER_DEPT))]!.code;
    for (const [role, email, number] of [
      ['hr', BENCH_USERS.hr, 'S0000001'],
      ['admin', BENCH_USERS.admin, 'S0000002'],
    ] as const) {
      await tx.execute(sql`INSERT INTO employees (employee_number, family_name, given_name, family_name_kana, given_name_kana,
          email, department_id, job_title, grade, hire_date, password_hash)
        VALUES (${number}, '人事', ${role === 'hr' ? '花子' : '太郎'}, 'ジンジ', ${role === 'hr' ? 'ハナコ' : 'タロウ'}, ${email},
          (SELECT id FROM departments WHERE code = ${hq}), ${role === 'hr' ? '人事担当' : 'システム管理者'}, 'G3', date '2010-04-01', ${hash})`);
      await tx.execute(sql`INSERT INTO role_grants (employee_id, role) SELECT id, ${role} FROM employees WHERE email = ${email}`);
    }
  });
  // What autovacuum would have done by the time anyone lists people: statistics and the visibility map.
  await db.execute(sql`VACUUM ANALYZE`);
}
