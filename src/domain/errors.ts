/**
 * Domain errors carry a catalog key, never a sentence: the server localizes them for the caller.
 * Records of others are reported as NotFound (404), never Forbidden, so existence does not leak.
 */
export type FieldErrors = Record<string, { key: string; params?: Record<string, unknown> }>;

export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    readonly key: string,
    readonly params: Record<string, unknown> = {},
    readonly fields?: FieldErrors,
  ) {
    super(key);
  }
}

export const notFound = () => new DomainError(404, 'errors.notFound');
export const forbidden = () => new DomainError(403, 'errors.forbidden');
export const unauthenticated = () => new DomainError(401, 'errors.unauthenticated');
export const conflict = (key = 'errors.conflict', params?: Record<string, unknown>) => new DomainError(409, key, params);
export const invalid = (fields: FieldErrors, key = 'errors.validation') => new DomainError(400, key, {}, fields);
export const tooMany = () => new DomainError(429, 'errors.tooManyRequests');
