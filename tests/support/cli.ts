import type { Io } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import type { DbHandle } from '../../src/db/client';

/**
 * Runs a CLI command in-process against a test database, capturing what it prints. The database is
 * the caller's: the command's close() leaves it open.
 */
export async function runCli(handle: DbHandle, argv: string[], over: Partial<Io> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: {},
    isTTY: false,
    readSecret: async () => '',
    openDb: async () => ({ ...handle, close: async () => {} }),
    ...over,
  };
  const code = await run(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
