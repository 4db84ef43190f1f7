import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openReadyDb } from '../../src/bootstrap';
import { startQueue } from '../../src/jobs/queue';
import { createLogger } from '../../src/log';

export const TEMPLATE_DB = 'mendan_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated PGlite database every PGlite test database starts from (a dumpDataDir file). */
    pgliteImage: string;
  }
}

/**
 * One migrated template database, built once per run; every test database then starts as a copy of it,
 * which is far faster than creating and migrating one per test. PostgreSQL: CREATE DATABASE … TEMPLATE.
 * PGlite: a dumped data directory (a new PGlite spends seconds in initdb, a copy about one).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DB !== 'pg') {
    const file = await buildPgliteImage();
    project.provide('pgliteImage', file);
    return () => rmSync(file, { force: true });
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DB=pg needs TEST_DATABASE_URL (see scripts/pg.sh)');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${TEMPLATE_DB}`;
  const h = await openReadyDb({ databaseUrl: url.toString(), poolSize: 2 });
  // The job queue's schema too, so every clone starts with it.
  const jobs = await startQueue(h, createLogger('silent'));
  await jobs.stop();
  await h.close();
}

/** Migrated on disk (with the job queue's schema), then dumped; written to a file of its own per run. */
async function buildPgliteImage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mendan-template-'));
  try {
    const h = await openReadyDb({ dataDir: dir });
    const jobs = await startQueue(h, createLogger('silent'));
    await jobs.stop();
    await h.close();
    const client = await PGlite.create(dir, { extensions: { pg_trgm } });
    const image = await client.dumpDataDir('none');
    await client.close();
    const out = fileURLToPath(new URL('../../.tmp/', import.meta.url));
    mkdirSync(out, { recursive: true });
    const file = join(out, `pglite-template-${process.pid}.tar`);
    writeFileSync(`${file}.part`, Buffer.from(await image.arrayBuffer()));
    renameSync(`${file}.part`, file);
    return file;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
