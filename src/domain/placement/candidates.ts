import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { careerWishes, departments, employeeSkills, employees, positions } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { rowsOf } from '../../db/rows';
import { readAggregate } from '../aggregates/read';
import { defineAggregate } from '../aggregates/registry';
import { dropAggregates } from '../aggregates/store';
import { notFound } from '../errors';
import { type CandidateFacts, MAX_LEVEL, type PositionFacts, type Reason, rankCandidates, scoreCandidate, WEIGHTS } from './match';
import { wishFacts, wishView } from './policy';
import { loadPosition, presentPosition } from './positions';
import { decisionsOf, deptColumns, peopleOf, presentWish } from './present';
import { keptFromActor, latestIs, ofActivePeople, reportsOf } from './list';
import { presentReason } from './reasons';
import type { Candidate, CandidatePage } from './responses';
import { levelTerms, positionFacts, skillKeys } from './position-facts';

/**
 * At most this many people are ranked for one position. SQL keeps the best by the same weights
 * (see wishKey), so the cut only drops people far down the list; the answer says when it happened.
 */
export const SHORTLIST = 1000;

type Skill = { name: string; level: number };
type WishCandidate = CandidateFacts & { wishId: string };

const inList = (expr: SQL, values: string[]) => (values.length ? sql`${expr} in ${values}` : sql`false`);
/** The normalisation of career_wishes.desired_role_key (NFKC, lower case, no spaces), for the position's title. */
const normJs = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * The open wishes worth ranking for a position: someone who wants its department (or one above it), its
 * track, its role, or has one of its skills. Reads career_wishes and, from the (name_key, employee_id, level)
 * index alone, the open wishers' levels in the position's skills, joined once by hash (a lookup per wish cost
 * 0.01 ms × every open wish); the skills themselves only for the shortlist. Never all employees. One wish per
 * person (their best), best first.
 */
export function wishCandidatesSql(p: PositionFacts, keys: string[], hidden: SQL): SQL {
  const [own, ...parents] = p.departmentPath;
  const specific = p.track === 'management' || p.track === 'specialist';
  const title = normJs(p.title);
  const role = sql`(length(w.desired_role_key) >= 2 and (strpos(${title}, w.desired_role_key) > 0 or strpos(w.desired_role_key, ${title}) > 0))`;
  // Someone already in the position's department moves no house (scoreCandidate's noRelocation): the department's
  // people, from its index, once.
  const sameDept = own ? sql`w.employee_id in (select d.id from employees d where d.department_id = ${own}::uuid)` : sql`false`;
  // The coarse score in SQL, from the same weights as scoreCandidate; the exact score and its reasons come from there.
  const { level, whole } = levelTerms(p, MAX_LEVEL, keys);
  const key = sql`(case when w.desired_department_id = ${own ?? null}::uuid then ${WEIGHTS.departmentExact}::int
      when ${inList(sql`w.desired_department_id`, parents)} then ${WEIGHTS.departmentWithin}::int else 0 end)
    + ${specific ? sql`(case when w.track = ${p.track} then ${WEIGHTS.track}::int when w.track = 'undecided' then ${WEIGHTS.trackUndecided}::int else 0 end)` : sql`0`}
    + ${keys.length ? sql`coalesce(sk.levels, 0) * ${WEIGHTS.skills}::float / ${whole}::int` : sql`0`}
    + (case w.timeframe when 'within1y' then ${WEIGHTS.timeframe.within1y}::int when 'in1to3y' then ${WEIGHTS.timeframe.in1to3y}::int else 0 end)
    + (case when ${sameDept} then ${WEIGHTS.relocation.ok}::int when w.relocation = 'ok' then ${WEIGHTS.relocation.ok}::int
        when w.relocation = 'depends' then ${WEIGHTS.relocation.depends}::int else 0 end)
    + (case when ${role} then ${WEIGHTS.role}::int else 0 end)`;
  const criteria = [
    ...(p.departmentPath.length ? [inList(sql`w.desired_department_id`, p.departmentPath)] : []),
    ...(specific ? [sql`w.track = ${p.track}`] : []),
    ...(keys.length ? [sql`sk.levels is not null`] : []),
  ];
  // A position that names no department, track or skill is open to every wish.
  const relevant = criteria.length ? sql.join([...criteria, role], sql` or `) : sql`true`;
  return sql`select "wishId", "employeeId", "desiredRole", "desiredDepartmentId", track, timeframe, relocation, coalesce((select json_agg(json_build_object('name', s.name, 'level', s.level)) from employee_skills s
          where s.employee_id = short."employeeId" and ${inList(sql`s.name_key`, keys)}), '[]'::json) as skills,
        (select e.department_id from employees e where e.id = short."employeeId") as "departmentId"
      from (
        select "wishId", "employeeId", "desiredRole", "desiredDepartmentId", track, timeframe, relocation, key from (
          select distinct on (w.employee_id) w.id as "wishId", w.employee_id as "employeeId", w.desired_role as "desiredRole",
            w.desired_department_id as "desiredDepartmentId", w.track, w.timeframe, w.relocation, ${key} as key
          from career_wishes w
          left join (
            select s.employee_id, sum(${level})::int as levels
            from employee_skills s
            where ${inList(sql`s.name_key`, keys)} and s.employee_id in (select o.employee_id from career_wishes o where o.status = 'open')
            group by s.employee_id
          ) sk on sk.employee_id = w.employee_id
          where w.status = 'open' and ${ofActivePeople('w')} and not ${latestIs('moved', 'w')}
            and not ${hidden}
            and (${relevant})
          order by w.employee_id, key desc, w.created_at, w.id
        ) best
        order by key desc, "employeeId"
        limit ${SHORTLIST + 1}
      ) short
      order by key desc, "employeeId"`;
}

