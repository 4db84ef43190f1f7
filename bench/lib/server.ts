import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DbTarget } from './databases';
import { ROOT } from './databases';

export type RunningServer = {
  name: string;
  baseUrl: string;
  logFile: string;
  stop: () => Promise<void>;
  /** Sends a message to the child over IPC and waits for its answer carrying `key` (forked bench servers). */
  ask?: <T>(message: object, key: string) => Promise<T>;
};

export const LOG_DIR = `${ROOT}bench/out/logs`;
const script = (name: string) => fileURLToPath(new URL(`./servers/${name}.ts`, import.meta.url));

/** Forks a server script under tsx; it answers with its port over IPC once listening. */
async function launch(name: string, file: string, env: NodeJS.ProcessEnv): Promise<RunningServer> {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = `${LOG_DIR}/${name}.log`;
  const out = openSync(logFile, 'w');
  // An undefined value removes the variable (e.g. DATABASE_URL for a PGlite run).
  const childEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  const child = fork(file, [], {
    cwd: ROOT,
    env: childEnv,
    // BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (open in Chrome DevTools).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    stdio: ['ignore', out, out, 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 120 s (see ${logFile})`)), 120_000);
    child.once('message', (m: { port?: number }) => {
      clearTimeout(timer);
      if (typeof m.port === 'number') resolve(m.port);
      else reject(new Error(`${name}: unexpected message`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before listening (see ${logFile})`));
    });
  });
  const ask = <T>(message: object, key: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: no ${key} within 30 s`)), 30_000);
      const on = (m: Record<string, unknown>) => {
        if (!(key in m)) return;
        clearTimeout(timer);
        child.off('message', on);
        resolve(m[key] as T);
      };
      child.on('message', on);
      child.send(message);
    });
  return { name, baseUrl: `http://127.0.0.1:${port}`, logFile, stop: () => stop(child), ask };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Polls /api/v1/health until the app answers 200. */
export async function waitHealthy(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(`${baseUrl}/api/v1/health`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${baseUrl} not healthy after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The real Mendan app on a bench database (DATABASE_URL for PostgreSQL, DATA_DIR for PGlite). `workers`: the job
 * workers run too; `processes`: that many servers share the port (node cluster, as WORKERS runs it; PostgreSQL).
 */
export async function startApp(
  name: string,
  target: DbTarget,
  opts: { workers?: boolean; processes?: number } = {},
): Promise<RunningServer> {
  const env = {
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    DATABASE_URL: target.databaseUrl,
    DATA_DIR: target.dataDir,
    BENCH_WORKERS: opts.workers ? '1' : undefined,
    BENCH_PROCESSES: opts.processes ? String(opts.processes) : undefined,
  };
  const server = await launch(name, script('app-server'), env);
  try {
    await waitHealthy(server.baseUrl);
  } catch (e) {
    await server.stop();
    throw e;
  }
  return server;
}

export const startHello = (): Promise<RunningServer> => launch('hello', script('hello-server'), {});

/** The raw-SQL ceiling server (servers/ceiling-server.ts) on the same PostgreSQL database as the app. */
export const startCeiling = (name: string, databaseUrl: string): Promise<RunningServer> =>
  launch(name, script('ceiling-server'), { DATABASE_URL: databaseUrl });
