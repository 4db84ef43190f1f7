import type { Config } from '../config';

export type OpsLevel = 'info' | 'error' | 'fatal';
/** One line for the operator: a stable event name (for a structured logger) and a readable message. */
export type OpsLog = (level: OpsLevel, event: string, message: string) => void;

/**
 * The one way start-up, shutdown and outage code writes to the log: one line each, no stack trace.
 * LOG_LEVEL=silent mutes all but 'fatal' (why the process is about to exit). When structured logging
 * arrives, only this function changes.
 */
export function opsLog(config: Pick<Config, 'logLevel'>): OpsLog {
  return (level, event, message) => {
    if (level !== 'fatal' && config.logLevel === 'silent') return;
    const stream = level === 'info' ? process.stdout : process.stderr;
    stream.write(`[mendan] ${event}: ${message}\n`);
  };
}
