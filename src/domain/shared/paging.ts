import { type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { DomainError } from '../errors';
import { rowsOf } from '../../db/rows';

/**
 * Lists count at most this many rows and page no deeper. An exact count(*) over 100,000 people
 * costs 16 ms a request and OFFSET 50,000 far more; nobody pages that far, they search.
 * Measured in bench/ (directory suite); see docs/decisions/0003-capped-counts.md.
 */
export const COUNT_CAP = 10_000;

/**
 * A list counts only as far as its reader looks: the first thousand rows, and always a thousand past the page shown,
 * so 「次へ」 is known without reading every match (a 100,000-person directory's first page read 10,001 index entries
 * to say "10,000+"; now 1,001 to say "1,000+"). Paging on widens the window up to COUNT_CAP.
 */
export const COUNT_STEP = 1_000;

/** The cap of the count that goes with a page (see COUNT_STEP). */
export function countCapFor(page: number, pageSize: number): number {
  const end = Math.max(0, page - 1) * pageSize + pageSize;
  return Math.min(COUNT_CAP, Math.ceil((end + 1) / COUNT_STEP) * COUNT_STEP);
}

export type PageInfo = { page: number; pageSize: number; total: number; totalCapped: boolean };

/** Refuses a page that starts beyond the cap, with a message that says what to do instead. */
export function pageOffset(page: number, pageSize: number): number {
  const offset = (page - 1) * pageSize;
  if (offset >= COUNT_CAP && page > 1) {
    throw new DomainError(400, 'errors.pageTooDeep', { max: COUNT_CAP.toLocaleString('ja-JP') });
  }
  return offset;
}

/** Rows matching `where`, counted up to COUNT_CAP + 1 so the answer can say "10,000+". */
export async function cappedCount(
  db: Db,
  table: PgTable,
  where: SQL | undefined,
  cap = COUNT_CAP,
): Promise<{ total: number; totalCapped: boolean }> {
  const rows = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from (select 1 from ${table} ${where ? sql`where ${where}` : sql``} limit ${cap + 1}) capped`,
    ),
  );
  return cappedTotal(Number(rows[0]?.n ?? 0), cap);
}

/** A count made up to cap + 1 rows, as the answer states it. */
export function cappedTotal(n: number, cap = COUNT_CAP): { total: number; totalCapped: boolean } {
  return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
}
