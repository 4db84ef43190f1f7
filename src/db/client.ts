import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import pg from 'pg';
import { lockDataDir } from './data-lock';
import { takeTurns } from './pglite-turns';
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
  /**
   * A throw-away PGlite database starts as a copy of this dumped one (PGlite's dumpDataDir): the tests'
   * template, as CREATE DATABASE … TEMPLATE is on PostgreSQL. A new PGlite spends seconds in initdb; a copy, one.
   */
  pgliteImage?: Blob;
  poolSize?: number;
  migrate?: boolean;
  /** Told before and after migrations run (only when some are pending): a long first start says why. */
  onMigrate?: (e: MigrateEvent) => void;
  /** Errors of idle pooled connections (the database went away between queries); the pool replaces them. */
  onPoolError?: (err: Error) => void;
};

export type MigrateEvent = { phase: 'start'; steps: number } | { phase: 'done'; steps: number; ms: number };

export async function openDb(opts: OpenOptions): Promise<DbHandle> {
  const handle = opts.databaseUrl
    ? openPg(opts.databaseUrl, opts.poolSize, opts.onPoolError)
    : await openPglite(opts.dataDir, opts.pgliteImage);
  if (opts.migrate !== false) {
    try {
      await runMigrations(handle, opts.databaseUrl, opts.onMigrate);
    } catch (err) {
      // Releases the data folder's lock (PGlite) for the next try.
      await handle.close().catch(() => {});
      throw err;
    }
  }
  return handle;
}

function openPg(url: string, poolSize = 10, onError: (err: Error) => void = () => {}): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // A dropped idle connection must not crash the process (an 'error' event without a listener would).
  pool.on('error', onError);
  const db: Db = drizzleNodePg(pool, { schema });
  const executeSql: ExecuteSql = (text, values) => pool.query(text, values);
  return { db, driver: 'pg', executeSql, close: () => pool.end() };
}

async function openPglite(dataDir = './data', image?: Blob): Promise<DbHandle> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm }, loadDataDir: inMemory ? image : undefined });
  } catch (err) {
    release();
    throw err;
  }
  takeTurns(client);
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

type Query = (text: string) => Promise<{ rows: unknown[] }>;

/** Migrations not applied yet, counted as drizzle's migrator decides (newer than the last one applied). */
async function pendingSteps(query: Query): Promise<number> {
  const all = readMigrationFiles({ migrationsFolder });
  const table = (await query(`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`)).rows[0] as { exists: boolean };
  if (!table.exists) return all.length;
  const { rows } = await query('select max(created_at)::text as "last" from drizzle.__drizzle_migrations');
  const last = Number((rows[0] as { last: string | null }).last ?? 0);
  return all.filter((m) => m.folderMillis > last).length;
}

async function migrateReporting(query: Query, migrate: () => Promise<void>, onMigrate?: (e: MigrateEvent) => void) {
  const steps = onMigrate ? await pendingSteps(query) : 0;
  if (steps > 0) onMigrate?.({ phase: 'start', steps });
  const started = performance.now();
  await migrate();
  if (steps > 0) onMigrate?.({ phase: 'done', steps, ms: performance.now() - started });
}

export async function runMigrations(handle: DbHandle, databaseUrl?: string, onMigrate?: (e: MigrateEvent) => void): Promise<void> {
  if (handle.driver === 'pglite') {
    const db = handle.db as unknown as Parameters<typeof migratePglite>[0];
    await migrateReporting(handle.executeSql, () => migratePglite(db, { migrationsFolder }), onMigrate);
    return;
  }
  // Several app servers may start together: one migrates while the others wait on the lock,
  // which is held by one dedicated connection (a pool could unlock on another one).
  // A host that does not answer at all fails the start in 10 s instead of the system's ~2 minutes.
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(727274)');
    await migrateReporting(
      (text) => client.query(text),
      () => migrateNodePg(drizzleNodePg(client), { migrationsFolder }),
      onMigrate,
    );
  } finally {
    await client.end();
  }
}
