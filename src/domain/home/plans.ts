import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { employees, interviewRecords, interviews, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { companyTimeZone } from '../shared/calendar';
import { CONFIRM_WINDOW_DAYS, firstFew, HOME_LIMIT } from './policy';
import type { EmployeeTodo } from './responses';

const other = alias(employees, 'other_party');

/**
 * Held interviews whose plan the actor has not confirmed in its current revision (お互いに確認), as the
 * employee or as the interviewer — record/policy.ts `confirmParty`: both may confirm once it is held. Only
 * plans with items of their own (an empty plan cannot be confirmed) held within CONFIRM_WINDOW_DAYS.
 */
export async function plansToConfirm(db: Db, actor: Actor, party: 'employee' | 'interviewer'): Promise<EmployeeTodo['plansToConfirm']> {
  const mine = party === 'employee' ? eq(interviews.employeeId, actor.id) : eq(interviews.interviewerId, actor.id);
  const confirmed = party === 'employee' ? interviewRecords.employeeConfirmedRev : interviewRecords.interviewerConfirmedRev;
  const otherId = party === 'employee' ? interviews.interviewerId : interviews.employeeId;
  const heldAt = sql`coalesce(${interviewRecords.heldAt}, ${interviews.updatedAt})`;
  const rows = await db
    .select({
      interviewId: interviews.id,
      round: { id: rounds.id, name: rounds.name },
      heldOn: sql<string | null>`(${interviewRecords.heldAt} at time zone ${companyTimeZone()})::date::text`,
      with: { id: other.id, familyName: other.familyName, givenName: other.givenName },
    })
    .from(interviews)
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .innerJoin(interviewRecords, eq(interviewRecords.interviewId, interviews.id))
    .leftJoin(other, eq(other.id, otherId))
    .where(
      and(
        mine,
        eq(interviews.status, 'done'),
        ne(rounds.status, 'draft'),
        sql`${confirmed} is distinct from ${interviewRecords.planRevision}`,
        sql`exists (select 1 from action_items a where a.interview_id = ${interviews.id})`,
        sql`${heldAt} >= now() - make_interval(days => ${CONFIRM_WINDOW_DAYS})`,
      ),
    )
    .orderBy(desc(heldAt), interviews.id)
    .limit(HOME_LIMIT + 1);
  return firstFew(rows.map((r) => ({ ...r, with: r.with?.id ? r.with : null })));
}
