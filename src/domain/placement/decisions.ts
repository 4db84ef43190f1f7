import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { careerWishes, departments, positions, wishDecisions } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, forbidden, invalid } from '../errors';
import { notify } from '../notify/notify';
import { canDecide } from './policy';
import { decisionsOf, deptColumns, presentDecisionRecord, presentWish } from './present';
import type { CareerWish } from './responses';
import type { NewDecision } from './schemas';
import { loadWish } from './wishes';
import { dropRankings } from './candidates';

/**
 * HR answers a wish: considered / offered / moved / notNow, with a message the employee reads and a
 * note that stays with HR. The decision names the wish version HR read, so an answer is never given
 * to a wish the employee has changed meanwhile (409). The employee is told that there is an answer;
 * the notification carries the decision kind and nothing of what was written.
 */
export async function decideWish(db: Db, opts: { actor: Actor; wishId: string } & NewDecision): Promise<CareerWish> {
  const { actor, wishId, version, decision, message, note, positionId } = opts;
  const { wish, view } = await loadWish(db, actor, wishId);
  if (view !== 'hr') throw forbidden();
  if (!canDecide(view, wish.status)) throw conflict('placement.errors.withdrawn');
  if (positionId) {
    const [p] = await db.select({ id: positions.id }).from(positions).where(eq(positions.id, positionId));
    if (!p) throw invalid({ positionId: { key: 'placement.errors.unknownPosition' } });
  }
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(careerWishes)
      .set({ version: sql`${careerWishes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(careerWishes.id, wishId), eq(careerWishes.version, version), eq(careerWishes.status, 'open')))
      .returning();
    if (!updated) throw conflict('placement.errors.staleDecision');
    await tx.insert(wishDecisions).values({ wishId, decision, message, note, positionId, decidedBy: actor.id });
    await notify(tx, [{ recipientId: wish.employeeId, kind: 'wishDecided', params: { decision }, link: '/wishes' }]);
    await dropRankings(tx);
    await audit(tx, { actor, action: 'wish.decide', entityType: 'wish', entityId: wishId, detail: { decision, position: positionId } });
    return updated;
  });
  const [dept] = row.desiredDepartmentId
    ? await db.select(deptColumns).from(departments).where(eq(departments.id, row.desiredDepartmentId))
    : [];
  const decisions = await decisionsOf(db, [wishId], false);
  const mine = decisions.get(wishId) ?? [];
  return { ...presentWish(row, 'hr', dept ?? null, mine), history: mine.map(presentDecisionRecord) };
}
