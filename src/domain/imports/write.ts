import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';

/** Rows per multi-row statement: big enough to be fast, well under PostgreSQL's 65,535 parameters. */
export const BATCH = 500;

export type ProgressEvent = { done: number; total: number };
export type Progress = (p: ProgressEvent) => void | Promise<void>;
/** Runs inside the transaction that makes an import final (its summary audit row). */
export type Finish = (tx: Db, counts: { created: number; updated: number }) => Promise<void>;

export function* batches<T>(rows: readonly T[], size = BATCH): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** The proposed value of a column inside ON CONFLICT DO UPDATE. */
export const excluded = (col: PgColumn): SQL => sql`excluded.${sql.identifier(col.name)}`;

/**
 * Splits rows into levels so that a row's parent (its manager, its parent department) is in an
 * earlier level whenever the parent is in the file too. Parents outside the file count as level 0.
 * Cycles are rejected before writing; should one slip through, its rows still land in some level.
 */
export function byDepth<T>(rows: readonly T[], keyOf: (r: T) => string, parentOf: (r: T) => string | null | undefined): T[][] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  const depth = new Map<string, number>();
  const depthOf = (start: T): number => {
    // Walk up to a known depth (or the top), then assign depths on the way back down.
    const path: string[] = [];
    const onPath = new Set<string>();
    let r: T | undefined = start;
    let base = -1;
    while (r) {
      const k = keyOf(r);
      const known = depth.get(k);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (onPath.has(k)) break;
      path.push(k);
      onPath.add(k);
      const p = parentOf(r);
      r = p && p !== k ? byKey.get(p) : undefined;
    }
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i]!, ++base);
    return depth.get(keyOf(start))!;
  };
  const levels: T[][] = [];
  for (const r of rows) {
    const d = depthOf(r);
    levels[d] ??= [];
    levels[d].push(r);
  }
  return levels.filter(Boolean);
}
