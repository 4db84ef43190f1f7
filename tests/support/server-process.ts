import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openReadyDb } from '../../src/bootstrap';
import type { DbHandle } from '../../src/db/client';
import { TEMPLATE_DB } from './global-setup';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type ServerProcess = {
  baseUrl: string;
  pid: number;
  /** Resolves when the process has exited (and been reaped). */
  exited: Promise<Exit>;
  /** Sends the signal and waits for the exit. */
  kill: (signal: NodeJS.Signals) => Promise<Exit>;
  /** What the server printed (stdout and stderr), for failure messages. */
  output: () => string;
};

const running = new Set<ChildProcess>();

/**
 * The real server (src/main.ts) in a child process. Node itself runs with tsx's loader (no npx or
 * tsx wrapper in between), so a signal sent to `pid` reaches the process that holds the database.
 * PORT=0: the server reports the port it got in its start-up line.
 */
function childEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', COOKIE_SECURE: 'false', LOG_LEVEL: 'info', WORKERS: '1' };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PUBLIC_URL', 'SMTP_URL', 'MENDAN_LANG']) delete out[k];
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

export async function startServer(env: Record<string, string | undefined>, timeoutMs = 90_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  const collect = (chunk: Buffer) => {
    out = (out + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never said where it listens would otherwise outlive the test run.
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = () => {
      const m = /Mendan: (http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    void exited.then((e) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${e.code ?? e.signal}) before listening:\n${out}`));
    });
  });
  return {
    baseUrl,
    pid: child.pid!,
    exited,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    output: () => out,
  };
}

/**
 * Runs the server (src/main.ts) or the CLI (src/cli/main.ts) to its end, for start-up failures and CLI
 * runs: the exit code and everything printed (stdout and stderr, in order).
 */
export function runToExit(
  entry: 'src/main.ts' | 'src/cli/main.ts',
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs = 90_000,
) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise<{ code: number | null; out: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} ${args.join(' ')} did not end within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    child.once('exit', () => running.delete(child));
    // 'close', not 'exit': the pipes are read to their end.
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** Hard-stops every server a test left running (a failed assertion must not leave one behind). */
export async function killAllServers(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** The command line of a live process (Linux /proc), to check what a pid really is. */
export function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

/** The pids whose parent is `pid` (Linux /proc): a cluster primary's workers. */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, …
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // Gone between the listing and the read.
    }
  }
  return out;
}

/** fetch() against one server, for a TestClient (which keeps cookies and sends the CSRF header). */
export const serverAt = (baseUrl: string) => ({ request: (path: string, init?: RequestInit) => fetch(baseUrl + path, init) });

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * With TEST_DB=pg: a fresh database cloned from the migrated template, for a server in another process;
 * with `empty`, a new database nothing has migrated yet (servers starting on it migrate it themselves).
 */
export async function clonePgDatabase(opts: { empty?: boolean } = {}): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `mendan_t_${randomBytes(6).toString('hex')}`;
  const run = async (text: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  await run(`CREATE DATABASE ${name}${opts.empty ? '' : ` TEMPLATE ${TEMPLATE_DB}`}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A database of its own for a server in another process, and how this test opens it itself. */
export type ServerDatabase = {
  /** What the server's environment needs to find it. */
  env: Record<string, string>;
  /** PostgreSQL: its URL ('' on PGlite). */
  url: string;
  /** PGlite: its data folder ('' on PostgreSQL). */
  dataDir: string;
  /** Opens it from the test (close it before the server starts: PGlite is one process per folder). */
  open: () => Promise<DbHandle>;
  drop: () => Promise<void>;
};

/** With TEST_DB=pg a clone of the migrated template; otherwise a new PGlite folder named after `prefix`. */
export async function serverDatabase(prefix: string): Promise<ServerDatabase> {
  if (process.env.TEST_DB === 'pg') {
    const clone = await clonePgDatabase();
    return {
      env: { DATABASE_URL: clone.url },
      url: clone.url,
      dataDir: '',
      open: () => openReadyDb({ databaseUrl: clone.url, poolSize: 2, migrate: false }),
      drop: clone.drop,
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), `mendan-${prefix}-`));
  return {
    env: { DATA_DIR: dataDir },
    url: '',
    dataDir,
    open: () => openReadyDb({ dataDir }),
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}
