import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { departments, employees, interviews } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { searchPatterns, searchUsesTrigrams } from '../directory/search';
import { invalid, notFound } from '../errors';
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
} from '../interviews/columns';
import { notify } from '../notify/notify';
import { COUNT_CAP, cappedCount, countCapFor, pageOffset } from '../shared/paging';
import { dropAggregate } from '../aggregates/store';
import { interviewersChanged } from './figures';
import { progressKey } from './progress';
import { loadRound } from './rounds';
import type { ReassignResult, RoundAssignment, RoundAssignmentPage } from './responses';
import type { AssignmentListQuery, Reassign } from './schemas';
import { can } from '../capabilities';

/** Interviews of a round for HR: who, which department, who interviews, how far along. */
export async function listAssignments(
  db: Db,
  opts: { actor: Actor; roundId: string } & z.infer<typeof AssignmentListQuery>,
): Promise<RoundAssignmentPage> {
  const { actor, roundId, page = 1, pageSize = 50 } = opts;
  if (!can(actor, 'manageRounds')) throw notFound();
  const round = await loadRound(db, roundId);
  const conds: SQL[] = [eq(interviews.roundId, roundId)];
  if (opts.departmentId) conds.push(eq(interviews.departmentId, opts.departmentId));
  if (opts.interviewerId) conds.push(eq(interviews.interviewerId, opts.interviewerId));
  if (opts.unassigned === 'true') conds.push(isNull(interviews.interviewerId));
  // Search on the person, kept as a sub-select so the count stays a count of interviews.
  for (const alternatives of searchPatterns(opts.q)) {
    const match = sql.join(
      alternatives.map((p) => sql`e.search_text like lower(${p})`),
      sql` or `,
    );
    conds.push(sql`${interviews.employeeId} in (select e.id from employees e where ${match})`);
  }
  const where = and(...conds);
  // As in the directory: with a search the trigram index finds the few matches and they are sorted;
  // walking the order index and filtering would read most of a 100,000-person round (840 ms for ヤマダ).
  const order = searchUsesTrigrams(opts.q)
    ? [sql`${interviews.sortKey} || ''`, asc(interviews.id)]
    : [asc(interviews.sortKey), asc(interviews.id)];
  // The page's interviews first, from the index alone; then the people and forms of those fifty only. Joined before
  // the OFFSET, a deep page joined every row before it (page 20: 41 ms, of which 19 ms planning the six-way join
  // under load; this way 7 ms).
  const onPage = db
    .select({ id: interviews.id })
    .from(interviews)
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset(pageOffset(page, pageSize))
    .as('on_page');
  const [rows, counted] = await Promise.all([
    db
      .select({
        id: interviews.id,
        status: interviews.status,
        scheduledStart: interviews.scheduledStart,
        employee: employeeRef,
        department: departmentRef,
        interviewer: interviewerRef,
        sheetStatus: sheetResponse.status,
        surveyStatus: surveyResponse.status,
      })
      .from(onPage)
      .innerJoin(interviews, eq(interviews.id, onPage.id))
      .innerJoin(employees, eq(employees.id, interviews.employeeId))
      .leftJoin(departments, eq(departments.id, interviews.departmentId))
      .leftJoin(interviewerPerson, eq(interviewerPerson.id, interviews.interviewerId))
      .leftJoin(sheetResponse, sheetJoin)
      .leftJoin(surveyResponse, surveyJoin)
      .orderBy(asc(interviews.sortKey), asc(interviews.id)),
    // Unfiltered, the round already knows how many interviews it has: no count over 100,000 rows.
    conds.length === 1 && round.status !== 'launching'
      ? { total: Math.min(round.launchTotal, COUNT_CAP), totalCapped: round.launchTotal > COUNT_CAP }
      : cappedCount(db, interviews, where, countCapFor(page, pageSize)),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      status: r.status as RoundAssignment['status'],
      scheduledStart: r.scheduledStart?.toISOString() ?? null,
      employee: r.employee,
      department: present(r.department),
      interviewer: present(r.interviewer),
      sheet: formState(r.sheetStatus),
      survey: formState(r.surveyStatus),
    })),
    page,
    pageSize,
    ...counted,
  };
}

/** Bulk reassignment: the chosen person interviews these people from now on (held interviews stay). */
export async function reassignInterviews(
  db: Db,
  opts: { actor: Actor; roundId: string } & z.infer<typeof Reassign>,
): Promise<ReassignResult> {
  const { actor, roundId, interviewIds, interviewerId } = opts;
  if (!can(actor, 'manageRounds')) throw notFound();
  return db.transaction(async (tx) => {
    const round = await loadRound(tx, roundId, true);
    const [person] = await tx
      .select({ id: employees.id })
      .from(employees)
      .where(and(eq(employees.id, interviewerId), eq(employees.status, 'active')));
    if (!person) throw invalid({ interviewerId: { key: 'rounds.errors.interviewerInactive' } });
    const targets = and(
      eq(interviews.roundId, roundId),
      inArray(interviews.id, interviewIds),
      sql`${interviews.status} <> 'done'`,
      // Nobody interviews themselves.
      sql`${interviews.employeeId} <> ${interviewerId}`,
    );
    // Whose interviews these were: their own funnels lose them (read under the update's row locks).
    const before = await tx.select({ id: interviews.interviewerId }).from(interviews).where(targets).for('update');
    const moved = await tx
      .update(interviews)
      .set({ interviewerId, version: sql`${interviews.version} + 1`, updatedAt: new Date() })
      .where(targets)
      .returning({ id: interviews.id });
    // HR sees its own change at once: the progress snapshot is recounted on the next view.
    if (moved.length) await dropAggregate(tx, progressKey(roundId));
    if (moved.length) await interviewersChanged(tx, [interviewerId, ...before.flatMap((b) => (b.id ? [b.id] : []))]);
    if (moved.length && round.status === 'launched') {
      await notify(tx, [
        {
          recipientId: interviewerId,
          kind: 'roundAssigned',
          params: { round: round.name, count: String(moved.length) },
          link: '/interviews',
        },
      ]);
    }
    await audit(tx, {
      actor,
      action: 'round.reassign',
      entityType: 'round',
      entityId: roundId,
      detail: { interviewerId, interviews: moved.map((m) => m.id) },
    });
    return { updated: moved.length, skipped: interviewIds.length - moved.length };
  });
}
