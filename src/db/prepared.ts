import type { Db } from './client';

/**
 * A hot query prepared once per database handle (issue 16.2): drizzle builds its SQL once, and on PostgreSQL
 * it goes out as a named statement that each pooled connection plans once. Planning cost more than running
 * the hot lists (an employee's own interviews at 100,000 people: 1.1 ms to plan, 0.25 ms to run). Values are
 * `sql.placeholder`s given to `execute`. A transaction is another handle: prepared for it alone.
 * Only for queries whose best plan does not depend on the values: a named statement drifts to one generic
 * plan after five runs (the interviewer's list, whose running rounds are a list, stays unprepared: its
 * generic plan filtered a manager's ten rounds and sorted them instead of reading one round in order).
 */
export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byDb = new WeakMap<Db, Q>();
  return (db) => {
    let q = byDb.get(db);
    if (!q) {
      q = build(db);
      byDb.set(db, q);
    }
    return q;
  };
}
