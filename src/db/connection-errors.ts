// Telling "the database is unreachable right now" apart from every other failure: the first is
// answered 503 (try again) and logged once per outage; the others stay 500s with their stack.

// SQLSTATE: class 08 = connection exception; 57P01 admin shutdown, 57P02 crash shutdown,
// 57P03 cannot connect now (starting up, shutting down, recovering); 53300 too many connections.
const PG_CODES = /^(08...|57P0[123]|53300)$/;

// Socket and name-lookup failures from Node.
const ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// node-postgres and pg-pool say it in words only.
const MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
];

type Shaped = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

function matches(e: Shaped): boolean {
  if (typeof e.code === 'string' && (PG_CODES.test(e.code) || ERRNO.has(e.code))) return true;
  return typeof e.message === 'string' && MESSAGES.some((re) => re.test(e.message as string));
}

/**
 * True when the error says the database cannot be reached (down, restarting, network gone), looking
 * through wrappers: drizzle's DrizzleQueryError keeps the driver's error as `cause`, and a refused
 * connection to a name with several addresses is an AggregateError.
 */
export function isConnectionError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 5) return false;
  const e = err as Shaped;
  if (matches(e)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isConnectionError(inner, depth + 1))) return true;
  return isConnectionError(e.cause, depth + 1);
}

/**
 * A short description of the root cause for a log line: the driver's code and message, never the
 * wrapper's (drizzle's message carries the query's parameters, which may be personal data).
 */
export function describeConnectionError(err: unknown, depth = 0): string {
  if (!err || typeof err !== 'object' || depth > 5) return String(err);
  const e = err as Shaped;
  if (matches(e)) {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (message.includes(code)) return message || 'connection error';
    return [code, message].filter(Boolean).join(' ');
  }
  const inner = Array.isArray(e.errors) ? e.errors.find((x) => isConnectionError(x, depth + 1)) : undefined;
  return describeConnectionError(inner ?? e.cause, depth + 1);
}
