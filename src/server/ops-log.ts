import type { Logger } from '../log';

export type OpsLevel = 'info' | 'error' | 'fatal';
/** One line for the operator: a stable event name and a readable message. */
export type OpsLog = (level: OpsLevel, event: string, message: string) => void;

/**
 * The one way start-up, shutdown and outage code writes to the log: one JSON line each (`event`, `msg`),
 * no stack trace. 'fatal' (why the process is about to exit) is also plain text on stderr, whatever
 * LOG_LEVEL says: it is read by a person at a terminal or in the service manager's journal.
 */
export function opsLog(logger: Logger): OpsLog {
  return (level, event, message) => {
    if (level === 'fatal') {
      process.stderr.write(`[mendan] ${message}\n`);
      logger.fatal({ event }, message);
      return;
    }
    logger[level]({ event }, message);
  };
}
