import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import type { Actor } from '../actor';
import type { HistoryAccess } from './policy';
import { can } from '../capabilities';

/** The actor's standing to one employee's history, in one query. */
export async function historyAccess(db: Db, actor: Actor, employeeId: string): Promise<HistoryAccess & { exists: boolean }> {
  const [row] = await db
    .select({
      id: employees.id,
      manager: sql<boolean>`${employees.managerId} = ${actor.id}`,
      // Raw names inside the subqueries: drizzle would print the outer column unqualified there.
      partner: sql<boolean>`exists (select 1 from hr_partner_assignments p where p.employee_id = ${employeeId} and p.partner_id = ${actor.id})`,
      interviewer: sql<boolean>`exists (select 1 from interviews i where i.employee_id = ${employeeId} and i.interviewer_id = ${actor.id})`,
      consent: sql<boolean>`exists (select 1 from history_consents h where h.employee_id = ${employeeId} and h.viewer_id = ${actor.id} and h.status in ('granted', 'overridden'))`,
    })
    .from(employees)
    .where(eq(employees.id, employeeId));
  const self = actor.id === employeeId;
  const related = !!row && !self && (!!row.manager || !!row.partner || !!row.interviewer);
  return { exists: !!row, actorId: actor.id, self, hr: can(actor, 'readAllRecords') && !self, related, consent: related && !!row?.consent };
}
