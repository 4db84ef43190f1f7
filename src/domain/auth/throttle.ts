import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { throttles } from '../../db/schema';

export type ThrottleRule = { key: string; limit: number; windowSeconds: number };

/**
 * Adds one to the key's count in one statement (a window that has expired starts again at 1), unless
 * `onlyIf` says no: then no row is returned. Counts live in the DB, so every server adds to the same one.
 */
function bump(db: Db, rule: ThrottleRule, onlyIf?: SQL) {
  const resetAt = sql`now() + make_interval(secs => ${rule.windowSeconds})`;
  return db
    .insert(throttles)
    .values({ key: rule.key, count: 1, resetAt: resetAt as unknown as Date })
    .onConflictDoUpdate({
      target: throttles.key,
      set: {
        count: sql`case when ${throttles.resetAt} > now() then ${throttles.count} + 1 else 1 end`,
        resetAt: sql`case when ${throttles.resetAt} > now() then ${throttles.resetAt} else ${resetAt} end`,
      },
      ...(onlyIf ? { setWhere: onlyIf } : {}),
    })
    .returning({ count: throttles.count });
}

/**
 * Takes one attempt from the rule's window, atomically: true when it was within the limit (it now counts),
 * false when the window's attempts are used up (nothing counted). Checking, then counting after a slow
 * password check, would let a burst of parallel guesses, on one server or several, all pass the check:
 * here exactly `limit` of them get through. An attempt that turns out fine is given back (giveBack).
 */
export async function takeAttempt(db: Db, rule: ThrottleRule): Promise<boolean> {
  const rows = await bump(db, rule, sql`${throttles.resetAt} <= now() or ${throttles.count} < ${rule.limit}`);
  return rows.length > 0;
}

/** Returns an attempt taken by takeAttempt that was not a failure (the right password). */
export async function giveBack(db: Db, rule: ThrottleRule): Promise<void> {
  await db
    .update(throttles)
    .set({ count: sql`${throttles.count} - 1` })
    .where(sql`${throttles.key} = ${rule.key} and ${throttles.resetAt} > now() and ${throttles.count} > 0`);
}

/**
 * Counts one failure and returns the window's new count, atomically: of several servers counting
 * at once, exactly one sees any given number (so "reached the limit" happens once per window).
 */
export async function countFailure(db: Db, rule: ThrottleRule): Promise<number> {
  const rows = await bump(db, rule);
  return rows[0]?.count ?? 1;
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.delete(throttles).where(sql`${throttles.key} = ${key}`);
}
