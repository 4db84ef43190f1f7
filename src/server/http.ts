import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { DomainError, type FieldErrors, unauthenticated } from '../domain/errors';
import type { Actor } from '../domain/actor';
import type { AppEnv } from './context';

export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

export function errorBody(t: TFunction, key: string, params: Record<string, unknown> = {}, fields?: FieldErrors): ErrorBody {
  const body: ErrorBody = { error: { code: key.split('.').pop() ?? key, message: t(key, params) } };
  if (fields) {
    body.error.fields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, t(v.key, v.params ?? {})]));
  }
  return body;
}

export function sendError(c: Context<AppEnv>, err: DomainError) {
  return c.json(errorBody(c.get('t'), err.key, err.params, err.fields), err.status as ContentfulStatusCode);
}

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
        return Number(issue.minimum) <= 1
          ? { key: 'errors.required' }
          : { key: 'errors.tooShort', params: { min: Number(issue.minimum) } };
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

/** The acting person, or a 401 for routes that need one. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated();
  return actor;
}

export { DomainError };
