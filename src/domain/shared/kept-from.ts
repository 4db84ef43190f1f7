import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * 人事のみ (a sheet or survey answer, a career wish): the employee keeps it from their manager. It stays
 * hidden from the reader who is their manager now, and from everyone who was their manager (or, for
 * answers, the interview's interviewer) when they wrote it — recorded on the item as `kept_from`, so
 * moving the employee away afterwards unlocks nothing (docs/decisions/0009-hr-only-kept-from.md).
 *
 * `managerId` is the employee's current manager column; `keptFrom` the item's uuid[] column.
 */
export function keptFromSql(actorId: string | Placeholder, managerId: PgColumn | SQL, keptFrom: PgColumn | SQL): SQL<boolean> {
  return sql<boolean>`(coalesce(${managerId} = ${actorId}, false) or ${keptFrom} @> array[${actorId}]::uuid[])`;
}

/** The same test in TypeScript, for a row already loaded. */
export const isKeptFrom = (actorId: string, managerId: string | null, keptFrom: readonly string[] | null | undefined): boolean =>
  managerId === actorId || !!keptFrom?.includes(actorId);

/**
 * `keptFrom` with the given people added (nulls and repeats left out), as an UPDATE's SET value. The
 * caller's WHERE should skip rows that already hold them, so a save that changes nothing writes nothing.
 */
export function keptFromWith(keptFrom: PgColumn | SQL, people: SQL[]): SQL<string[]> {
  return sql<
    string[]
  >`array(select distinct x from unnest(${keptFrom} || array[${sql.join(people, sql`, `)}]::uuid[]) x where x is not null order by x)`;
}

/** Whether `keptFrom` already holds every one of these people (nulls ignored). */
export function keptFromHas(keptFrom: PgColumn | SQL, people: SQL[]): SQL<boolean> {
  return sql<boolean>`${keptFrom} @> array_remove(array[${sql.join(people, sql`, `)}]::uuid[], null)`;
}
