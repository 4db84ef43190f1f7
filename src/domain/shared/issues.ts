import type { z } from 'zod';
import type { FieldErrors } from '../errors';

/** Maps a zod issue to a catalog key: custom messages are keys already; built-in codes map to common ones. */
export function issueKey(issue: z.core.$ZodIssue): { key: string; params?: Record<string, unknown> } {
  const msg = issue.message;
  if (/^[a-z]+(\.[A-Za-z0-9_]+)+$/.test(msg)) return { key: msg };
  switch (issue.code) {
    case 'invalid_type':
      return { key: /received undefined|received null/.test(msg) ? 'errors.required' : 'errors.invalidType' };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'errors.tooLong', params: { max: Number(issue.maximum) } }
        : { key: 'errors.tooBig', params: { max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? { key: 'errors.required' } : { key: 'errors.tooShort', params: { min: Number(issue.minimum) } };
      return { key: 'errors.tooSmall', params: { min: Number(issue.minimum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'errors.invalidEmail' };
      if (issue.format === 'date') return { key: 'errors.invalidDate' };
      if (issue.format === 'uuid') return { key: 'errors.invalidUuid' };
      return { key: 'errors.invalidFormat' };
    case 'invalid_value':
      return { key: 'errors.invalidOption' };
    default:
      return { key: 'errors.invalidType' };
  }
}

/** Turns zod issues into field errors keyed by dotted path; unknown keys become one error each. */
export function zodFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) out[[...issue.path, k].join('.')] = { key: 'errors.unknownField' };
      continue;
    }
    const path = issue.path.join('.') || '_';
    if (!out[path]) out[path] = issueKey(issue);
  }
  return out;
}

// NUL cannot be stored in a PostgreSQL text or jsonb value, and a lone UTF-16 surrogate has no UTF-8
// form (jsonb refuses it, text would store U+FFFD): both are refused where input enters.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);

/** Field errors for every string (or object key) of a parsed input that the database cannot store; null if none. */
export function unstorableText(value: unknown): FieldErrors | null {
  const out: FieldErrors = {};
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'string') {
      if (unstorable(v)) out[path.join('.') || '_'] = { key: 'errors.invalidCharacters' };
    } else if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, [...path, String(i)]);
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (unstorable(k)) out[[...path, k].join('.')] = { key: 'errors.invalidCharacters' };
        else walk(x, [...path, k]);
      }
    }
  };
  walk(value, []);
  return Object.keys(out).length ? out : null;
}
