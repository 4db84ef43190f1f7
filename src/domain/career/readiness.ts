import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import type { Actor } from '../actor';
import { can } from '../capabilities';
import { forbidden } from '../errors';
import { MIN_GROUP, suppressed } from '../insight/policy';
import { currentFramework } from './framework';
import type { CareerReadiness } from './readiness-responses';

type Count = { ready: number; oneStep: number };
type Row = { role_id: string; department_id: string | null; ready: number; one_step: number };

/**
 * Per role and department, how many active people meet every expected level (ready) or miss one level of
 * one skill (one step away), not counting those who already hold the role (their job title is its name).
 * Read from employee_skills by its (name_key, employee_id, level) index: only people holding one of the
 * role's skills are looked at — someone holding none misses every level. A department of fewer than five
 * people shows no figures (the five-person rule of insight/policy.ts); nor does the company below five.
 */
export async function getReadiness(db: Db, opts: { actor: Actor }): Promise<CareerReadiness> {
  if (!can(opts.actor, 'managePlacement')) throw forbidden();
  const f = await currentFramework(db);
  if (!f) return { version: null, minGroup: MIN_GROUP, departments: [], roles: [] };
  const [counts, depts] = await Promise.all([
    db.execute(sql`with exp as (
        select r.id as role_id, r.name, s.name_key, s.level, sum(s.level) over (partition by r.id) as total
        from career_roles r join career_role_skills s on s.role_id = r.id where r.version_id = ${f.id}
      ), met as (
        select x.role_id, min(x.name) as name, k.employee_id, max(x.total) - sum(least(k.level, x.level)) as missing
        from exp x join employee_skills k on k.name_key = x.name_key
        group by x.role_id, k.employee_id
      )
      select m.role_id, e.department_id,
        (count(*) filter (where m.missing = 0))::int as ready, (count(*) filter (where m.missing = 1))::int as one_step
      from met m join employees e on e.id = m.employee_id
      where e.status = 'active' and m.missing <= 1 and coalesce(e.job_title, '') <> m.name
      group by m.role_id, e.department_id`),
    db.execute(sql`select d.id, d.name, d.name_en as "nameEn", count(e.id)::int as headcount
      from departments d join employees e on e.department_id = d.id and e.status = 'active'
      group by d.id, d.name, d.name_en order by d.name`),
  ]);
  const departments = rowsOf<{ id: string; name: string; nameEn: string | null; headcount: number }>(depts);
  const company = departments.reduce((s, d) => s + d.headcount, 0);
  const byRole = new Map<string, Map<string | null, Count>>();
  for (const r of rowsOf<Row>(counts)) {
    const m = byRole.get(r.role_id) ?? new Map<string | null, Count>();
    m.set(r.department_id, { ready: Number(r.ready), oneStep: Number(r.one_step) });
    byRole.set(r.role_id, m);
  }
  const hide = { suppressed: true as const, ready: null, oneStep: null };
  return {
    version: { number: f.number, createdAt: f.createdAt.toISOString() },
    minGroup: MIN_GROUP,
    departments: departments.map((d) => ({ id: d.id, name: d.name, nameEn: d.nameEn, suppressed: suppressed(d.headcount) })),
    roles: f.roles
      .filter((r) => r.skills.length > 0)
      .map((r) => {
        const m = byRole.get(r.id) ?? new Map<string | null, Count>();
        const sum = [...m.values()].reduce((s, c) => ({ ready: s.ready + c.ready, oneStep: s.oneStep + c.oneStep }), {
          ready: 0,
          oneStep: 0,
        });
        return {
          roleId: r.id,
          code: r.code,
          name: r.name,
          familyName: r.familyName,
          track: r.track,
          grade: r.grade,
          total: suppressed(company) ? hide : { suppressed: false as const, ...sum },
          byDepartment: departments.map((d) => {
            const c = m.get(d.id) ?? { ready: 0, oneStep: 0 };
            return suppressed(d.headcount) ? { departmentId: d.id, ...hide } : { departmentId: d.id, suppressed: false as const, ...c };
          }),
        };
      }),
  };
}
