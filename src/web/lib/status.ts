/**
 * The message key for an error answer that is not our JSON (a proxy's page, an empty body). 502–504
 * come from a proxy while the server restarts or its database is away: temporary, worth another try.
 */
export function fallbackErrorKey(status: number): 'errors.payloadTooLarge' | 'errors.notFound' | 'errors.unavailable' | 'errors.internal' {
  if (status === 413) return 'errors.payloadTooLarge';
  if (status === 404) return 'errors.notFound';
  if (status >= 502 && status <= 504) return 'errors.unavailable';
  return 'errors.internal';
}
