import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { backup } from '../../src/cli/backup/dump';
import type { Db } from '../../src/db/client';
import { rowsOf } from '../../src/db/rows';

/** Every row of every table in the public schema as the database writes it (row_to_json), by table. */
export async function everyRow(db: Db): Promise<Record<string, string[]>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' order by 1`),
  );
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = rowsOf<{ j: string }>(await db.execute(sql`select row_to_json(x)::text as j from ${sql.identifier(name)} x`));
    out[name] = rows.map((r) => r.j);
  }
  return out;
}

/** Where each string still appears: "table: string". */
export async function whereFound(db: Db, strings: string[], skip: (table: string, row: string) => boolean = () => false) {
  const found: string[] = [];
  for (const [table, rows] of Object.entries(await everyRow(db)))
    for (const row of rows) for (const s of strings) if (row.includes(s) && !skip(table, row)) found.push(`${table}: ${s}`);
  return [...new Set(found)];
}

/** The text of a backup made now with the CLI's own function (`npm run mendan -- backup`). */
export async function backupText(db: Db): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mendan-rights-'));
  try {
    const file = join(dir, 'b.ndjson.gz');
    await backup(db, file);
    return gunzipSync(readFileSync(file)).toString('utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
