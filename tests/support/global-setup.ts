import pg from 'pg';
import { openReadyDb } from '../../src/bootstrap';
import { startQueue } from '../../src/jobs/queue';
import { createLogger } from '../../src/log';

export const TEMPLATE_DB = 'mendan_template';

/**
 * With TEST_DB=pg, builds one migrated template database; every test file then clones it
 * (CREATE DATABASE … TEMPLATE), which is far faster than migrating per file.
 */
export default async function setup() {
  if (process.env.TEST_DB !== 'pg') return;
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
