import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { ROOT } from '../databases';
import { type RunningServer, waitHealthy } from '../server';

const LOG_DIR = `${ROOT}bench/out/logs`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Mendan as operators run it (`src/main.ts`: API, jobs and the built SPA of `<root>/dist/web`) from a
 * checkout at `root`, on a PGlite folder. Another checkout (an older commit) runs its own server code
 * and its own build, so a before/after comparison includes how each serves its assets.
 */
export async function startCheckout(name: string, root: string, dataDir: string): Promise<RunningServer> {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = `${LOG_DIR}/${name}.log`;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  // Each checkout serves its own build; a PostgreSQL URL from the shell must not redirect it.
  delete env.DATABASE_URL;
  delete env.MENDAN_WEB_DIR;
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env, stdio: ['ignore', out, out] });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} (see ${logFile})`))),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitHealthy(baseUrl, 120_000), exited]);
  } catch (e) {
    await stop(child);
    throw e;
  }
  exited.catch(() => {});
  return { name, baseUrl, logFile, stop: () => stop(child) };
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
