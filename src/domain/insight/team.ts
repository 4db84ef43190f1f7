import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { Actor } from '../actor';
import { rowsOf } from '../../db/rows';
import { FUNNEL_COUNTS, FUNNEL_JOINS, PROGRESS_TTL_MS } from '../rounds/progress';
import type { JobQueue } from '../../jobs/queue';
import { readAggregate } from '../aggregates/read';
import { defineAggregate } from '../aggregates/registry';
import { FIGURES_MAX_AGE_MS } from '../shared/figures';
import { teamView } from './policy';
import type { TeamProgress } from './responses';

type Counts = {
  total: number;
  sheetSubmitted: number;
  surveySubmitted: number;
  scheduled: number;
  done: number;
  planConfirmed: number;
  followedUp: number;
};

export const teamAggregate = defineAggregate({
  name: 'team',
  params: z.strictObject({ interviewerId: z.uuid() }),
  key: (p) => `team:${p.interviewerId}`,
  ttlMs: PROGRESS_TTL_MS,
  // Someone back after a while waits for a fresh count once rather than reading yesterday's.
  maxStaleMs: FIGURES_MAX_AGE_MS,
  compute: (db, p) => computeTeamProgress(db, p.interviewerId),
});

/**
 * The funnel of the interviews the actor holds, round by round (latest first): managers see their own
 * people's aggregates only, and none of a group under five. Stored per interviewer like HR's round funnel
 * (fresh for 15 s, then refreshed behind the answer): a 課長 with 700 people reads 8,000 interviews' steps.
 */
export function teamProgress(db: Db, opts: { actor: Actor; jobs: JobQueue; refresh?: boolean }): Promise<TeamProgress> {
  return readAggregate({ db, jobs: opts.jobs }, teamAggregate, { interviewerId: opts.actor.id }, { refresh: opts.refresh });
}

async function computeTeamProgress(db: Db, interviewerId: string): Promise<Omit<TeamProgress, 'asOf'>> {
  // The latest twelve rounds the actor interviews in first (index probes per round), then the funnel
  // of only their interviews: a 課長 with 700 people over fifty rounds would otherwise count them all.
  const rows = rowsOf<Counts & { roundId: string; roundName: string; periodStart: string }>(
    await db.execute(sql`
      with mine as (
        select ro.id, ro.name, ro.period_start from rounds ro
        where ro.status in ('launched', 'closed')
          and exists (select 1 from interviews x where x.round_id = ro.id and x.interviewer_id = ${interviewerId} and x.status <> 'cancelled')
        order by ro.period_start desc, ro.id
        limit 12)
      select ro.id as "roundId", ro.name as "roundName", ro.period_start::text as "periodStart",
        ${FUNNEL_COUNTS}
      from mine ro
      join interviews i on i.round_id = ro.id and i.interviewer_id = ${interviewerId} and i.status <> 'cancelled'
      ${FUNNEL_JOINS}
      group by ro.id, ro.name, ro.period_start
      order by ro.period_start desc, ro.id`),
  );
  return {
    items: rows.map(({ roundId, roundName, periodStart, ...c }) => ({
      round: { id: roundId, name: roundName, periodStart },
      counts: teamView(c),
    })),
  };
}
