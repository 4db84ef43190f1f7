import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { Actor } from '../actor';
import { rowsOf } from '../imports/write';
import { FUNNEL_COUNTS, FUNNEL_JOINS } from '../rounds/progress';
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
        ${FUNNEL_COUNTS}
      from interviews i
      join rounds ro on ro.id = i.round_id and ro.status in ('launched', 'closed')
      ${FUNNEL_JOINS}
      where i.interviewer_id = ${opts.actor.id} and i.status <> 'cancelled'
      group by ro.id, ro.name, ro.period_start
      order by ro.period_start desc
      limit 12`),
  );
  return { items: rows.map(({ roundId, roundName, periodStart, ...c }) => ({ round: { id: roundId, name: roundName, periodStart }, counts: teamView(c) })) };
}