async function wishCandidates(db: Db, p: PositionFacts, keys: string[], hidden: SQL): Promise<WishCandidate[]> {
  const rows = rowsOf<
    { wishId: string; employeeId: string; departmentId: string | null } & NonNullable<CandidateFacts['wish']> & { skills: Skill[] | string }
  >(await db.execute(wishCandidatesSql(p, keys, hidden)));
  return rows.map(({ wishId, employeeId, departmentId, skills, ...wish }) => ({
    wishId,
    employeeId,
    departmentId,
    wish,
    skills: parseSkills(skills),
  }));
}

/**
 * People whose skills fit, whatever they wished: most skill levels first. The ranking reads only the
 * (name_key, employee_id, level) index; the skills are then read for the shortlist alone (building them for
 * every holder of a skill, 55,000 of 100,000 people, cost two thirds of the time and spilled to disk).
 */
export const skillCandidatesSql = (keys: string[], level: SQL = sql`s.level`) =>
  sql`with top as (
        select s.employee_id, sum(${level}) as levels
        from employee_skills s
        where ${inList(sql`s.name_key`, keys)} and not exists (select 1 from employees r where r.id = s.employee_id and r.status = 'retired')
        group by s.employee_id
        order by levels desc, s.employee_id
        limit ${SHORTLIST + 1})
      select t.employee_id as "employeeId",
        (select json_agg(json_build_object('name', s.name, 'level', s.level)) from employee_skills s
          where s.employee_id = t.employee_id and ${inList(sql`s.name_key`, keys)}) as skills
      from top t
      order by t.levels desc, t.employee_id`;

async function skillCandidates(db: Db, p: PositionFacts, keys: string[]): Promise<CandidateFacts[]> {
  if (!keys.length) return [];
  const rows = rowsOf<{ employeeId: string; skills: Skill[] | string }>(
    await db.execute(skillCandidatesSql(keys, levelTerms(p, MAX_LEVEL, keys).level)),
  );
  return rows.map((r) => ({ employeeId: r.employeeId, wish: null, skills: parseSkills(r.skills) }));
}

/** The position's skills of the people on one page, by person. */
async function skillsOf(db: Db, ids: string[], keys: string[]): Promise<Map<string, Skill[]>> {
  if (!ids.length || !keys.length) return new Map();
  const rows = await db
    .select({ employeeId: employeeSkills.employeeId, name: employeeSkills.name, level: employeeSkills.level })
    .from(employeeSkills)
    .where(and(inArray(employeeSkills.employeeId, ids), inArray(employeeSkills.nameKey, keys)));
  const out = new Map<string, Skill[]>();
  for (const r of rows) out.set(r.employeeId, [...(out.get(r.employeeId) ?? []), { name: r.name, level: r.level }]);
  return out;
}

/** A candidate's gap to the position's career role, from its roleFit reason (null: the position names no role). */
function roleGap(reasons: Reason[]): Candidate['gap'] {
  const fit = reasons.find((r) => r.code === 'roleFit');
  return fit ? { shortfall: Number(fit.params.shortfall), skills: fit.gaps ?? [] } : null;
}

// json comes back parsed from pg and PGlite alike, but a text column of JSON must not break the page.
const parseSkills = (v: Skill[] | string): Skill[] => (typeof v === 'string' ? (JSON.parse(v) as Skill[]) : v);

/**
 * One ranked person as stored: who, and through which wish (null: by skills). The score and its reasons are
 * worked out again for the page shown (storing them for all 1,000 cost more than ranking them).
 */
type Ranked = { employeeId: string; wishId: string | null };
type Ranking = { items: Ranked[]; total: number; capped: boolean };

/** Stored rankings: fresh for half a minute, never served older than five; dropped when placement data changes. */
const RANKING_TTL_MS = 30_000;
const RANKING_MAX_STALE_MS = 5 * 60_000;
export const RANKINGS = 'candidates:';

/** Any write that can change a ranking (wishes, decisions, positions, skills) drops them all. */
export const dropRankings = (db: Db) => dropAggregates(db, RANKINGS);

