import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig } from '../../config';
import { createLogger } from '../../log';
import { backup } from '../backup/dump';
import { restore } from '../backup/restore';
import { reconcileJobs } from '../../jobs/reconcile';
import { startQueue } from '../../jobs/queue';
import { CliError, type CommandContext } from '../io';
import type { Command } from '../main';

function oneFile(ctx: CommandContext): string {
  const [file, ...more] = ctx.positionals;
  if (!file || more.length) throw new CliError(2, 'import.cli.missingFile');
  return resolve(file);
}

export const backupCommand: Command = {
  help: 'import.cli.help.backup',
  usage: '<FILE.ndjson.gz>',
  options: {},
  async run(ctx) {
    const file = oneFile(ctx);
    const { db } = await ctx.db();
    const done = await backup(db, file);
    ctx.io.out(ctx.t('import.cli.backupDone', { file, ...done }));
  },
};

export const restoreCommand: Command = {
  help: 'import.cli.help.restore',
  usage: '<FILE.ndjson.gz> --yes',
  options: { yes: { type: 'boolean' } },
  async run(ctx) {
    const file = oneFile(ctx);
    // Refuse before touching the database: a restore replaces everything in it.
    if (!ctx.values.yes) throw new CliError(1, 'import.cli.restoreNeedsYes');
    try {
      await access(file, constants.R_OK);
    } catch {
      throw new CliError(1, 'import.cli.fileNotFound', { file });
    }
    const handle = await ctx.db();
    const done = await restore(handle.db, file);
    ctx.io.out(ctx.t('import.cli.restoreDone', done));
    // The queue is not in a backup: what the restored data still owes (reminders, mails) is queued again.
    // What fell due after the backup was taken never ran in this history, so it goes out now.
    const log = createLogger(loadConfig(ctx.io.env).logLevel, { write: (line: string) => ctx.io.err(line.trimEnd()) });
    const jobs = await startQueue(handle, log);
    try {
      const queued = await reconcileJobs({ db: handle.db, jobs }, { since: done.createdAt });
      ctx.io.out(ctx.t('import.cli.restoreJobs', { count: Object.values(queued).reduce((s, n) => s + n, 0) }));
    } finally {
      await jobs.stop();
    }
  },
};
