import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees, interviews, rounds } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, notFound } from '../errors';
import { rowsOf } from '../../db/rows';
import { readAggregate } from '../aggregates/read';
import { defineAggregate, RoundParams } from '../aggregates/registry';
import type { ProgressCounts, RemindQueued, RoundProgress } from './responses';
import { loadRound } from './rounds';
import { can } from '../capabilities';
import { companyTodaySql } from '../shared/calendar-sql';
import { FIGURES_MAX_AGE_MS } from '../shared/figures';

type Row = ProgressCounts & { by: 'all' | 'department' | 'interviewer'; key: string | null };

/**
 * Every count of a round in one pass over its interviews: GROUPING SETS gives the total, the rows by
 * department (as at launch) and by interviewer together. Each interview's sheet and survey state
 * comes from the (interview, kind) unique index, not a scan of every response.
 */
/** The funnel over interviews `i` (sheet → survey → scheduled → held → plan confirmed → followed up), with the joins it reads. */
export const FUNNEL_COUNTS = sql.raw(`count(*)::int as total,
    count(*) filter (where s.status = 'submitted')::int as "sheetSubmitted",
    count(*) filter (where v.status = 'submitted')::int as "surveySubmitted",
    count(*) filter (where i.status in ('scheduled', 'done'))::int as scheduled,
    count(*) filter (where i.status = 'done')::int as done,
    count(*) filter (where r.plan_revision = r.employee_confirmed_rev and r.plan_revision = r.interviewer_confirmed_rev)::int as "planConfirmed",
    count(*) filter (where exists (select 1 from follow_ups f where f.interview_id = i.id))::int as "followedUp"`);
export const FUNNEL_JOINS = sql.raw(`left join form_responses s on s.interview_id = i.id and s.kind = 'sheet'
  left join form_responses v on v.interview_id = i.id and v.kind = 'survey'
  left join interview_records r on r.interview_id = i.id`);

const progressSql = (roundId: string) => sql`
  select case when grouping(i.department_id) = 0 then 'department' when grouping(i.interviewer_id) = 0 then 'interviewer' else 'all' end as by,
    coalesce(case when grouping(i.department_id) = 0 then i.department_id::text end, case when grouping(i.interviewer_id) = 0 then i.interviewer_id::text end) as key,
    ${FUNNEL_COUNTS},
    count(*) filter (where i.interviewer_id is null)::int as unassigned
  from interviews i
  ${FUNNEL_JOINS}
  where i.round_id = ${roundId} and i.status <> 'cancelled'
  group by grouping sets ((), (i.department_id), (i.interviewer_id))`;

const counts = (r: Row): ProgressCounts => ({
  total: r.total,
  sheetSubmitted: r.sheetSubmitted,
  surveySubmitted: r.surveySubmitted,
  scheduled: r.scheduled,
  done: r.done,
  planConfirmed: r.planConfirmed,
  followedUp: r.followedUp,
  unassigned: r.unassigned,
});

const EMPTY: ProgressCounts = {
  total: 0,
  sheetSubmitted: 0,
  surveySubmitted: 0,
  scheduled: 0,
  done: 0,
  planConfirmed: 0,
  followedUp: 0,
  unassigned: 0,
};

/**
 * How old a funnel (a round's, an interviewer's) may be before a view queues its recount. A safety net: every
 * write that moves the funnel marks it behind and has it recounted within seconds (rounds/figures.ts), so this
 * only bounds what a write might miss. At 15 s a 課長 who kept the page open cost a pass over 8,000 interviews
 * four times a minute — the largest share of the load suite's database time (decision 0018).
 */
export const PROGRESS_TTL_MS = 2 * 60_000;
export const progressKey = (roundId: string) => `progress:${roundId}`;

/**
 * A round's funnel, stored (see aggregates/read.ts): refreshed by a job once older than PROGRESS_TTL_MS or
 * changed by a write (rounds/figures.ts), and never answered older than FIGURES_MAX_AGE_MS.
 */
export const progressAggregate = defineAggregate({
  name: 'progress',
  params: RoundParams,
  key: (p) => progressKey(p.roundId),
  ttlMs: PROGRESS_TTL_MS,
  maxStaleMs: FIGURES_MAX_AGE_MS,
  compute: async (db, p) => computeProgress(db, await loadRound(db, p.roundId)),
});

/**
 * Per round: totals, by department (as at launch) and by interviewer. On 100,000 interviews the
 * aggregate costs a few hundred milliseconds, so it is a stored aggregate. `asOf` says when it was counted.
 */
export async function roundProgress(
  db: Db,
  opts: { actor: Actor; roundId: string; refresh?: boolean; jobs: JobQueue },
): Promise<RoundProgress> {
  if (!can(opts.actor, 'manageRounds')) throw notFound();
  const round = await loadRound(db, opts.roundId);
  return readAggregate({ db, jobs: opts.jobs }, progressAggregate, { roundId: round.id }, { refresh: opts.refresh });
}

type PlanRow = { by: 'all' | 'department'; key: string | null; items: number; done: number; overdue: number };

