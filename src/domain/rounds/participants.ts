import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import type { Actor } from '../actor';
import { rowsOf } from '../../db/rows';
import { forbidden } from '../errors';
import { departmentSubtree } from '../directory/employees-read';
import type { ParticipantPreview } from './responses';
import type { ParticipantRuleInput } from './schemas';
import { can } from '../capabilities';

/** Active employees the rule selects: everyone, or (departments ∩ grades) ∪ hand-picked. */
export function participantWhere(rule: ParticipantRuleInput): SQL {
  const active = eq(employees.status, 'active');
  if (rule.all) return active;
  const filters: SQL[] = [];
  if (rule.departmentIds.length) filters.push(or(...rule.departmentIds.map((id) => departmentSubtree(id)))!);
  if (rule.grades.length) filters.push(inArray(employees.grade, rule.grades));
  const picked = rule.employeeIds.length ? inArray(employees.id, rule.employeeIds) : undefined;
  const byFilter = filters.length ? and(...filters) : undefined;
  const either = byFilter && picked ? or(byFilter, picked) : (byFilter ?? picked);
  // Nothing chosen selects nobody (never everyone by accident).
  return and(active, either ?? sql`false`)!;
}

const activeManager = sql<string | null>`(select m.id from employees m where m.id = ${employees.managerId} and m.status = 'active')`;
const activePartner = sql<string | null>`(select p.partner_id from hr_partner_assignments p
  join employees pe on pe.id = p.partner_id and pe.status = 'active'
  where p.employee_id = ${employees.id} order by p.created_at, p.partner_id limit 1)`;

/** Who interviews whom: the manager by default, the HR partner first under the 'hrPartner' rule. */
export function interviewerSql(rule: 'manager' | 'hrPartner'): SQL<string | null> {
  return rule === 'hrPartner' ? sql`coalesce(${activePartner}, ${activeManager})` : sql`coalesce(${activeManager}, ${activePartner})`;
}

/** What a launch would create: how many people, and how many would have nobody to interview them. */
export async function previewParticipants(
  db: Db,
  opts: { actor: Actor; participants: ParticipantRuleInput; interviewerRule: 'manager' | 'hrPartner' },
): Promise<ParticipantPreview> {
  if (!can(opts.actor, 'manageRounds')) throw forbidden();
  const where = participantWhere(opts.participants);
  const [counts] = rowsOf<{ total: number; unassigned: number }>(
    await db.execute(sql`select count(*)::int as total, count(*) filter (where iv is null)::int as unassigned
      from (select ${interviewerSql(opts.interviewerRule)} as iv from ${employees} where ${where}) s`),
  );
  const sample = await db
    .select({
      id: employees.id,
      familyName: employees.familyName,
      givenName: employees.givenName,
      employeeNumber: employees.employeeNumber,
    })
    .from(employees)
    .where(where)
    .orderBy(employees.familyNameKana, employees.givenNameKana, employees.employeeNumber)
    .limit(10);
  return { total: counts?.total ?? 0, unassigned: counts?.unassigned ?? 0, sample };
}
