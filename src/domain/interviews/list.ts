import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees, interviews, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { preparedQuery } from '../../db/prepared';
import { cappedCount, pageOffset } from '../shared/paging';
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

/** The interviewer's list: the people they interview in running rounds, with preparation and schedule. */
export async function listInterviewerQueue(
  db: Db,
  opts: { actor: Actor; roundId?: string; state?: 'unscheduled' | 'scheduled' | 'done'; page?: number; pageSize?: number },
): Promise<InterviewQueuePage> {
  const { actor, page = 1, pageSize = 50 } = opts;
  // The running rounds first (a handful): with their ids as constants the index on (interviewer, round,
  // time, sort key) gives the page in order, instead of joining and sorting all of a manager's interviews.
  const running = (
    await db
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.status, 'launched'), opts.roundId ? eq(rounds.id, opts.roundId) : undefined))
  ).map((r) => r.id);
  if (!running.length) return { items: [], page, pageSize, total: 0, totalCapped: false };
  const conds: SQL[] = [eq(interviews.interviewerId, actor.id), inArray(interviews.roundId, running)];
  if (opts.state === 'unscheduled') conds.push(eq(interviews.status, 'preparing'));
  if (opts.state === 'scheduled') conds.push(eq(interviews.status, 'scheduled'));
  if (opts.state === 'done') conds.push(eq(interviews.status, 'done'));
  const where = and(...conds);
  const [rows, counted] = await Promise.all([
    db
      .select({
        ...common,
        employee: employeeRef,
        department: departmentRef,
      })
      .from(interviews)
      .innerJoin(rounds, eq(rounds.id, interviews.roundId))
      .innerJoin(employees, eq(employees.id, interviews.employeeId))
      .leftJoin(departments, eq(departments.id, employees.departmentId))
      .leftJoin(sheetResponse, sheetJoin)
      .leftJoin(surveyResponse, surveyJoin)
      .where(where)
      // sort_key: the person's furigana and number, written at launch (rounds/launch.ts).
      .orderBy(sql`${interviews.scheduledStart} nulls first`, asc(interviews.sortKey), asc(interviews.id))
      .limit(pageSize)
      .offset(pageOffset(page, pageSize)),
    cappedCount(db, interviews, where),
  ]);
  return {
    items: rows.map((r) => ({ ...presentCommon(r), employee: r.employee, department: present(r.department) })),
    page,
    pageSize,
    ...counted,
  };
}
