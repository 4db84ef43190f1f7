import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import type { DbHandle } from '../../src/db/client';
import { openReadyDb } from '../../src/bootstrap';
import type { Db } from '../../src/db/client';
import type { DbKind } from './types';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_ROOT = `${ROOT}bench/data`;

/** Where a server finds a prepared bench database. */
export type DbTarget = { kind: DbKind; databaseUrl?: string; dataDir?: string };

let adminUrl: string | undefined;

/** The test PostgreSQL cluster (scripts/pg.sh, 127.0.0.1:54329); BENCH_PG_URL points elsewhere. */
export function pgAdminUrl(): string {
  adminUrl ??= process.env.BENCH_PG_URL ?? execFileSync('bash', [`${ROOT}scripts/pg.sh`, 'start'], { encoding: 'utf8' }).trim();
  return adminUrl;
}

function pgUrlFor(database: string): string {
  const url = new URL(pgAdminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function pgDatabaseExists(database: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return r.rowCount === 1;
  } finally {
    await client.end();
  }
}

function targetFor(kind: DbKind, name: string): DbTarget {
  return kind === 'pg' ? { kind, databaseUrl: pgUrlFor(`mendan_${name}`) } : { kind, dataDir: `${DATA_ROOT}/${name}-pglite` };
}

/** Throws the database away: DROP + CREATE on PostgreSQL, removing the folder for PGlite. */
async function wipe(target: DbTarget, name: string): Promise<void> {
  if (target.kind === 'pg') {
    await adminQuery(`DROP DATABASE IF EXISTS mendan_${name} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE mendan_${name}`);
  } else {
    rmSync(target.dataDir!, { recursive: true, force: true });
  }
}

const open = (t: DbTarget): Promise<DbHandle> => openReadyDb({ databaseUrl: t.databaseUrl, dataDir: t.dataDir });

export type PrepareSpec = {
  /** Database name suffix: PostgreSQL `mendan_<name>`, PGlite folder bench/data/<name>-pglite. */
  name: string;
  fresh: boolean;
  isReady: (db: Db) => Promise<boolean>;
  fill: (db: Db) => Promise<void>;
  /** True when `fill` may continue on what is there (its finished stages kept) instead of a wiped database. */
  resumable?: (db: Db) => Promise<boolean>;
  /** Runs with the database open after it is ready (e.g. look up ids the scenarios need). */
  inspect?: (db: Db, handle: DbHandle) => Promise<void>;
};

/**
 * Opens (and migrates, through openReadyDb) a bench database; regenerates it when it is missing,
 * stale or `--fresh` is given. Closed again before returning: PGlite allows one process only,
 * and the server under test is the one that must own it.
 */
export async function prepareDatabase(
  kind: DbKind,
  spec: PrepareSpec,
  log: (msg: string) => void,
): Promise<DbTarget & { generatedSec: number | null }> {
  const target = targetFor(kind, spec.name);
  const exists = kind === 'pg' ? await pgDatabaseExists(`mendan_${spec.name}`) : false;
  const wiped = spec.fresh || (kind === 'pg' && !exists);
  if (wiped) await wipe(target, spec.name);
  let handle = await open(target);
  let generatedSec: number | null = null;
  try {
    if (!(await spec.isReady(handle.db))) {
      if (!wiped && !(await spec.resumable?.(handle.db))) {
        // Stale or half-made data: start from an empty, migrated database.
        await handle.close();
        await wipe(target, spec.name);
        handle = await open(target);
      }
      log(`  generating ${spec.name} on ${kind} …`);
      const t0 = performance.now();
      await spec.fill(handle.db);
      generatedSec = (performance.now() - t0) / 1000;
      log(`  generated in ${generatedSec.toFixed(1)} s`);
    } else {
      log(`  ${spec.name} on ${kind}: cached data is current (use --fresh to rebuild)`);
    }
    await spec.inspect?.(handle.db, handle);
  } finally {
    await handle.close();
  }
  return { ...target, generatedSec };
}

/** Rows of a raw query; node-postgres and PGlite both answer `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