/** Action-plan items of the round's interviews: how many, done, and overdue (open past their due date). */
const planSql = (roundId: string) => sql`
  select case when grouping(i.department_id) = 0 then 'department' else 'all' end as by, i.department_id::text as key,
    count(*)::int as items,
    count(*) filter (where a.status = 'done')::int as done,
    count(*) filter (where a.status in ('open', 'inProgress') and a.due_on < ${companyTodaySql()})::int as overdue
  from action_items a join interviews i on i.id = a.interview_id
  where i.round_id = ${roundId} and i.status <> 'cancelled'
  group by grouping sets ((), (i.department_id))`;

const planOf = (r: PlanRow | undefined) => ({ items: r?.items ?? 0, done: r?.done ?? 0, overdue: r?.overdue ?? 0 });

async function computeProgress(db: Db, round: typeof rounds.$inferSelect): Promise<Omit<RoundProgress, 'asOf'>> {
  const [rows, planRows] = await Promise.all([
    db.execute(progressSql(round.id)).then((r) => rowsOf<Row>(r)),
    db.execute(planSql(round.id)).then((r) => rowsOf<PlanRow>(r)),
  ]);
  const depts = rows.filter((r) => r.by === 'department');
  const people = rows.filter((r) => r.by === 'interviewer');
  const ids = (list: Row[]) => list.map((r) => r.key).filter((k): k is string => !!k);
  // Names for the groups: two small lookups by primary key.
  const [deptNames, personNames] = await Promise.all([
    ids(depts).length
      ? db
          .select({ id: departments.id, name: departments.name, nameEn: departments.nameEn, code: departments.code })
          .from(departments)
          .where(inArray(departments.id, ids(depts)))
      : [],
    ids(people).length
      ? db
          .select({
            id: employees.id,
            familyName: employees.familyName,
            givenName: employees.givenName,
            kana: sql<string>`coalesce(${employees.familyNameKana}, '') || coalesce(${employees.givenNameKana}, '')`,
          })
          .from(employees)
          .where(inArray(employees.id, ids(people)))
      : [],
  ]);
  const dept = new Map(deptNames.map((d) => [d.id, d]));
  const person = new Map(personNames.map((p) => [p.id, p]));
  const total = rows.find((r) => r.by === 'all');
  return {
    round: {
      id: round.id,
      name: round.name,
      status: round.status as RoundProgress['round']['status'],
      hasSheet: !!round.sheetTemplateId,
      hasSurvey: !!round.surveyTemplateId,
    },
    total: total ? counts(total) : EMPTY,
    plan: planOf(planRows.find((r) => r.by === 'all')),
    byDepartment: depts
      .map((r) => ({
        id: r.key,
        name: dept.get(r.key ?? '')?.name ?? null,
        nameEn: dept.get(r.key ?? '')?.nameEn ?? null,
        code: dept.get(r.key ?? '')?.code ?? '~',
        ...counts(r),
        plan: planOf(planRows.find((p) => p.by === 'department' && p.key === r.key)),
      }))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(({ code: _code, ...r }) => r),
    byInterviewer: people
      .map((r) => {
        const p = person.get(r.key ?? '');
        return {
          id: r.key,
          person: p ? { familyName: p.familyName, givenName: p.givenName } : null,
          kana: p?.kana ?? '\uffff',
          ...counts(r),
        };
      })
      .sort((a, b) => a.kana.localeCompare(b.kana, 'ja'))
      .map(({ kana: _kana, ...r }) => r),
  };
}

export type RemindTarget = 'sheet' | 'survey' | 'schedule';

/**
 * Queues a reminder to everyone behind on one thing. One queued reminder per round and target:
 * pressing the button twice before it ran sends it once.
 */
export async function remindRound(
  db: Db,
  opts: { actor: Actor; roundId: string; target: RemindTarget; jobs: JobQueue },
): Promise<RemindQueued> {
  const { actor, roundId, target, jobs } = opts;
  if (!can(actor, 'manageRounds')) throw notFound();
  await db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    if (round.status !== 'launched') throw conflict('rounds.errors.notLaunched');
    await jobs.send(tx, 'round.remind', { roundId, target }, { singletonKey: `round.remind:${roundId}:${target}` });
    await audit(tx, { actor, action: 'round.remind', entityType: 'round', entityId: roundId, detail: { target } });
  });
  return { queued: true };
}

/** The interviews behind on `target`: no submitted sheet/survey, or no time chosen yet. */
export async function behind(db: Db, roundId: string, target: RemindTarget) {
  const [round] = await db.select().from(rounds).where(eq(rounds.id, roundId));
  if (round?.status !== 'launched') return { round: null, rows: [] };
  if ((target === 'sheet' && !round.sheetTemplateId) || (target === 'survey' && !round.surveyTemplateId)) return { round, rows: [] };
  const lagging =
    target === 'schedule'
      ? sql`${interviews.status} = 'preparing'`
      : sql`not exists (select 1 from form_responses s where s.interview_id = ${interviews.id} and s.kind = ${target} and s.status = 'submitted')`;
  const rows = await db
    .select({ id: interviews.id, employeeId: interviews.employeeId, interviewerId: interviews.interviewerId })
    .from(interviews)
    .where(and(eq(interviews.roundId, roundId), sql`${interviews.status} <> 'cancelled'`, lagging));
  return { round, rows };
}
