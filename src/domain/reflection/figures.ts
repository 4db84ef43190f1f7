import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { reflectionPeriods } from '../../db/schema';
import { MIN_GROUP } from '../insight/policy';
import { hiddenKeys } from '../insight/trends-policy';
import { CAUTIONS, type Caution, type Period, round2 } from './rules';
import type { Scores } from './responses';

type Sums = { n: number } & Record<Caution, number>;
/** What a closed period keeps: sums never leave this module; what is stored is already suppressed. */
export type PeriodFigures = {
  company: Scores;
  /** By interviewer: their figures as they see them (`own`) and as HR sees them beside the department (`answers`). */
  interviewers: Record<string, { departmentId: string | null; own: Scores; answers: Scores; othersN: number }>;
  departments: Record<string, Scores>;
  computedAt: string;
};

const NONE = '~';
const empty = (): Sums => ({ n: 0, listen: 0, strengths: 0, support: 0, followUp: 0 });
const add = (a: Sums, b: Sums): Sums => ({
  n: a.n + b.n,
  listen: a.listen + b.listen,
  strengths: a.strengths + b.strengths,
  support: a.support + b.support,
  followUp: a.followUp + b.followUp,
});
const shown = (s: Sums, hide = false): Scores =>
  hide || s.n < MIN_GROUP
    ? { n: s.n, scores: null }
    : { n: s.n, scores: Object.fromEntries(CAUTIONS.map((c) => [c, round2(s[c] / s.n)])) as Record<Caution, number> };

/**
 * One period's answers, counted once. Suppression (the insight's five-person rule and its complementary
 * hiding, hiddenKeys): an interviewer under five is hidden, and so is the smallest shown one of their
 * department when the hidden ones together are under five (the department's figure would otherwise give
 * them away by subtraction); likewise departments against the company. `othersN` lets the card hide the
 * company's figure when the company minus one interviewer would be fewer than five answers.
 */
export async function countPeriod(db: Db, period: Period): Promise<PeriodFigures> {
  const rows = rowsOf<{ interviewer: string; dept: string | null } & Sums>(
    await db.execute(sql`select r.interviewer_id as interviewer, e.department_id as dept, count(*)::int as n,
        sum(r.listen)::int as listen, sum(r.strengths)::int as strengths, sum(r.support)::int as support,
        sum(r.follow_up)::int as "followUp"
      from interview_reflections r join employees e on e.id = r.interviewer_id
      where r.period = ${period} group by r.interviewer_id, e.department_id`),
  );
  let company = empty();
  const byDept = new Map<string, { sums: Sums; people: typeof rows }>();
  for (const r of rows) {
    company = add(company, r);
    const key = r.dept ?? NONE;
    const d = byDept.get(key) ?? { sums: empty(), people: [] };
    d.sums = add(d.sums, r);
    d.people.push(r);
    byDept.set(key, d);
  }
  const hiddenDepts = hiddenKeys([...byDept].map(([key, d]) => ({ key, n: d.sums.n })));
  const departments: PeriodFigures['departments'] = {};
  const interviewers: PeriodFigures['interviewers'] = {};
  for (const [key, d] of byDept) {
    const deptHidden = hiddenDepts.has(key);
    departments[key] = shown(d.sums, deptHidden);
    const hiddenPeople = hiddenKeys(d.people.map((p) => ({ key: p.interviewer, n: p.n })));
    for (const p of d.people)
      interviewers[p.interviewer] = {
        departmentId: p.dept,
        // What the interviewer sees of themselves: only the five-person rule (they see no department).
        own: shown(p),
        // What HR sees, beside the department's figure. A hidden department hides its people too: their figures would add up to it.
        answers: shown(p, deptHidden || hiddenPeople.has(p.interviewer)),
        othersN: company.n - p.n,
      };
  }
  return { company: shown(company), interviewers, departments, computedAt: new Date().toISOString() };
}

/**
 * A closed period's figures: counted at the first reading after it closed, then kept as they were, so
 * every later reading (by anyone) shows the same numbers — an erasure or a department move afterwards
 * cannot open a difference that would single out an answer.
 */
export async function closedPeriodFigures(db: Db, period: Period): Promise<PeriodFigures> {
  const read = async () =>
    rowsOf<{ figures: PeriodFigures }>(await db.execute(sql`select figures from reflection_periods where period = ${period}`))[0];
  const kept = await read();
  if (kept) return kept.figures;
  const figures = await countPeriod(db, period);
  // Two first readers at once: the first one's count is kept, and both answer with it.
  await db.insert(reflectionPeriods).values({ period, figures }).onConflictDoNothing();
  return (await read())!.figures;
}

export const NO_DEPARTMENT = NONE;
