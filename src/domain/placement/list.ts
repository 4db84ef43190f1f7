import { and, desc, eq, inArray, ne, not, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { careerWishes, departments, employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { cappedCount, countCapFor, pageOffset } from '../shared/paging';
import type { WishView } from './policy';
import { decisionsOf, peopleOf, presentWish } from './present';
import type { ListedWish, WishPage } from './responses';
import type { WishListQuery, WishState } from './schemas';
import { can } from '../capabilities';

// The filters below read career_wishes alone (plus small anti-joins), never a join with all 100,000
// employees: the people a filter needs (the actor's reports, retired people) come from their indexes.
// Raw names inside subqueries: they must see the outer row, which drizzle would print unqualified.

/** The wish's latest decision is `decision` (a decision with no later one). `w`: how the query names career_wishes. */
export const latestIs = (decision: string, w = 'career_wishes') =>
  sql`exists (select 1 from wish_decisions d where d.wish_id = ${sql.raw(w)}.id and d.decision = ${decision}
    and not exists (select 1 from wish_decisions l where l.wish_id = d.wish_id and l.created_at > d.created_at))`;
const undecided = sql`not exists (select 1 from wish_decisions d where d.wish_id = career_wishes.id)`;
/** Retired people are few and indexed by status; their wishes leave the working lists. */
export const ofActivePeople = (w = 'career_wishes') =>
  sql`not exists (select 1 from employees r where r.id = ${sql.raw(w)}.employee_id and r.status = 'retired')`;

function stateFilter(status: WishListQuery['status']): SQL | undefined {
  if (status === 'all') return undefined;
  if (status === 'withdrawn') return eq(careerWishes.status, 'withdrawn');
  const open = and(eq(careerWishes.status, 'open'), ofActivePeople());
  // Open: still waiting for a move.
  if (status === 'open') return and(open, not(latestIs('moved')));
  return and(open, status === 'new' ? undecided : latestIs(status satisfies WishState));
}

/** The actor's direct reports (employees_manager_idx): usually none for HR, a handful for a manager. */
export async function reportsOf(db: Db, actorId: string): Promise<Set<string>> {
  const rows = await db.select({ id: employees.id }).from(employees).where(eq(employees.managerId, actorId));
  return new Set(rows.map((r) => r.id));
}

/**
 * 人事のみ wishes kept from the actor (shared/kept-from.ts): of their reports, or written while they were
 * the manager. `w` names career_wishes in the query.
 */
export function keptFromActor(actorId: string, reports: Set<string>, w: SQL | string = 'career_wishes'): SQL {
  const t = typeof w === 'string' ? sql.raw(w) : w;
  const ids = [...reports];
  const ofReports = ids.length
    ? sql`${t}.employee_id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql`false`;
  return sql`(${t}.disclosure = 'hr_only' and (${ofReports} or ${t}.kept_from @> array[${actorId}]::uuid[]))`;
}

/**
 * The wishes an actor may list, over career_wishes: HR all of them except 人事のみ kept from them;
 * anyone else the wishes their reports shared with their manager. null: nothing at all.
 */
export function listableWhere(actorId: string, hr: boolean, reports: Set<string>): SQL | undefined | null {
  const ids = [...reports];
  if (hr) return not(keptFromActor(actorId, reports));
  return ids.length ? and(eq(careerWishes.disclosure, 'manager_hr'), inArray(careerWishes.employeeId, ids)) : null;
}

/** How a lister sees one listed wish (the WHERE above already left out what they may not see). */
export const listedView = (
  actorId: string,
  hr: boolean,
  reports: Set<string>,
  w: { employeeId: string; disclosure: string; keptFrom: string[] },
): WishView => (hr && !(w.disclosure === 'hr_only' && (reports.has(w.employeeId) || w.keptFrom.includes(actorId))) ? 'hr' : 'manager');

/**
 * 異動・キャリアパスの希望 across the organisation (HR) or of the actor's reports (a manager), newest
 * change first, one page at a time and counted up to COUNT_CAP. The read is audited with the ids shown.
 */
export async function listWishes(db: Db, opts: { actor: Actor } & WishListQuery): Promise<WishPage> {
  const { actor, status, track, kind, page, pageSize } = opts;
  const hr = can(actor, 'managePlacement');
  const reports = await reportsOf(db, actor.id);
  const scope = listableWhere(actor.id, hr, reports);
  const empty: WishPage = { items: [], page, pageSize, total: 0, totalCapped: false, can: { decide: hr } };
  if (scope === null) return empty;
  const where = and(
    scope,
    stateFilter(status),
    track ? eq(careerWishes.track, track) : undefined,
    kind ? eq(careerWishes.kind, kind) : undefined,
    // The actor's own wishes are on their own page, not in the list they work through.
    ne(careerWishes.employeeId, actor.id),
  );
  const [rows, counted] = await Promise.all([
    db
      .select({ wish: careerWishes, desired: { id: departments.id, name: departments.name, nameEn: departments.nameEn } })
      .from(careerWishes)
      .leftJoin(departments, eq(departments.id, careerWishes.desiredDepartmentId))
      .where(where)
      .orderBy(desc(careerWishes.updatedAt), desc(careerWishes.id))
      .limit(pageSize)
      .offset(pageOffset(page, pageSize)),
    cappedCount(db, careerWishes, where, countCapFor(page, pageSize)),
  ]);
  const [decisions, people] = await Promise.all([
    decisionsOf(
      db,
      rows.map((r) => r.wish.id),
      true,
    ),
    peopleOf(
      db,
      rows.map((r) => r.wish.employeeId),
    ),
  ]);
  const items = rows.map(
    (r): ListedWish => ({
      ...presentWish(r.wish, listedView(actor.id, hr, reports, r.wish), r.desired, decisions.get(r.wish.id)),
      employee: people.get(r.wish.employeeId) ?? null,
    }),
  );
  if (items.length)
    await audit(db, {
      actor,
      action: 'wish.read',
      entityType: 'wish',
      detail: { list: { status, track, kind, page }, wishes: items.map((w) => w.id) },
    });
  return { ...empty, items, ...counted };
}
