import { z } from 'zod';

/** PostgreSQL's integer: a version or revision beyond it is a 400, never a database error. */
export const INT4_MAX = 2_147_483_647;

/** The version (or revision) of a record as the client read it; a stale one answers 409. */
export const Version = z.number().int().min(1).max(INT4_MAX);

/**
 * A calendar day, YYYY-MM-DD, within 1900–2999. PostgreSQL has no year 0 (0000-01-01 fails in the
 * database), and a day derived from 9999-12-31 (the next morning's reminder) has a five-digit year
 * it cannot read; no day this product records is anywhere near either end.
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2999-12-31' } as const;
export const IsoDate = z.iso.date().refine((v) => v >= DATE_RANGE.min && v <= DATE_RANGE.max, { message: 'errors.dateOutOfRange' });

/**
 * One line of text (a place, a title): no line break or other control character, which would start a
 * property of its own in a calendar file or split a cell in a naive reader.
 */
export const SINGLE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;
export const singleLine = (max: number) => z.string().trim().max(max).regex(SINGLE_LINE, { message: 'errors.singleLine' });

/** `?refresh=true` on a read of stored figures: recount them now (throttled, see aggregates/read.ts). */
export const RefreshQuery = z.strictObject({ refresh: z.enum(['true', 'false']).optional() });
