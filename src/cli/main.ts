import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { DbHandle } from '../db/client';
import { DomainError } from '../domain/errors';
import { DEFAULT_COMPANY_TZ, isTimeZone, setCompanyTimeZone } from '../domain/shared/calendar';
import { ImportRejected } from '../domain/imports/import';
import { errorLines } from '../domain/imports/present';
import { translator } from '../i18n';
import { backupCommand, restoreCommand } from './commands/backup';
import { createAdminCommand } from './commands/create-admin';
import { importCsvCommand } from './commands/import-csv';
import { outboxCommand } from './commands/outbox';
import { seedDemoCommand } from './commands/seed-demo';
import { CliError, type CommandContext, cliLocale, type Io, processIo } from './io';

export type Command = {
  /** Catalog key of the one-line description shown by `help`. */
  help: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (ctx: CommandContext) => Promise<void>;
};

const COMMANDS: Record<string, Command> = {
  'create-admin': createAdminCommand,
  'import-csv': importCsvCommand,
  'seed-demo': seedDemoCommand,
  backup: backupCommand,
  restore: restoreCommand,
  outbox: outboxCommand,
};

/** Help in both languages, whatever the locale: the person reading may not have set one. */
function printHelp(io: Io) {
  for (const locale of ['ja', 'en'] as const) {
    const t = translator(locale);
    io.out(t('import.cli.help.title'));
    io.out(t('import.cli.help.usage'));
    io.out('');
    for (const [name, cmd] of Object.entries(COMMANDS)) {
      io.out(`  ${name} ${cmd.usage}`);
      io.out(`      ${t(cmd.help)}`);
    }
    io.out('  help');
    io.out(`      ${t('import.cli.help.help')}`);
    io.out('');
    io.out(t('import.cli.help.env'));
    if (locale === 'ja') io.out('');
  }
}

/**
 * Runs one command and returns the exit code: 0 ok, 1 a problem the user can fix (printed plainly,
 * never a stack trace), 2 wrong usage. Tests call this directly with their own Io and database.
 */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const t = translator(cliLocale(io.env));
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    printHelp(io);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(t('import.cli.unknownCommand', { command: name }));
    return 2;
  }
  let handle: DbHandle | undefined;
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new CliError(2, 'import.cli.badArgs', { message: err instanceof Error ? err.message : String(err) });
    }
    // The company's calendar, as the server reads it (retirement dates, file dates).
    const tz = io.env.COMPANY_TZ;
    if (tz && !isTimeZone(tz)) throw new CliError(1, 'import.cli.badTimeZone', { tz });
    setCompanyTimeZone(tz || DEFAULT_COMPANY_TZ);
    await command.run({
      values: parsed.values as CommandContext['values'],
      positionals: parsed.positionals,
      io,
      t,
      db: async () => {
        handle ??= await io.openDb();
        return handle;
      },
    });
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.err(t(err.key, err.params));
      if (err.exitCode === 2) io.err(`npx mendan ${name} ${command.usage}`);
      return err.exitCode;
    }
    if (err instanceof ImportRejected) {
      for (const line of errorLines(t, err.checked)) io.err(line);
      io.err(t(err.key, err.params));
      return 1;
    }
    if (err instanceof DomainError) {
      io.err(t(err.key, err.params));
      return 1;
    }
    io.err(t('import.cli.unexpected', { message: err instanceof Error ? err.message : String(err) }));
    return 1;
  } finally {
    await handle?.close();
  }
}

/** Entry point for bin/mendan.js and `npm run mendan`. */
export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2));
}

/** True when this file is the program itself (`tsx src/cli/main.ts`), not an import (tests, bin). */
function isEntry(): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isEntry()) await main();
