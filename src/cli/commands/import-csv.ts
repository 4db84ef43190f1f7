import { readFile } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import type { Db } from '../../db/client';
import { systemActor } from '../../domain/actor';
import { checkImport, commitImport, IMPORT_KINDS, type ImportKind, type ImportResult } from '../../domain/imports/import';
import type { Progress } from '../../domain/imports/write';
import type { Mailer } from '../../mail/mailer';
import { CliError, type Io } from '../io';
import { withMailer } from '../mail';
import type { Command } from '../main';

/** Prints progress at most every tenth of the way, so 100,000 rows give a few lines, not hundreds. */
export function progressPrinter(io: Io, t: TFunction): Progress {
  let last = -1;
  return ({ done, total }) => {
    const step = Math.floor((done / total) * 10);
    if (step === last && done !== total) return;
    last = step;
    io.out(t('import.cli.importProgress', { done, total }));
  };
}

/** The web import's flow for a file's bytes: check every row (all errors or nothing), then write. */
export async function importBytes(
  db: Db,
  io: Io,
  t: TFunction,
  kind: ImportKind,
  bytes: Uint8Array,
  source: 'cli' | 'seed-demo',
  mailer?: Mailer,
): Promise<ImportResult> {
  const actor = systemActor();
  const checked = await checkImport(db, { actor, kind, bytes });
  io.out(t('import.cli.importChecked', checked));
  // commitImport refuses invalid files with ImportRejected, which main prints row by row.
  const result = await commitImport(db, { actor, checked, source, mailer, onProgress: progressPrinter(io, t) });
  io.out(t('import.cli.importDone', result));
  return result;
}

export const importCsvCommand: Command = {
  help: 'import.cli.help.importCsv',
  usage: '--type employees|departments|careerPaths <FILE>',
  options: { type: { type: 'string' } },
  async run(ctx) {
    const kind = ctx.values.type;
    if (kind === undefined) throw new CliError(2, 'import.cli.missingOption', { option: 'type' });
    if (!IMPORT_KINDS.includes(kind as ImportKind)) {
      throw new CliError(2, 'import.cli.invalidValue', { option: 'type', message: IMPORT_KINDS.join(' | ') });
    }
    const [file, ...more] = ctx.positionals;
    if (!file || more.length) throw new CliError(2, 'import.cli.missingFile');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch {
      throw new CliError(1, 'import.cli.fileNotFound', { file });
    }
    const { db } = await ctx.db();
    // Changed sign-in addresses are told to the old address, as from the web.
    await withMailer(ctx, (mailer) => importBytes(db, ctx.io, ctx.t, kind as ImportKind, bytes, 'cli', mailer).then(() => {}));
  },
};
