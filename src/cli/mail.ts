import { loadConfig } from '../config';
import { jobHandlers } from '../jobs/handlers';
import { drainJobs, startQueue } from '../jobs/queue';
import { createLogger } from '../log';
import { createMailer, type Mailer } from '../mail/mailer';
import type { CommandContext } from './io';

/**
 * Runs a command that may send mail. Without SMTP_URL mail lands in the outbox, as on the server. With it,
 * mail is queued as `mail.send` jobs like the server's (in the command's transaction); the CLI runs no
 * workers, so before it exits it delivers the mail that is due once. A mail that fails stays queued, and
 * the server's workers retry it (on PGlite, once the server is started again).
 */
export async function withMailer(ctx: CommandContext, run: (mailer: Mailer) => Promise<void>): Promise<void> {
  const config = loadConfig(ctx.io.env);
  if (!config.smtpUrl) return run(createMailer({ from: config.mailFrom }));
  const handle = await ctx.db();
  // Log lines go to stderr with the command's own messages: stdout is the command's output.
  const log = createLogger(config.logLevel, { write: (line: string) => ctx.io.err(line.trimEnd()) });
  const jobs = await startQueue(handle, log);
  try {
    const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, jobs });
    await run(mailer);
    const deps = { db: handle.db, config, mailer, jobs, log };
    await drainJobs(deps, { 'mail.send': jobHandlers['mail.send'] }).catch((err: unknown) => {
      ctx.io.err(ctx.t('import.cli.mailNotSent', { message: err instanceof Error ? err.message : String(err) }));
    });
  } finally {
    await jobs.stop();
  }
}
