import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { rowsOf } from '../../db/rows';
import { MIN_GROUP, suppressed } from './policy';
import type { JobQueue } from '../../jobs/queue';
import { readAggregate } from '../aggregates/read';
import { defineAggregate } from '../aggregates/registry';
import { IsoDate } from '../shared/schemas';
import { can } from '../capabilities';
import { FIGURES_MAX_AGE_MS } from '../shared/figures';
import { addDays, atCompanyTime } from '../shared/calendar';
import type { OutcomeGroup, Outcomes } from './responses';

/** The scales whose change is compared; a low careerAnxiety answer means more worry (the statement is 「不安はない」). */
export const OUTCOME_SCALES = ['jobSatisfaction', 'careerAnxiety'] as const;

type GroupRow = { interviewed: boolean; people: number; retained: number; moved: number };
/** `change` is never null: each person counted has a first and a last answer (`having count(*) >= 2`). */
type ChangeRow = { interviewed: boolean; field: string; people: number; change: number };

/**
 * The seed's expected effects, measured for a period: retention and internal moves of the people who
 * had a career interview held in it vs those who did not, and how their survey scales changed between
 * their first and last survey of the period. Correlation, not cause — the UI says so.
 */
async function computeOutcomes(db: Db, from: string, to: string): Promise<Omit<Outcomes, 'asOf'>> {
  // Held "in the period" on the company's calendar: an interview at 08:00 in Tokyo on the first day counts.
  const heldFrom = atCompanyTime(from).toISOString();
  const heldBefore = atCompanyTime(addDays(to, 1)).toISOString();
  const groups = rowsOf<GroupRow>(
    await db.execute(sql`
      with pop as (
        select e.id, e.retired_on from employees e
        where (e.hire_date is null or e.hire_date <= ${from}::date) and (e.retired_on is null or e.retired_on >= ${from}::date)),
      iv as (
        select distinct i.employee_id from interview_records r
        join interviews i on i.id = r.interview_id
        join rounds ro on ro.id = i.round_id and ro.type = 'career'
        where r.held_at >= ${heldFrom}::timestamptz and r.held_at < ${heldBefore}::timestamptz),
      mv as (select distinct employee_id from department_moves where moved_on between ${from}::date and ${to}::date)
      select (iv.employee_id is not null) as interviewed, count(*)::int as people,
        count(*) filter (where p.retired_on is null or p.retired_on > ${to}::date)::int as retained,
        count(*) filter (where mv.employee_id is not null)::int as moved
      from pop p left join iv on iv.employee_id = p.id left join mv on mv.employee_id = p.id
      group by 1`),
  );
  const changes = rowsOf<ChangeRow>(
    await db.execute(sql`
      with answers as (
        select i.employee_id, a.field_id, (a.value #>> '{}')::numeric as v, ro.period_start,
          row_number() over (partition by i.employee_id, a.field_id order by ro.period_start) as first_n,
          row_number() over (partition by i.employee_id, a.field_id order by ro.period_start desc) as last_n
        from rounds ro
        join interviews i on i.round_id = ro.id
        join form_responses s on s.interview_id = i.id and s.kind = 'survey' and s.status = 'submitted'
        join form_answers a on a.response_id = s.id and a.field_id in (${sql.join(
          OUTCOME_SCALES.map((f) => sql`${f}`),
          sql`, `,
        )})
        where ro.period_start between ${from}::date and ${to}::date and jsonb_typeof(a.value) = 'number'),
      per_person as (
        select employee_id, field_id, max(v) filter (where last_n = 1) - max(v) filter (where first_n = 1) as change, count(*) as n
        from answers group by employee_id, field_id having count(*) >= 2),
      iv as (
        select distinct i.employee_id from interview_records r join interviews i on i.id = r.interview_id
        join rounds ro on ro.id = i.round_id and ro.type = 'career'
        where r.held_at >= ${heldFrom}::timestamptz and r.held_at < ${heldBefore}::timestamptz)
      select (iv.employee_id is not null) as interviewed, p.field_id as field, count(*)::int as people, round(avg(p.change), 2)::float as change
      from per_person p left join iv on iv.employee_id = p.employee_id
      group by 1, 2`),
  );
  const change = (interviewed: boolean, f: (typeof OUTCOME_SCALES)[number]) => {
    const c = changes.find((r) => r.interviewed === interviewed && r.field === f);
    return !c || suppressed(c.people) ? null : { people: c.people, change: c.change };
  };
  const group = (interviewed: boolean): OutcomeGroup => {
    const g = groups.find((r) => r.interviewed === interviewed) ?? { people: 0, retained: 0, moved: 0 };
    const hidden = suppressed(g.people);
    return {
      people: g.people,
      suppressed: hidden,
      retentionRate: hidden || !g.people ? null : Math.round((g.retained / g.people) * 1000) / 10,
      moveRate: hidden || !g.people ? null : Math.round((g.moved / g.people) * 1000) / 10,
      scaleChange: { jobSatisfaction: change(interviewed, 'jobSatisfaction'), careerAnxiety: change(interviewed, 'careerAnxiety') },
    };
  };
  return { from, to, minGroup: MIN_GROUP, interviewed: group(true), notInterviewed: group(false) };
}

const outcomesAggregate = defineAggregate({
  name: 'outcomes',
  params: z.strictObject({ from: IsoDate, to: IsoDate }),
  key: (p) => `outcomes:${p.from}:${p.to}`,
  // Refreshed behind the answer after two minutes, so that a reader seldom waits for the bound's recount.
  ttlMs: 2 * 60_000,
  maxStaleMs: FIGURES_MAX_AGE_MS,
  compute: (db, p) => computeOutcomes(db, p.from, p.to),
});

/** Stored per period, never answered older than FIGURES_MAX_AGE_MS (aggregates only: not an audited read); `refresh` recounts. HR only. */
export async function outcomes(
  db: Db,
  opts: { actor: Actor; from: string; to: string; refresh?: boolean; jobs: JobQueue },
): Promise<Outcomes> {
  if (!can(opts.actor, 'viewInsight')) throw notFound();
  return readAggregate({ db, jobs: opts.jobs }, outcomesAggregate, { from: opts.from, to: opts.to }, { refresh: opts.refresh });
}
