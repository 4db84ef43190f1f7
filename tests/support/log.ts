import { createLogger, type LogLevel } from '../../src/log';

/** A logger whose lines land in an array, parsed: what tests read instead of stdout. */
export function captureLog(level: LogLevel = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger(level, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines };
}
