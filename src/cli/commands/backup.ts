import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { backup } from '../backup/dump';
import { restore } from '../backup/restore';
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
    const { db } = await ctx.db();
    const done = await restore(db, file);
    ctx.io.out(ctx.t('import.cli.restoreDone', done));
  },
};
