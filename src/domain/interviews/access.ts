import { and, eq, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { preparedQuery } from '../../db/prepared';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { employees, interviews, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { keptFromSql } from '../shared/kept-from';
import { interviewerPerson } from './columns';
import { canViewInterview, hrOnlyReaders, type InterviewFacts, type InterviewRelation, interviewCan } from './policy';
import { can } from '../capabilities';
import type { InterviewView } from './responses';

const person = alias(employees, 'person');
const interviewer = interviewerPerson;

/** The actor's relation to each interview row, computed in SQL (strongest first). */
export function relationSql(actor: Actor): SQL<InterviewRelation> {
  return relationOf(actor.id, can(actor, 'readAllRecords'));
}

/** relationSql for an actor id that may be a prepared statement's placeholder. */
function relationOf(actorId: string | Placeholder, readsAll: boolean): SQL<InterviewRelation> {
  return sql<InterviewRelation>`case
    when ${interviews.employeeId} = ${actorId} then 'self'
    when ${interviews.interviewerId} = ${actorId} then 'interviewer'
    when ${readsAll ? sql`true` : sql`false`} then 'hr'
    else 'none' end`;
}

/**
 * Whether the actor may see the 「人事のみ」 answers of an interview row, in SQL: answerVisibility's rule
 * (hrOnlyReaders) per row. `managerId` is the interviewed employee's current manager column.
 */
export function hrOnlyVisibleSql(actor: Actor, managerId: PgColumn | SQL): SQL<boolean> {
  const keptFrom = keptFromSql(actor.id, managerId, interviews.keptFrom);
  const allowed = hrOnlyReaders().map((r) => sql`(${relationSql(actor)} = ${r.relation} and ${keptFrom} = ${r.keptFrom})`);
  return allowed.length ? sql<boolean>`(${sql.join(allowed, sql` or `)})` : sql<boolean>`false`;
}

/**
 * The interviews an actor may see at all, as a WHERE: their own, those they interview, or all for HR.
 * Queries use it so a record of someone else is simply not found.
 */
export function visibleTo(actor: Actor): SQL | undefined {
  if (can(actor, 'readAllRecords')) return undefined;
  return or(eq(interviews.employeeId, actor.id), eq(interviews.interviewerId, actor.id));
}

export type LoadedInterview = Awaited<ReturnType<typeof loadInterview>>;

/**
 * The interview query, prepared (every interview screen starts with it): one statement for those who read
 * every record (HR), one for everyone else, whose WHERE keeps them to their own and those they interview.
 */
const interviewFor = (readsAll: boolean) =>
  preparedQuery((db) => {
    const actorId = sql.placeholder('actorId');
    const id = eq(interviews.id, sql.placeholder('id'));
    return db
      .select({
        interview: interviews,
        round: rounds,
        relation: relationOf(actorId, readsAll),
        keptFrom: keptFromSql(actorId, person.managerId, interviews.keptFrom),
        employee: {
          id: person.id,
          familyName: person.familyName,
          givenName: person.givenName,
          familyNameKana: person.familyNameKana,
          givenNameKana: person.givenNameKana,
          email: person.email,
          locale: person.locale,
          managerId: person.managerId,
        },
        interviewer: {
          id: interviewer.id,
          familyName: interviewer.familyName,
          givenName: interviewer.givenName,
          email: interviewer.email,
          locale: interviewer.locale,
        },
      })
      .from(interviews)
      .innerJoin(rounds, eq(rounds.id, interviews.roundId))
      .innerJoin(person, eq(person.id, interviews.employeeId))
      .leftJoin(interviewer, eq(interviewer.id, interviews.interviewerId))
      .where(readsAll ? id : and(id, or(eq(interviews.employeeId, actorId), eq(interviews.interviewerId, actorId))))
      .prepare(readsAll ? 'interview_for_all' : 'interview_for_person');
  });
const interviewForAll = interviewFor(true);
const interviewForPerson = interviewFor(false);

/** One interview with its round, people and the actor's facts; 404 for anyone without a relation. */
export async function loadInterview(db: Db, actor: Actor, id: string) {
  const query = can(actor, 'readAllRecords') ? interviewForAll : interviewForPerson;
  const [row] = await query(db).execute({ actorId: actor.id, id });
  const facts: InterviewFacts | null = row
    ? {
        relation: row.relation,
        keptFrom: !!row.keptFrom,
        interviewStatus: row.interview.status,
        roundStatus: row.round.status,
      }
    : null;
  // A draft round's interviews do not exist yet; a closed one stays readable.
  if (!row || !facts || !canViewInterview(facts) || row.round.status === 'draft') throw notFound();
  return { ...row, interviewer: row.interviewer?.id ? row.interviewer : null, facts };
}

/** What every interview screen shows about the interview itself. */
export function presentInterview(x: LoadedInterview): InterviewView {
  const { interview: i, round: r, facts } = x;
  return {
    id: i.id,
    status: i.status as InterviewView['status'],
    // loadInterview answers 404 to anyone whose relation is 'none'.
    relation: facts.relation as InterviewView['relation'],
    round: {
      id: r.id,
      name: r.name,
      type: r.type as InterviewView['round']['type'],
      status: r.status as InterviewView['round']['status'],
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      prepDueOn: r.prepDueOn,
      themes: r.themes,
      message: r.message,
      hasSheet: !!r.sheetVersionId,
      hasSurvey: !!r.surveyVersionId,
    },
    employee: {
      id: x.employee.id,
      familyName: x.employee.familyName,
      givenName: x.employee.givenName,
      familyNameKana: x.employee.familyNameKana,
      givenNameKana: x.employee.givenNameKana,
    },
    interviewer: x.interviewer ? { id: x.interviewer.id, familyName: x.interviewer.familyName, givenName: x.interviewer.givenName } : null,
    appointment: i.scheduledStart
      ? {
          start: i.scheduledStart.toISOString(),
          end: i.scheduledEnd!.toISOString(),
          locationType: i.locationType as NonNullable<InterviewView['appointment']>['locationType'],
          location: i.location,
        }
      : null,
    version: i.version,
    can: interviewCan(facts),
  };
}
