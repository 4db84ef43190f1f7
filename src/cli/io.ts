import type { TFunction } from 'i18next';
import { loadConfig } from '../config';
import { openReadyDb } from '../bootstrap';
import type { DbHandle } from '../db/client';
import { DataDirInUse } from '../db/data-lock';
import { type Locale, translator } from '../i18n';
import { startupProblem } from '../startup-problems';

/** Everything a command touches outside itself, so tests can run commands in-process. */
export type Io = {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** True when a person is typing (passwords are then asked for, hidden). */
  isTTY: boolean;
  readSecret: (prompt: string) => Promise<string>;
  openDb: () => Promise<DbHandle>;
};

/** What a command receives: its parsed options and positionals, the translator and the database. */
export type CommandContext = {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  io: Io;
  t: TFunction;
  db: () => Promise<DbHandle>;
};

/** A failure the user can fix: a clear message, exit code 1 (or 2 for wrong usage), no stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly key: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

/** MENDAN_LANG, else the usual locale variables; Japanese unless they say English. */
export function cliLocale(env: NodeJS.ProcessEnv): Locale {
  const tag = (env.MENDAN_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  return tag.startsWith('en') ? 'en' : 'ja';
}

/** Reads a line from the terminal without echoing it. */
function readHidden(prompt: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(prompt);
  return new Promise((resolve) => {
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n' || c === '\u0004') return finish();
        if (c === '\u0003') {
          stdin.setRawMode(false);
          stdout.write('\n');
          process.exit(130);
        }
        value = c === '\u007f' || c === '\b' ? value.slice(0, -1) : value + c;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** The real terminal and the database the server would use (DATABASE_URL or DATA_DIR). */
export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    isTTY: !!process.stdin.isTTY && !!process.stdout.isTTY,
    readSecret: readHidden,
    openDb: async () => {
      const config = loadConfig(process.env);
      const t = translator(cliLocale(process.env));
      const say = (line: string) => process.stderr.write(`${line}\n`);
      // PGlite is one process's database: a folder a running server holds is refused by its lock
      // (db/data-lock.ts), which a stopped or killed server does not leave in the way.
      try {
        return await openReadyDb({
          databaseUrl: config.databaseUrl,
          dataDir: config.dataDir,
          poolSize: 2,
          onMigrate: (e) =>
            say(
              e.phase === 'start'
                ? t('import.cli.migrating', { steps: e.steps })
                : t('import.cli.migrated', { seconds: (e.ms / 1000).toFixed(1) }),
            ),
        });
      } catch (err) {
        if (err instanceof DataDirInUse) throw new CliError(1, 'import.cli.dataDirInUse', { dir: err.dir, pid: err.pid });
        const problem = startupProblem(err, config);
        if (problem) throw new CliError(1, problem.key, problem.params);
        throw err;
      }
    },
  };
}
