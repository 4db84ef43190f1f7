import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { invalid, notFound } from '../errors';
import { MIN_GROUP } from '../insight/policy';
import { companyToday } from '../shared/calendar';
import { closedPeriodFigures, NO_DEPARTMENT } from './figures';
import type { ReflectionOverview } from './responses';
import { closedPeriods, type Period } from './rules';
import { readReflectionSettings } from './settings';
import { countSignals, noSignals } from './signals';

/** Closed periods HR can choose from, newest first: two years of half-years. */
export const OVERVIEW_PERIODS = 4;
/** The list of interviewers without any counted answer stops here (a first look, not a report). */
const NOT_RATED_MAX = 200;

/** Interviewers who held an interview but have no answer counted in any period. */
async function notRated(db: Db) {
  return rowsOf<{ id: string; familyName: string; givenName: string }>(
    await db.execute(sql`select e.id, e.family_name as "familyName", e.given_name as "givenName" from employees e
      where exists (select 1 from interviews i join interview_records r on r.interview_id = i.id
                    where i.interviewer_id = e.id and r.held_at is not null)
        and not exists (select 1 from interview_reflections x where x.interviewer_id = e.id)
      order by e.family_name_kana, e.given_name_kana, e.id limit ${NOT_RATED_MAX}`),
  );
}

/**
 * HR's view of one closed half-year: interviewers by department (as counted when the period was first
 * read), each with the answers' averages — hidden by the same five-person rule and complementary
 * hiding as the insight — and the record's signals; the company's trend over the closed periods; who has
 * no answer yet. Only closed, fixed periods: nothing can be narrowed below them. Every reading is audited.
 */
export async function reflectionOverview(db: Db, opts: { actor: Actor; period?: string }): Promise<ReflectionOverview> {
  const { actor } = opts;
  if (!can(actor, 'viewInsight')) throw notFound();
  const periods = closedPeriods(companyToday(), OVERVIEW_PERIODS);
  // Only the offered closed periods: the running one (or any other window) cannot be asked for.
  if (opts.period && !(periods as string[]).includes(opts.period)) throw invalid({ period: { key: 'reflection.errors.period' } });
  const period = (opts.period as Period | undefined) ?? periods[0]!;
  const [figs, signals, missing, settings] = await Promise.all([
    closedPeriodFigures(db, period),
    countSignals(db, period),
    notRated(db),
    readReflectionSettings(db),
  ]);
  const trend = [];
  for (const p of [...periods].reverse()) trend.push({ period: p, company: (await closedPeriodFigures(db, p)).company });

  const people = new Set([...Object.keys(figs.interviewers), ...signals.keys()]);
  const names = people.size
    ? await db
        .select({ id: employees.id, familyName: employees.familyName, givenName: employees.givenName, dept: employees.departmentId })
        .from(employees)
        .where(inArray(employees.id, [...people]))
    : [];
  const deptIds = new Set<string>();
  const byDept = new Map<string, ReflectionOverview['departments'][number]['interviewers']>();
  for (const n of names) {
    // The department as counted with the answers; people with signals only are placed where they are now.
    const key = figs.interviewers[n.id]?.departmentId ?? (figs.interviewers[n.id] ? NO_DEPARTMENT : (n.dept ?? NO_DEPARTMENT));
    if (key !== NO_DEPARTMENT) deptIds.add(key);
    const list = byDept.get(key) ?? [];
    list.push({
      id: n.id,
      familyName: n.familyName,
      givenName: n.givenName,
      answers: figs.interviewers[n.id]?.answers ?? { n: 0, scores: null },
      signals: signals.get(n.id) ?? noSignals(),
    });
    byDept.set(key, list);
  }
  const deptNames = deptIds.size
    ? new Map(
        (
          await db
            .select({ id: departments.id, name: departments.name })
            .from(departments)
            .where(inArray(departments.id, [...deptIds]))
        ).map((d) => [d.id, d.name]),
      )
    : new Map<string, string>();
  await audit(db, { actor, action: 'reflection.overview.read', entityType: 'reflection', entityId: period });
  return {
    period,
    periods,
    minGroup: MIN_GROUP,
    company: figs.company,
    departments: [...byDept]
      .map(([key, interviewers]) => ({
        id: key === NO_DEPARTMENT ? null : key,
        name: key === NO_DEPARTMENT ? null : (deptNames.get(key) ?? null),
        answers: figs.departments[key] ?? { n: 0, scores: null },
        interviewers: interviewers.sort((a, b) => a.familyName.localeCompare(b.familyName, 'ja') || a.id.localeCompare(b.id)),
      }))
      .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'ja')),
    trend,
    notRated: missing,
    managerSees: settings.managerSees,
    asOf: figs.computedAt,
  };
}
