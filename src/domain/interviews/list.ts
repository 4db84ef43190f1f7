import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees, interviews, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { preparedQuery } from '../../db/prepared';
import { COUNT_CAP, cappedCount, cappedTotal, pageOffset } from '../shared/paging';
import {
  departmentRef,
  employeeRef,
  formState,
  interviewerPerson,
  interviewerRef,
  present,
  sheetJoin,
  sheetResponse,
  surveyJoin,
  surveyResponse,
} from './columns';
import type { InterviewQueuePage, MyInterview, MyInterviewList } from './responses';

const openSlots = (proposedBy: 'interviewer' | 'employee') =>
  sql<number>`(select count(*)::int from interview_slots s where s.interview_id = ${interviews.id}
    and s.status = 'open' and s.proposed_by = ${proposedBy} and s.starts_at > now())`;

const common = {
  id: interviews.id,
  status: interviews.status,
  scheduledStart: interviews.scheduledStart,
  scheduledEnd: interviews.scheduledEnd,
  locationType: interviews.locationType,
  location: interviews.location,
  round: {
    id: rounds.id,
    name: rounds.name,
    type: rounds.type,
    status: rounds.status,
    prepDueOn: rounds.prepDueOn,
    periodEnd: rounds.periodEnd,
  },
  hasSheet: sql<boolean>`${rounds.sheetVersionId} is not null`,
  hasSurvey: sql<boolean>`${rounds.surveyVersionId} is not null`,
  sheetStatus: sheetResponse.status,
  surveyStatus: surveyResponse.status,
  offered: openSlots('interviewer'),
  proposed: openSlots('employee'),
};

type Common = {
  id: string;
  status: string;
  scheduledStart: Date | null;
  scheduledEnd: Date | null;
  locationType: string | null;
  location: string | null;
  round: { id: string; name: string; type: string; status: string; prepDueOn: string | null; periodEnd: string };
  hasSheet: boolean;
  hasSurvey: boolean;
  sheetStatus: string | null;
  surveyStatus: string | null;
  offered: number;
  proposed: number;
};

type Listed = Omit<MyInterview, 'interviewer'>;

const presentCommon = (r: Common): Listed => ({
  id: r.id,
  status: r.status as Listed['status'],
  round: { ...r.round, type: r.round.type as Listed['round']['type'], status: r.round.status as Listed['round']['status'] },
  sheet: r.hasSheet ? formState(r.sheetStatus) : null,
  survey: r.hasSurvey ? formState(r.surveyStatus) : null,
  appointment: r.scheduledStart
    ? {
        start: r.scheduledStart.toISOString(),
        end: r.scheduledEnd!.toISOString(),
        locationType: r.locationType as NonNullable<Listed['appointment']>['locationType'],
        location: r.location,
      }
    : null,
  offeredSlots: r.offered,
  proposedSlots: r.proposed,
});

const myInterviews = preparedQuery((db) =>
  db
    .select({ ...common, interviewer: interviewerRef })
    .from(interviews)
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .leftJoin(interviewerPerson, eq(interviewerPerson.id, interviews.interviewerId))
    .leftJoin(sheetResponse, sheetJoin)
    .leftJoin(surveyResponse, surveyJoin)
    .where(and(eq(interviews.employeeId, sql.placeholder('employeeId')), inArray(rounds.status, ['launched', 'closed'])))
    .orderBy(sql`${rounds.status} = 'launched' desc`, desc(rounds.periodStart))
    .limit(20)
    .prepare('my_interviews'),
);

/** The employee's own interviews ("what to prepare"): running rounds first, then the recent past. */
export async function listMyInterviews(db: Db, opts: { actor: Actor }): Promise<MyInterviewList> {
  const rows = await myInterviews(db).execute({ employeeId: opts.actor.id });
  return {
    items: rows.map((r) => ({ ...presentCommon(r), interviewer: present(r.interviewer) })),
  };
}

