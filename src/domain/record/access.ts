import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared';
import { employees } from '../../db/schema';
import type { Actor } from '../actor';
import type { HistoryAccess } from './policy';
import { can } from '../capabilities';

const actorId = sql.placeholder('actorId');
const employeeId = sql.placeholder('employeeId');

// Prepared (issue 16.2): the history, the prep page and the record each ask it; planning its three
// sub-selects cost PostgreSQL more than running them.
const standing = preparedQuery((db) =>
  db
    .select({
      id: employees.id,
      manager: sql<boolean>`${employees.managerId} = ${actorId}`,
      // Raw names inside the subqueries: drizzle would print the outer column unqualified there.
      partner: sql<boolean>`exists (select 1 from hr_partner_assignments p where p.employee_id = ${employeeId} and p.partner_id = ${actorId})`,
      interviewer: sql<boolean>`exists (select 1 from interviews i where i.employee_id = ${employeeId} and i.interviewer_id = ${actorId})`,
      consent: sql<boolean>`exists (select 1 from history_consents h where h.employee_id = ${employeeId} and h.viewer_id = ${actorId} and h.status in ('granted', 'overridden'))`,
    })
    .from(employees)
    .where(eq(employees.id, employeeId))
    .prepare('history_access'),
);

/** The actor's standing to one employee's history, in one query (none for one's own: the session says it all). */
export async function historyAccess(db: Db, actor: Actor, employeeId: string): Promise<HistoryAccess & { exists: boolean }> {
  if (actor.id === employeeId) return { exists: true, actorId: actor.id, self: true, hr: false, related: false, consent: false };
  const [row] = await standing(db).execute({ actorId: actor.id, employeeId });
  const related = !!row && (!!row.manager || !!row.partner || !!row.interviewer);
  return { exists: !!row, actorId: actor.id, self: false, hr: can(actor, 'readAllRecords'), related, consent: related && !!row?.consent };
}