async function rank(db: Db, readerId: string, facts: PositionFacts, skills: boolean): Promise<Ranking> {
  const keys = skillKeys(facts);
  // 人事のみ kept from the reader stays hidden from them, HR or not (see policy.ts).
  const hidden = keptFromActor(readerId, await reportsOf(db, readerId), 'w');
  const [wished, bySkills] = await db.transaction(async (tx) => {
    // PostgreSQL JIT-compiles these plans on every call (the estimate counts each per-wish skill lookup):
    // 35–80 ms of a 150 ms answer on 100,000 people, measured. Off for these two reads only.
    await tx.execute(sql`set local jit = off`);
    return [await wishCandidates(tx, facts, keys, hidden), skills ? await skillCandidates(tx, facts, keys) : []] as const;
  });
  const asked = new Set(wished.map((c) => c.employeeId));
  const skilled = bySkills.filter((c) => !asked.has(c.employeeId) && c.employeeId !== readerId);
  const ranked = rankCandidates(facts, [...wished.slice(0, SHORTLIST), ...skilled.slice(0, SHORTLIST)]);
  return {
    items: ranked.slice(0, SHORTLIST).map((c) => ({ employeeId: c.employeeId, wishId: 'wishId' in c ? (c.wishId as string) : null })),
    total: Math.min(ranked.length, SHORTLIST),
    capped: wished.length > SHORTLIST || skilled.length > SHORTLIST || ranked.length > SHORTLIST,
  };
}

/** A position's ranking as one reader may see it (the reader's own wishes and 人事のみ kept from them left out). */
const rankingAggregate = defineAggregate({
  name: 'candidates',
  params: z.strictObject({ positionId: z.uuid(), readerId: z.uuid(), skills: z.boolean() }),
  key: (p) => `${RANKINGS}${p.positionId}:${p.readerId}:${p.skills}`,
  ttlMs: RANKING_TTL_MS,
  maxStaleMs: RANKING_MAX_STALE_MS,
  async compute(db, p) {
    const [position] = await db.select().from(positions).where(eq(positions.id, p.positionId));
    if (!position) throw notFound();
    return rank(db, p.readerId, await positionFacts(db, position), p.skills);
  },
});

/**
 * 候補者: who could fill a position, ranked by a transparent additive score (match.ts) with the reasons
 * in words. HR only (404 for anyone else); the read is audited with the wishes shown. The ranking (a pass
 * over every open wish, and skills) is stored per position, reader and choice, so paging reads it back;
 * the people and wishes on the page are read fresh.
 */
export async function positionCandidates(
  db: Db,
  opts: { actor: Actor; positionId: string; page: number; pageSize: number; skills: boolean; jobs: JobQueue },
): Promise<CandidatePage> {
  const { actor, positionId, page, pageSize } = opts;
  const { position, department } = await loadPosition(db, actor, positionId);
  const facts = await positionFacts(db, position);
  const ranking = await readAggregate({ db, jobs: opts.jobs }, rankingAggregate, { positionId, readerId: actor.id, skills: opts.skills });
  const shown = ranking.items.slice((page - 1) * pageSize, page * pageSize);

  const wishIds = shown.flatMap((c) => (c.wishId ? [c.wishId] : []));
  const [people, wishRows, decisions, skills] = await Promise.all([
    peopleOf(
      db,
      shown.map((c) => c.employeeId),
    ),
    wishIds.length
      ? db
          .select({ wish: careerWishes, managerId: employees.managerId, departmentId: employees.departmentId, desired: deptColumns })
          .from(careerWishes)
          .innerJoin(employees, eq(employees.id, careerWishes.employeeId))
          .leftJoin(departments, eq(departments.id, careerWishes.desiredDepartmentId))
          .where(inArray(careerWishes.id, wishIds))
      : [],
    decisionsOf(db, wishIds, true),
    skillsOf(
      db,
      shown.map((c) => c.employeeId),
      skillKeys(facts),
    ),
  ]);
  const wishById = new Map(wishRows.map((r) => [r.wish.id, r]));
  const items = shown.map((c): Candidate => {
    const w = c.wishId ? wishById.get(c.wishId) : undefined;
    const { score, reasons } = scoreCandidate(facts, {
      employeeId: c.employeeId,
      departmentId: w?.departmentId ?? null,
      wish: w ? w.wish : null,
      skills: skills.get(c.employeeId) ?? [],
    });
    const view = w
      ? wishView(wishFacts(actor, { id: w.wish.employeeId, managerId: w.managerId }, w.wish.keptFrom), w.wish.disclosure)
      : 'none';
    return {
      employee: people.get(c.employeeId) ?? null,
      wish: w && view !== 'none' ? presentWish(w.wish, view, w.desired?.id ? w.desired : null, decisions.get(w.wish.id)) : null,
      score,
      reasons: reasons.map((r) => presentReason(r, actor.locale)),
      gap: roleGap(reasons),
    };
  });
  if (items.length)
    await audit(db, {
      actor,
      action: 'wish.read',
      entityType: 'position',
      entityId: positionId,
      detail: { page, wishes: wishIds, bySkills: items.length - wishIds.length },
    });
  return {
    position: presentPosition(position, department),
    careerRole: facts.role ? { name: facts.role.name, skills: facts.role.skills } : null,
    items,
    page,
    pageSize,
    total: ranking.total,
    totalCapped: ranking.capped,
    shortlist: SHORTLIST,
    asOf: ranking.asOf,
  };
}
