import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { interviews, rounds } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, notFound } from '../errors';
import { rowsOf } from '../imports/write';
import { canManageRounds } from './policy';
import { loadRound } from './rounds';

export type ProgressCounts = {
  total: number;
  sheetSubmitted: number;
  surveySubmitted: number;
  scheduled: number;
  done: number;
  unassigned: number;
};

type Row = ProgressCounts & { key: string | null; name: string | null; name_en: string | null; family: string | null; given: string | null };

/** One pass over the round's interviews, with each one's sheet and survey state. */
const base = (roundId: string) => sql`
  select i.department_id, i.interviewer_id, i.status,
    exists (select 1 from form_responses s where s.interview_id = i.id and s.kind = 'sheet' and s.status = 'submitted') as sheet_done,
    exists (select 1 from form_responses s where s.interview_id = i.id and s.kind = 'survey' and s.status = 'submitted') as survey_done
  from interviews i where i.round_id = ${roundId} and i.status <> 'cancelled'`;

const aggregates = sql`count(*)::int as total,
  count(*) filter (where b.sheet_done)::int as "sheetSubmitted",
  count(*) filter (where b.survey_done)::int as "surveySubmitted",
  count(*) filter (where b.status in ('scheduled', 'done'))::int as scheduled,
  count(*) filter (where b.status = 'done')::int as done,
  count(*) filter (where b.interviewer_id is null)::int as unassigned`;

const counts = (r: Row): ProgressCounts => ({
  total: r.total,
  sheetSubmitted: r.sheetSubmitted,
  surveySubmitted: r.surveySubmitted,
  scheduled: r.scheduled,
  done: r.done,
  unassigned: r.unassigned,
});

/** Per round: totals, by department (as at launch) and by interviewer; aggregated in the database. */
export async function roundProgress(db: Db, opts: { actor: Actor; roundId: string }) {
  if (!canManageRounds(opts.actor)) throw notFound();
  const round = await loadRound(db, opts.roundId);
  const [total] = rowsOf<Row>(await db.execute(sql`select ${aggregates} from (${base(round.id)}) b`));
  const byDept = rowsOf<Row>(
    await db.execute(sql`select b.department_id as key, d.name, d.name_en, ${aggregates}
      from (${base(round.id)}) b left join departments d on d.id = b.department_id
      group by b.department_id, d.name, d.name_en, d.code order by d.code nulls last`),
  );
  const byInterviewer = rowsOf<Row>(
    await db.execute(sql`select b.interviewer_id as key, e.family_name as family, e.given_name as given, ${aggregates}
      from (${base(round.id)}) b left join employees e on e.id = b.interviewer_id
      group by b.interviewer_id, e.family_name, e.given_name, e.family_name_kana, e.given_name_kana
      order by e.family_name_kana nulls last, e.given_name_kana, b.interviewer_id limit 1000`),
  );
  return {
    round: { id: round.id, name: round.name, status: round.status, hasSheet: !!round.sheetTemplateId, hasSurvey: !!round.surveyTemplateId },
    total: total ? counts(total) : { total: 0, sheetSubmitted: 0, surveySubmitted: 0, scheduled: 0, done: 0, unassigned: 0 },
    byDepartment: byDept.map((r) => ({ id: r.key, name: r.name, nameEn: r.name_en, ...counts(r) })),
    byInterviewer: byInterviewer.map((r) => ({
      id: r.key,
      person: r.key ? { familyName: r.family ?? '', givenName: r.given ?? '' } : null,
      ...counts(r),
    })),
  };
}

export type RemindTarget = 'sheet' | 'survey' | 'schedule';

/**
 * Queues a reminder to everyone behind on one thing. One queued reminder per round and target:
 * pressing the button twice before it ran sends it once.
 */
export async function remindRound(db: Db, opts: { actor: Actor; roundId: string; target: RemindTarget; jobs: JobQueue }) {
  const { actor, roundId, target, jobs } = opts;
  if (!canManageRounds(actor)) throw notFound();
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
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
