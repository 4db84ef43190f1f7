import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { type careerWishes, departments, employees, positions, wishDecisions } from '../../db/schema';
import { canDecide, canEditWish, type WishView, wishState } from './policy';
import type { CareerWish, PlacementPerson, WishDecision, WishDecisionRecord } from './responses';

type WishRow = typeof careerWishes.$inferSelect;
type Dept = { id: string; name: string; nameEn: string | null };

const decider = alias(employees, 'decider');

/** Decisions on the given wishes, newest first, with the position's title and who decided. */
export async function decisionsOf(db: Db, wishIds: string[], latestOnly: boolean) {
  if (!wishIds.length) return new Map<string, DecisionRow[]>();
  const rows = await db
    .select({
      id: wishDecisions.id,
      wishId: wishDecisions.wishId,
      decision: wishDecisions.decision,
      message: wishDecisions.message,
      note: wishDecisions.note,
      createdAt: wishDecisions.createdAt,
      position: { id: positions.id, title: positions.title },
      decidedBy: { id: decider.id, familyName: decider.familyName, givenName: decider.givenName },
    })
    .from(wishDecisions)
    .leftJoin(positions, eq(positions.id, wishDecisions.positionId))
    .innerJoin(decider, eq(decider.id, wishDecisions.decidedBy))
    .where(
      latestOnly
        ? and(
            inArray(wishDecisions.wishId, wishIds),
            // Raw names: the subquery must see the outer row, which drizzle would print unqualified.
            sql`${wishDecisions.createdAt} = (select max(x.created_at) from wish_decisions x where x.wish_id = wish_decisions.wish_id)`,
          )
        : inArray(wishDecisions.wishId, wishIds),
    )
    .orderBy(desc(wishDecisions.createdAt), desc(wishDecisions.id));
  const out = new Map<string, DecisionRow[]>();
  for (const r of rows) out.set(r.wishId, [...(out.get(r.wishId) ?? []), r]);
  return out;
}
export type DecisionRow = {
  id: string;
  wishId: string;
  decision: string;
  message: string;
  note: string;
  createdAt: Date;
  position: { id: string; title: string } | null;
  decidedBy: { id: string; familyName: string; givenName: string };
};

/**
 * HR's answer as each reader may see it: the employee reads the decision and the message, never the
 * internal note nor the position (HR says in the message what it wants them to know); the manager
 * only what became of it; HR everything.
 */
export function presentDecision(d: DecisionRow, view: WishView): WishDecision {
  const at = d.createdAt.toISOString();
  const decision = d.decision as WishDecision['decision'];
  if (view === 'hr')
    return {
      decision,
      message: d.message,
      note: d.note,
      position: d.position?.id ? d.position : null,
      decidedBy: d.decidedBy,
      at,
    };
  if (view === 'owner') return { decision, message: d.message, at };
  return { decision, at };
}

/** One of HR's answers in full, for HR's history of a wish. */
export const presentDecisionRecord = (d: DecisionRow): WishDecisionRecord => ({
  id: d.id,
  wishId: d.wishId,
  decision: d.decision as WishDecisionRecord['decision'],
  message: d.message,
  note: d.note,
  createdAt: d.createdAt.toISOString(),
  position: d.position?.id ? d.position : null,
  decidedBy: d.decidedBy,
});

export function presentWish(w: WishRow, view: WishView, dept: Dept | null, decisions: DecisionRow[] = []): CareerWish {
  const latest = decisions[0];
  return {
    id: w.id,
    employeeId: w.employeeId,
    kind: w.kind as CareerWish['kind'],
    desiredRole: w.desiredRole,
    desiredDepartment: dept?.id ? dept : null,
    track: w.track as CareerWish['track'],
    timeframe: w.timeframe as CareerWish['timeframe'],
    relocation: w.relocation as CareerWish['relocation'],
    note: w.note,
    disclosure: w.disclosure as CareerWish['disclosure'],
    status: w.status as CareerWish['status'],
    state: wishState(w.status, latest?.decision),
    version: w.version,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
    decision: latest ? presentDecision(latest, view) : null,
    can: { edit: canEditWish(view, w.status), withdraw: canEditWish(view, w.status), decide: canDecide(view, w.status) },
  };
}

export const deptColumns = { id: departments.id, name: departments.name, nameEn: departments.nameEn };

const currentDept = alias(departments, 'current_dept');

/** The people behind wishes or candidates, as HR and the manager see them in lists. */
export async function peopleOf(db: Db, ids: string[]): Promise<Map<string, PlacementPerson>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: employees.id,
      employeeNumber: employees.employeeNumber,
      familyName: employees.familyName,
      givenName: employees.givenName,
      familyNameKana: employees.familyNameKana,
      givenNameKana: employees.givenNameKana,
      jobTitle: employees.jobTitle,
      department: { id: currentDept.id, name: currentDept.name, nameEn: currentDept.nameEn },
    })
    .from(employees)
    .leftJoin(currentDept, eq(currentDept.id, employees.departmentId))
    .where(inArray(employees.id, ids));
  return new Map(rows.map((r) => [r.id, { ...r, department: r.department?.id ? r.department : null }]));
}
