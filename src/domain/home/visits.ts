import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { homeVisits } from '../../db/schema';
import type { Actor } from '../actor';
import { nextVisit } from './policy';

/**
 * Records that the actor opened their home page and answers the previous visit ("new since" compares with
 * it; null the first time). A concurrent second request writes the same sitting: last writer wins, harmless.
 */
export async function recordVisit(db: Db, actor: Actor, now: Date): Promise<Date | null> {
  const [row] = await db
    .select({ seenAt: homeVisits.seenAt, previousAt: homeVisits.previousAt })
    .from(homeVisits)
    .where(eq(homeVisits.employeeId, actor.id));
  const next = nextVisit(row ?? null, now);
  await db
    .insert(homeVisits)
    .values({ employeeId: actor.id, ...next })
    .onConflictDoUpdate({ target: homeVisits.employeeId, set: next });
  return next.previousAt;
}
