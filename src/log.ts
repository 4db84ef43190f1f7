import { pino } from 'pino';
import { type LogFormat, textDestination } from './log-text';

/**
 * The one logger: JSON lines (pino) on stdout, one object per event. Built once per process from LOG_LEVEL
 * and passed in through the dependencies (AppDeps, JobDeps), so a test hands in a captured destination.
 * Request lines carry `requestId` (server/middleware/observe.ts). Never log a body, a password, a token or
 * an email: the redaction below is a safety net, not permission.
 */
export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type Logger = pino.Logger;
/** Anything with write(line): a stream, or a test's array of lines. */
export type LogDestination = pino.DestinationStream;

export function createLogger(level: LogLevel, destination?: LogDestination, format: LogFormat = 'json'): Logger {
  const options: pino.LoggerOptions = {
    level,
    // The hostname adds nothing on one machine and the pid tells cluster workers apart.
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['password', 'token', 'email', 'cookie', '*.password', '*.token', '*.email', '*.cookie'], censor: '[redacted]' },
  };
  // Silent (tests, by default) opens no stream on stdout.
  const to = destination ?? (level === 'silent' ? { write: () => {} } : format === 'text' ? textDestination(process.stdout) : undefined);
  return to ? pino(options, to) : pino(options);
}
