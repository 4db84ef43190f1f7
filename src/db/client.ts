import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-lock';
import * as schema from './schema';

export type Schema = typeof schema;
/**
 * The one database type the domain sees, whichever driver is underneath. A transaction is one too
 * (drizzle's PgTransaction extends PgDatabase), so domain functions take a Db and run inside or outside one.
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** Raw SQL for libraries that bring their own (the job queue): several statements when there are no values. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export type DbHandle = {
  db: Db;
  driver: 'pglite' | 'pg';
  executeSql: ExecuteSql;
  close: () => Promise<void>;
};

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export type OpenOptions = {
  /** postgres://… uses PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data folder; 'memory://' for a throw-away database. */
  dataDir?: string;
  poolSize?: number;
  migrate?: boolean;
};

export async function openDb(opts: OpenOptions): Promise<DbHandle> {
  const handle = opts.databaseUrl ? openPg(opts.databaseUrl, opts.poolSize) : await openPglite(opts.dataDir);
  if (opts.migrate !== false) {
    await runMigrations(handle, opts.databaseUrl);
  }
  return handle;
}

function openPg(url: string, poolSize = 10): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db: Db = drizzleNodePg(pool, { schema });
  const executeSql: ExecuteSql = (text, values) => pool.query(text, values);
  return { db, driver: 'pg', executeSql, close: () => pool.end() };
}

async function openPglite(dataDir = './data'): Promise<DbHandle> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm } });
  } catch (err) {
    release();
    throw err;
  }
  const db: Db = drizzlePglite(client, { schema });
  // PGlite's query() takes one statement; exec() takes several but no parameters.
  const executeSql: ExecuteSql = async (text, values) => {
    if (values?.length) return client.query(text, values);
    const results = await client.exec(text);
    return results.at(-1) ?? { rows: [] };
  };
  return {
    db,
    driver: 'pglite',
    executeSql,
    close: async () => {
      await client.close();
      release();
    },
  };
}

export async function runMigrations(handle: DbHandle, databaseUrl?: string): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder });
    return;
  }
  // Several app servers may start together: one migrates while the others wait on the lock,
  // which is held by one dedicated connection (a pool could unlock on another one).
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(727274)');
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
  } finally {
    await client.end();
  }
}
