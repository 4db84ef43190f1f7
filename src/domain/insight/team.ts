import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../actor';
import { rowsOf } from '../imports/write';
import { teamView } from './policy';

type Counts = { total: number; sheetSubmitted: number; surveySubmitted: number; scheduled: number; done: number; planConfirmed: number; followedUp: number };

/**
 * The funnel of the interviews the actor holds, round by round (latest first): managers see their own
 * people's aggregates only, and none of a group under five.
 */
export async function teamProgress(db: Db, opts: { actor: Actor }) {
  const rows = rowsOf<Counts & { roundId: string; roundName: string; periodStart: string }>(
    await db.execute(sql`
      select ro.id as "roundId", ro.name as "roundName", ro.period_start::text as "periodStart",
        count(*)::int as total,
        count(*) filter (where s.status = 'submitted')::int as "sheetSubmitted",
        count(*) filter (where v.status = 'submitted')::int as "surveySubmitted",
        count(*) filter (where i.status in ('scheduled', 'done'))::int as scheduled,
        count(*) filter (where i.status = 'done')::int as done,
        count(*) filter (where r.plan_revision = r.employee_confirmed_rev and r.plan_revision = r.interviewer_confirmed_rev)::int as "planConfirmed",
        count(*) filter (where exists (select 1 from follow_ups f where f.interview_id = i.id))::int as "followedUp"
      from interviews i
      join rounds ro on ro.id = i.round_id and ro.status in ('launched', 'closed')
      left join form_responses s on s.interview_id = i.id and s.kind = 'sheet'
      left join form_responses v on v.interview_id = i.id and v.kind = 'survey'
      left join interview_records r on r.interview_id = i.id
      where i.interviewer_id = ${opts.actor.id} and i.status <> 'cancelled'
      group by ro.id, ro.name, ro.period_start
      order by ro.period_start desc
      limit 12`),
  );
  return { items: rows.map(({ roundId, roundName, periodStart, ...c }) => ({ round: { id: roundId, name: roundName, periodStart }, counts: teamView(c) })) };
}
