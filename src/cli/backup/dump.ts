import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { readCatalog, schemaVersion } from './catalog';

export const BACKUP_FORMAT = 'mendan-backup';
export const BACKUP_VERSION = 1;
const FETCH = 1000;

/**
 * Logical backup: gzip'd NDJSON, a header line (format, schema version, tables in foreign-key
 * order), one line per row ({"t":table,"r":row}) and an end line with the counts. Rows are written
 * by PostgreSQL's own row_to_json, so values look the same whichever driver or engine produced them.
 * One read-only snapshot covers every table; a cursor keeps memory flat; the file appears only
 * once complete (written beside it, then renamed).
 */
export async function backup(db: Db, file: string): Promise<{ tables: number; rows: number }> {
  const tmp = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(tmp);
  gzip.pipe(out);
  const write = async (obj: string) => {
    if (!gzip.write(`${obj}\n`)) await once(gzip, 'drain');
  };
  try {
    const counts: Record<string, number> = {};
    await db.transaction(async (tx) => {
      await tx.execute(sql`set transaction isolation level repeatable read, read only`);
      const tables = await readCatalog(tx);
      const header = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        schema: await schemaVersion(tx),
        tables: tables.map((t) => t.name),
      };
      await write(JSON.stringify(header));
      for (const t of tables) {
        const prefix = `{"t":${JSON.stringify(t.name)},"r":`;
        counts[t.name] = 0;
        await tx.execute(sql`declare mendan_backup no scroll cursor for
          select row_to_json(x)::text as j from ${sql.identifier(t.name)} x`);
        for (;;) {
          const rows = rowsOf<{ j: string }>(await tx.execute(sql.raw(`fetch forward ${FETCH} from mendan_backup`)));
          for (const r of rows) await write(`${prefix}${r.j}}`);
          counts[t.name]! += rows.length;
          if (rows.length < FETCH) break;
        }
        await tx.execute(sql`close mendan_backup`);
      }
    });
    await write(JSON.stringify({ end: true, rows: counts }));
    gzip.end();
    await finished(out);
    await rename(tmp, file);
    return { tables: Object.keys(counts).length, rows: Object.values(counts).reduce((s, n) => s + n, 0) };
  } catch (err) {
    gzip.destroy();
    out.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
}
