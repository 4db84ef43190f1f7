import { readFileSync } from 'node:fs';
import os from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgAdminUrl, ROOT } from './databases';

export type Machine = Record<string, string>;

async function pgVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    const r = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return r.rows[0]?.v ?? '?';
  } finally {
    await client.end();
  }
}

async function pgliteVersion(): Promise<string> {
  const pkg = JSON.parse(readFileSync(`${ROOT}node_modules/@electric-sql/pglite/package.json`, 'utf8')) as { version: string };
  const db = await PGlite.create();
  try {
    const r = await db.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return `${pkg.version} (PostgreSQL ${r.rows[0]?.v ?? '?'})`;
  } finally {
    await db.close();
  }
}

/** 1, 5 and 15 minute load averages: other work on the machine shows up here. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

/** What the figures were measured on; the load average shows how busy the shared cores were. */
export async function describeMachine(withPg: boolean): Promise<Machine> {
  const cpus = os.cpus();
  const gib = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GiB`;
  return {
    CPU: cpus[0]?.model.trim() ?? '?',
    cores: String(os.availableParallelism()),
    memory: `${gib(os.totalmem())} (free at start ${gib(os.freemem())})`,
    'load average at start': loadAverage(),
    OS: `${os.type()} ${os.release()} ${os.arch()}`,
    Node: process.version,
    PostgreSQL: withPg ? await pgVersion() : 'not used',
    PGlite: await pgliteVersion(),
  };
}
