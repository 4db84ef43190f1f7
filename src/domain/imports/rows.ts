import { z } from 'zod';
import { issueKey, unstorableText } from '../shared/issues';
import { IsoDate } from '../shared/schemas';
import { unneutralise } from './csv';

/** One problem in one row; `key` is a catalog key, localized by the caller (HTTP or CLI). */
export type RowError = { field: string; key: string; params?: Record<string, unknown> };

export type CheckedRow<D> = { line: number; ok: boolean; data: D; errors: RowError[] };

/** A column's rule: the zod schema for a non-empty cell, and what an empty cell means. */
export type FieldRule = { schema: z.ZodType; empty?: 'required' | null | string };

/**
 * Validates the present cells of one row field by field (each field reports its own message),
 * returning the normalised values. Cells keep no formula-guard apostrophe from our own export.
 */
export function checkFields<F extends string>(
  values: Partial<Record<F, string>>,
  rules: Record<F, FieldRule>,
): { data: Partial<Record<F, string | null>>; errors: RowError[] } {
  const data: Partial<Record<F, string | null>> = {};
  const errors: RowError[] = [];
  for (const field of Object.keys(values) as F[]) {
    const rule = rules[field];
    const raw = unneutralise(values[field] ?? '').trim();
    if (raw === '') {
      if (rule.empty === 'required') errors.push({ field, key: 'errors.required' });
      else data[field] = rule.empty ?? null;
      continue;
    }
    if (unstorableText(raw)) {
      errors.push({ field, key: 'errors.invalidCharacters' });
      continue;
    }
    const parsed = rule.schema.safeParse(raw);
    if (parsed.success) data[field] = parsed.data as string | null;
    else {
      const issue = parsed.error.issues[0]!;
      errors.push({ field, ...issueKey(issue) });
    }
  }
  return { data, errors };
}

/** Marks the second and later rows that repeat a key (employee number, email, code). */
export function flagDuplicates<D>(rows: CheckedRow<D>[], keyOf: (d: D) => string | null | undefined, field: string): void {
  const first = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf(r.data);
    if (!k) continue;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, r.line);
    else r.errors.push({ field, key: 'import.errors.duplicateInFile', params: { line: seen } });
  }
}

/**
 * Finds the keys that sit on a cycle of `parentOf` links (manager chains, department trees).
 * Each node is walked once, so this is linear in the number of nodes.
 */
export function nodesOnCycles(starts: Iterable<string>, parentOf: (k: string) => string | null | undefined): Set<string> {
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = finished
  const onCycle = new Set<string>();
  for (const start of starts) {
    const path: string[] = [];
    let k: string | null | undefined = start;
    while (k && !state.has(k)) {
      state.set(k, 1);
      path.push(k);
      k = parentOf(k);
    }
    if (k && state.get(k) === 1) {
      // k is on this walk: everything from k to the end of the path is the cycle.
      for (let i = path.indexOf(k); i < path.length; i++) onCycle.add(path[i]!);
    }
    for (const p of path) state.set(p, 2);
  }
  return onCycle;
}

/** Dates as Excel re-saves them (2024/4/1) are accepted and written as ISO 2024-04-01. */
export const CsvDate = z
  .string()
  .transform((v) => {
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v);
    return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : v;
  })
  .pipe(IsoDate);

/** Maps spellings (case- and width-insensitive) to a stored value, or fails with `key`. */
export function oneOf(map: Record<string, string>, key: string) {
  const lookup = new Map(Object.entries(map).map(([k, v]) => [k.normalize('NFKC').toLowerCase(), v]));
  return z.string().transform((v, ctx) => {
    const hit = lookup.get(v.normalize('NFKC').toLowerCase());
    if (hit === undefined) {
      ctx.addIssue({ code: 'custom', message: key });
      return z.NEVER;
    }
    return hit;
  });
}

/** Rows finished: ok follows from errors. */
export function finish<D>(rows: CheckedRow<D>[]): CheckedRow<D>[] {
  for (const r of rows) r.ok = r.errors.length === 0;
  return rows;
}
