import { z } from 'zod';
import type { Db } from '../../db/client';

/**
 * One kind of stored aggregate: computed from plain JSON params (so that a refresh job can run it in
 * any process), stored under a key, and how old it may be served. See docs/decisions/0008.
 */
export type Aggregate<P, T> = {
  /** What a refresh job names it by: `{ kind: name, params }`. */
  name: string;
  params: z.ZodType<P>;
  /** The insight_snapshots key, and the refresh job's singleton key. */
  key: (params: P) => string;
  /** Older than this, a read answers what is stored and queues a refresh. */
  ttlMs: number;
  /** Older than this, a stored answer is not served at all: computed now, as if missing. */
  maxStaleMs?: number;
  compute: (db: Db, params: P) => Promise<T>;
};

/**
 * An asked-for refresh (「最新に更新」) recounts only figures that are behind a recorded change or at least
 * this old; younger, unchanged ones are answered as stored. With REFRESH_FLOOR_MS this keeps a button (or
 * a script) from turning into back-to-back passes over a large round.
 */
export const REFRESH_MIN_AGE_MS = 10_000;
/** Never two asked-for recounts of one aggregate closer than this: a refresh sooner waits out the rest. */
export const REFRESH_FLOOR_MS = 2_000;
/** A change queues its recount this many seconds later, so that a burst of submissions costs one pass. */
export const RECOUNT_DELAY_S = 5;

// Kinds by name, filled as their modules load (aggregates/kinds.ts loads every one the app has).
const kinds = new Map<string, Aggregate<unknown, unknown>>();

export function defineAggregate<P, T>(def: Aggregate<P, T>): Aggregate<P, T> {
  const known = kinds.get(def.name);
  if (known && known !== def) throw new Error(`aggregate ${def.name} is defined twice`);
  kinds.set(def.name, def as Aggregate<unknown, unknown>);
  return def;
}

/** The kind a refresh job names; an unknown name fails the job loudly (written by another version). */
export function aggregateNamed(name: string): Aggregate<unknown, unknown> {
  const kind = kinds.get(name);
  if (!kind) throw new Error(`unknown aggregate kind ${name}`);
  return kind;
}

/** Params of the aggregates that are one per round. */
export const RoundParams = z.strictObject({ roundId: z.uuid() });
