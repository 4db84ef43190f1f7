import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { employees, interviews, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { formState, sheetJoin, sheetResponse, surveyJoin, surveyResponse } from '../interviews/columns';
import { addDays, atCompanyTime, companyTimeZone } from '../shared/calendar';
import { plansToConfirm } from './plans';
import { firstFew, FOLLOW_UP_SOON_DAYS, HOME_LIMIT, RHYTHM_INTERVAL, WEEK_DAYS } from './policy';
import type { InterviewerTodo } from './responses';

// Every query here is scoped to interviews.interviewer_id = the actor: the 'interviewer' relation of
// interviews/access.ts (relationSql), the one through which a manager or HR partner sees a record in
// full (record/policy.ts seesInterview). Another manager's people are simply not found. Each walks
// interviews_interviewer_idx: a 課長 with 700 people reads their own rows, never the company's.

const person = { id: employees.id, familyName: employees.familyName, givenName: employees.givenName };
const round = { id: rounds.id, name: rounds.name };
const FEW = HOME_LIMIT + 1;
const openSlots = (by: 'interviewer' | 'employee') =>
  sql<number>`(select count(*)::int from interview_slots s where s.interview_id = ${interviews.id}
    and s.status = 'open' and s.proposed_by = ${by} and s.starts_at > now())`;

/** Appointments from the start of today through the next WEEK_DAYS - 1 days, with the person's preparation. */
async function thisWeek(db: Db, actor: Actor, today: string) {
  const rows = await db
    .select({
      interviewId: interviews.id,
      round,
      employee: person,
      start: interviews.scheduledStart,
      end: interviews.scheduledEnd,
      locationType: interviews.locationType,
      location: interviews.location,
      hasSheet: sql<boolean>`${rounds.sheetVersionId} is not null`,
      hasSurvey: sql<boolean>`${rounds.surveyVersionId} is not null`,
      sheet: sheetResponse.status,
      survey: surveyResponse.status,
    })
    .from(interviews)
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .innerJoin(employees, eq(employees.id, interviews.employeeId))
    .leftJoin(sheetResponse, sheetJoin)
    .leftJoin(surveyResponse, surveyJoin)
    .where(
      and(
        eq(interviews.interviewerId, actor.id),
        eq(interviews.status, 'scheduled'),
        eq(rounds.status, 'launched'),
        gte(interviews.scheduledStart, atCompanyTime(today)),
        lt(interviews.scheduledStart, atCompanyTime(addDays(today, WEEK_DAYS))),
      ),
    )
    .orderBy(asc(interviews.scheduledStart), asc(interviews.id))
    .limit(FEW);
  return firstFew(
    rows.map((r) => ({
      interviewId: r.interviewId,
      round: r.round,
      employee: r.employee,
      appointment: {
        start: r.start!.toISOString(),
        end: r.end!.toISOString(),
        locationType: r.locationType as 'room' | 'online' | null,
        location: r.location,
      },
      sheet: r.hasSheet ? formState(r.sheet) : null,
      survey: r.hasSurvey ? formState(r.survey) : null,
    })),
  );
}

/** Interviews of running rounds with no time offered that the employee could choose; those with times they proposed first. */
async function toOffer(db: Db, actor: Actor) {
  const rows = await db
    .select({ interviewId: interviews.id, round, employee: person, proposedSlots: openSlots('employee') })
    .from(interviews)
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .innerJoin(employees, eq(employees.id, interviews.employeeId))
    .where(
      and(
        eq(interviews.interviewerId, actor.id),
        eq(interviews.status, 'preparing'),
        eq(rounds.status, 'launched'),
        sql`${openSlots('interviewer')} = 0`,
      ),
    )
    .orderBy(desc(openSlots('employee')), asc(employees.familyNameKana), asc(employees.givenNameKana), asc(interviews.id))
    .limit(FEW);
  return firstFew(rows);
}

type ItemRow = {
  id: string;
  interviewId: string;
  employeeId: string;
  familyName: string;
  givenName: string;
  what: string;
  owner: string;
  dueOn: string;
};

/**
 * Open items past their due date, whoever owns them, of the interviews the actor holds. Each of their interviews
 * is probed for its open items (LATERAL … OFFSET 0 keeps PostgreSQL from walking the company's overdue items in
 * due order instead: for a manager of three that walk read 100,000 rows to find none).
 */
async function overdueItems(db: Db, actor: Actor, today: string) {
  const rows = rowsOf<ItemRow>(
    await db.execute(sql`
      select a.id, i.id as "interviewId", e.id as "employeeId", e.family_name as "familyName", e.given_name as "givenName",
        a.what, a.owner, a.due_on::text as "dueOn"
      from interviews i
      cross join lateral (select x.id, x.what, x.owner, x.due_on, x.created_at from action_items x
        where x.interview_id = i.id and x.status in ('open', 'inProgress') and x.due_on < ${today}::date offset 0) a
      cross join lateral (select p.id, p.family_name, p.given_name from employees p where p.id = i.employee_id and p.status = 'active' offset 0) e
      where i.interviewer_id = ${actor.id} and i.status <> 'cancelled'
      order by a.due_on, a.created_at, a.id
      limit ${FEW}`),
  );
  return firstFew(
    rows.map((r) => ({
      id: r.id,
      interviewId: r.interviewId,
      employee: { id: r.employeeId, familyName: r.familyName, givenName: r.givenName },
      what: r.what,
      owner: r.owner as 'employee' | 'manager' | 'hr',
      dueOn: r.dueOn,
    })),
  );
}

type FollowRow = {
  interviewId: string;
  roundId: string;
  roundName: string;
  employeeId: string;
  familyName: string;
  givenName: string;
  rhythm: keyof typeof RHYTHM_INTERVAL;
  lastOn: string;
  dueOn: string;
};

/**
 * Follow-up 1on1s due within FOLLOW_UP_SOON_DAYS: per person, the latest interview held (by the actor, and
 * no later one held by anyone), its rhythm counted from the last follow-up recorded on it, else from the day
 * it was held. Probed interview by interview (LATERAL … OFFSET 0), as overdueItems: never a pass over every record.
 */
async function followUpsDue(db: Db, actor: Actor, today: string) {
  const interval = sql.join(
    Object.entries(RHYTHM_INTERVAL).map(([k, v]) => sql`when ${k} then ${v}::interval`),
    sql` `,
  );
  const tz = companyTimeZone();
  const rows = rowsOf<FollowRow>(
    await db.execute(sql`
      select i.id as "interviewId", ro.id as "roundId", ro.name as "roundName", e.id as "employeeId",
        e.family_name as "familyName", e.given_name as "givenName", r.follow_rhythm as rhythm,
        l.last_on::text as "lastOn", d.due_on::text as "dueOn"
      from interviews i
      cross join lateral (select x.follow_rhythm, x.held_at from interview_records x
        where x.interview_id = i.id and x.follow_rhythm in ${Object.keys(RHYTHM_INTERVAL)} offset 0) r
      join rounds ro on ro.id = i.round_id
      cross join lateral (select p.id, p.family_name, p.given_name from employees p where p.id = i.employee_id and p.status = 'active' offset 0) e
      cross join lateral (select coalesce(
        (select max(f.held_on) from follow_ups f where f.interview_id = i.id),
        (coalesce(r.held_at, i.updated_at) at time zone ${tz})::date) as last_on) l
      cross join lateral (select (l.last_on + case r.follow_rhythm ${interval} end)::date as due_on) d
      where i.interviewer_id = ${actor.id} and i.status = 'done'
        and not exists (select 1 from interviews j join interview_records rj on rj.interview_id = j.id
          where j.employee_id = i.employee_id and j.status = 'done' and j.id <> i.id and rj.held_at > r.held_at)
        and d.due_on <= ${addDays(today, FOLLOW_UP_SOON_DAYS)}::date
      order by d.due_on, i.id
      limit ${FEW}`),
  );
  return firstFew(
    rows.map((r) => ({
      interviewId: r.interviewId,
      round: { id: r.roundId, name: r.roundName },
      employee: { id: r.employeeId, familyName: r.familyName, givenName: r.givenName },
      rhythm: r.rhythm,
      lastOn: r.lastOn,
      dueOn: r.dueOn,
      overdue: r.dueOn < today,
    })),
  );
}

/** Everything due for the actor as an interviewer (capability `interview`). */
export async function interviewerTodo(db: Db, actor: Actor, today: string): Promise<InterviewerTodo> {
  const [week, offer, plans, overdue, follow] = await Promise.all([
    thisWeek(db, actor, today),
    toOffer(db, actor),
    plansToConfirm(db, actor, 'interviewer'),
    overdueItems(db, actor, today),
    followUpsDue(db, actor, today),
  ]);
  return { thisWeek: week, toOffer: offer, plansToConfirm: plans, overdueItems: overdue, followUpsDue: follow };
}