const STATE_STATUS = { unscheduled: 'preparing', scheduled: 'scheduled', done: 'done' } as const;
type QueueState = keyof typeof STATE_STATUS;

const queueColumns = { ...common, employee: employeeRef, department: departmentRef };

/** The list's rows for a WHERE (one running round or several), in the index's order. */
const queueRows = (db: Db, where: SQL | undefined) =>
  db
    .select(queueColumns)
    .from(interviews)
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .innerJoin(employees, eq(employees.id, interviews.employeeId))
    .leftJoin(departments, eq(departments.id, employees.departmentId))
    .leftJoin(sheetResponse, sheetJoin)
    .leftJoin(surveyResponse, surveyJoin)
    .where(where)
    // sort_key: the person's furigana and number, written at launch (rounds/launch.ts).
    .orderBy(sql`${interviews.scheduledStart} nulls first`, asc(interviews.sortKey), asc(interviews.id));

const runningRounds = preparedQuery((db) =>
  db.select({ id: rounds.id }).from(rounds).where(eq(rounds.status, 'launched')).prepare('running_rounds'),
);

// One running round (the usual case): prepared, so neither drizzle nor PostgreSQL builds the plan again per
// request (planning took three times as long as running it). With the round a single value, the generic plan
// is the index scan in order; several rounds go through the unprepared query below (see src/db/prepared.ts).
const oneRound = and(
  eq(interviews.interviewerId, sql.placeholder('interviewerId')),
  eq(interviews.roundId, sql.placeholder('roundId')),
  sql`(${sql.placeholder('status')}::text is null or ${interviews.status} = ${sql.placeholder('status')})`,
);
const oneRoundPage = preparedQuery((db) =>
  queueRows(db, oneRound).limit(sql.placeholder('limit')).offset(sql.placeholder('offset')).prepare('interviewer_queue'),
);
const oneRoundCount = preparedQuery((db) =>
  db
    .select({ n: sql<number>`count(*)::int` })
    .from(
      db
        .select({ one: sql`1` })
        .from(interviews)
        .where(oneRound)
        .limit(COUNT_CAP + 1)
        .as('capped'),
    )
    .prepare('interviewer_queue_count'),
);

/** The interviewer's list: the people they interview in running rounds, with preparation and schedule. */
export async function listInterviewerQueue(
  db: Db,
  opts: { actor: Actor; roundId?: string; state?: QueueState; page?: number; pageSize?: number },
): Promise<InterviewQueuePage> {
  const { actor, page = 1, pageSize = 50 } = opts;
  // The running rounds first (a handful): with their ids as constants the index on (interviewer, round,
  // time, sort key) gives the page in order, instead of joining and sorting all of a manager's interviews.
  const running = (await runningRounds(db).execute()).map((r) => r.id).filter((id) => !opts.roundId || id === opts.roundId);
  if (!running.length) return { items: [], page, pageSize, total: 0, totalCapped: false };
  const offset = pageOffset(page, pageSize);
  const status = opts.state ? STATE_STATUS[opts.state] : null;
  let rows: Awaited<ReturnType<typeof queueRows>>;
  let counted: { total: number; totalCapped: boolean };
  if (running.length === 1) {
    const values = { interviewerId: actor.id, roundId: running[0]!, status };
    const [found, [n]] = await Promise.all([
      oneRoundPage(db).execute({ ...values, limit: pageSize, offset }),
      oneRoundCount(db).execute(values),
    ]);
    [rows, counted] = [found, cappedTotal(n?.n ?? 0)];
  } else {
    const where = and(
      eq(interviews.interviewerId, actor.id),
      inArray(interviews.roundId, running),
      status ? eq(interviews.status, status) : undefined,
    );
    [rows, counted] = await Promise.all([queueRows(db, where).limit(pageSize).offset(offset), cappedCount(db, interviews, where)]);
  }
  return {
    items: rows.map((r) => ({ ...presentCommon(r), employee: r.employee, department: present(r.department) })),
    page,
    pageSize,
    ...counted,
  };
}
