import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees, interviews, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { preparedQuery } from '../../db/prepared';
import { COUNT_CAP, capped, pageOffset } from '../shared/paging';
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

type QueueState = 'unscheduled' | 'scheduled' | 'done';
const QUEUE_STATUS: Record<QueueState, string> = { unscheduled: 'preparing', scheduled: 'scheduled', done: 'done' };

/** Whose list, in which running rounds (placeholders), and in which state (one prepared statement per state). */
const queueWhere = (state: QueueState | undefined) =>
  and(
    eq(interviews.interviewerId, sql.placeholder('interviewerId')),
    sql`${interviews.roundId} = any(${sql.placeholder('roundIds')}::uuid[])`,
    state ? eq(interviews.status, QUEUE_STATUS[state]) : undefined,
  );

/**
 * The page's interviews are picked from the index on (interviewer, round, time, sort key) alone — a manager's
 * few hundred entries, sorted — and only those 50 are joined to people, forms and slots.
 */
const queuePage = (state: QueueState | undefined) =>
  preparedQuery((db) => {
    const page = db
      .select({ id: interviews.id, start: interviews.scheduledStart, sortKey: interviews.sortKey })
      .from(interviews)
      .where(queueWhere(state))
      .orderBy(sql`${interviews.scheduledStart} nulls first`, asc(interviews.sortKey), asc(interviews.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .as('page');
    return db
      .select({ ...common, employee: employeeRef, department: departmentRef })
      .from(page)
      .innerJoin(interviews, eq(interviews.id, page.id))
      .innerJoin(rounds, eq(rounds.id, interviews.roundId))
      .innerJoin(employees, eq(employees.id, interviews.employeeId))
      .leftJoin(departments, eq(departments.id, employees.departmentId))
      .leftJoin(sheetResponse, sheetJoin)
      .leftJoin(surveyResponse, surveyJoin)
      .orderBy(sql`${page.start} nulls first`, asc(page.sortKey), asc(page.id))
      .prepare(`interviewer_queue_${state ?? 'all'}`);
  });

const queueCount = (state: QueueState | undefined) =>
  preparedQuery((db) =>
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(
        db
          .select({ one: sql`1` })
          .from(interviews)
          .where(queueWhere(state))
          .limit(COUNT_CAP + 1)
          .as('capped'),
      )
      .prepare(`interviewer_queue_count_${state ?? 'all'}`),
  );

const QUEUE_STATES = [undefined, 'unscheduled', 'scheduled', 'done'] as const;
const QUEUE_PAGES = new Map(QUEUE_STATES.map((s) => [s, queuePage(s)]));
const QUEUE_COUNTS = new Map(QUEUE_STATES.map((s) => [s, queueCount(s)]));

/** The interviewer's list: the people they interview in running rounds, with preparation and schedule. */
export async function listInterviewerQueue(
  db: Db,
  opts: { actor: Actor; roundId?: string; state?: QueueState; page?: number; pageSize?: number },
): Promise<InterviewQueuePage> {
  const { actor, page = 1, pageSize = 50 } = opts;
  // The running rounds first (a handful), so that the list reads the index of just those rounds.
  const running = (
    await db
      .select({ id: rounds.id })
      .from(rounds)
      .where(and(eq(rounds.status, 'launched'), opts.roundId ? eq(rounds.id, opts.roundId) : undefined))
  ).map((r) => r.id);
  if (!running.length) return { items: [], page, pageSize, total: 0, totalCapped: false };
  const values = { interviewerId: actor.id, roundIds: running };
  const [rows, [counted]] = await Promise.all([
    QUEUE_PAGES.get(opts.state)!(db).execute({ ...values, limit: pageSize, offset: pageOffset(page, pageSize) }),
    QUEUE_COUNTS.get(opts.state)!(db).execute(values),
  ]);
  return {
    items: rows.map((r) => ({ ...presentCommon(r), employee: r.employee, department: present(r.department) })),
    page,
    pageSize,
    ...capped(Number(counted?.n ?? 0)),
  };
}
