import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import type { positions } from '../../db/schema';
import { currentFramework } from '../career/framework';
import type { PositionFacts } from './match';
import { skillKey } from './schemas';

type PositionRow = typeof positions.$inferSelect;

/** The position's department and its parents, nearest first (depth-limited against a cycle in bad data). */
async function departmentPath(db: Db, id: string | null): Promise<string[]> {
  if (!id) return [];
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`with recursive up(id, parent_id, depth) as (
        select d.id, d.parent_id, 0 from departments d where d.id = ${id}
        union all
        select d.id, d.parent_id, up.depth + 1 from departments d join up on d.id = up.parent_id where up.depth < 32
      ) select id from up order by depth`),
  );
  return rows.map((r) => r.id);
}

/** The role of the current career map the position names (null: none, or no longer on the map). */
export async function careerRoleOf(db: Db, code: string | null) {
  if (!code) return null;
  const role = (await currentFramework(db))?.roles.find((r) => r.code === code);
  return role ? { code: role.code, name: role.name, skills: role.skills } : null;
}

export const positionFacts = async (db: Db, position: PositionRow): Promise<PositionFacts> => ({
  title: position.title,
  track: position.track,
  requiredSkills: position.requiredSkills,
  departmentPath: await departmentPath(db, position.departmentId),
  role: await careerRoleOf(db, position.careerRoleCode),
});

/** The skills that count for a position: its career role's expected ones when it names one, else its required skills. */
export const skillKeys = (p: PositionFacts) => [
  ...new Set((p.role?.skills.length ? p.role.skills.map((s) => s.name) : p.requiredSkills).map(skillKey)),
];

/**
 * What a held level counts for in SQL's coarse ranking, and its whole: against a role, at most the expected level of
 * that skill out of the sum of expected levels (as match.ts's roleReason); else the level out of MAX_LEVEL per skill.
 */
export function levelTerms(p: PositionFacts, maxLevel: number, keys: string[]) {
  const role = p.role?.skills.length ? p.role.skills : null;
  if (!role) return { level: sql`s.level`, whole: maxLevel * keys.length };
  const cases = sql.join(
    role.map((e) => sql`when ${skillKey(e.name)} then ${e.level}::int`),
    sql` `,
  );
  return { level: sql`least(s.level, case s.name_key ${cases} else 0 end)`, whole: role.reduce((s, e) => s + e.level, 0) };
}
