import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { throttles } from '../../db/schema';

export type ThrottleRule = { key: string; limit: number; windowSeconds: number };

/** True when the key has used up its failures in the current window. Stored in the DB, so every server agrees. */
export async function isThrottled(db: Db, rule: ThrottleRule): Promise<boolean> {
  const rows = await db
    .select({ count: throttles.count })
    .from(throttles)
    .where(sql`${throttles.key} = ${rule.key} and ${throttles.resetAt} > now()`);
  return (rows[0]?.count ?? 0) >= rule.limit;
}

/** Counts one failure; a window that has expired starts again at 1. */
export async function recordFailure(db: Db, rule: ThrottleRule): Promise<void> {
  await countFailure(db, rule);
}

/**
 * Counts one failure and returns the window's new count, atomically: of several servers counting
 * at once, exactly one sees any given number (so "reached the limit" happens once per window).
 */
export async function countFailure(db: Db, rule: ThrottleRule): Promise<number> {
  const resetAt = sql`now() + make_interval(secs => ${rule.windowSeconds})`;
  const rows = await db
    .insert(throttles)
    .values({ key: rule.key, count: 1, resetAt: resetAt as unknown as Date })
    .onConflictDoUpdate({
      target: throttles.key,
      set: {
        count: sql`case when ${throttles.resetAt} > now() then ${throttles.count} + 1 else 1 end`,
        resetAt: sql`case when ${throttles.resetAt} > now() then ${throttles.resetAt} else ${resetAt} end`,
      },
    })
    .returning({ count: throttles.count });
  return rows[0]?.count ?? 1;
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.delete(throttles).where(sql`${throttles.key} = ${key}`);
}
