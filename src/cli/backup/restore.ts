import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { CliError } from '../io';
import { parentsFirst, readCatalog, schemaVersion, type TableInfo, versionLabel } from './catalog';
import { BACKUP_FORMAT, BACKUP_VERSION } from './dump';

const BATCH = 1000;
type Row = Record<string, unknown>;
type Header = { format: string; version: number; createdAt: string; schema: { migrations: number; last: string | null }; tables: string[] };
type Line = { t: string; r: Row } | { end: true; rows: Record<string, number> };

/** The lines of a gzip'd file, read as a stream (a backup may be far larger than memory). */
async function* gzipLines(file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    const parts = (carry + decoder.write(chunk as Buffer)).split('\n');
    carry = parts.pop()!;
    for (const p of parts) if (p) yield p;
  }
  carry += decoder.end();
  if (carry) yield carry;
}

/** Inserts rows through json_populate_recordset: PostgreSQL converts the JSON back to each column's type. */
async function insertRows(db: Db, table: TableInfo, rows: Row[]) {
  const cols = sql.join(
    table.insertable.map((c) => sql.identifier(c)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += BATCH) {
    const json = JSON.stringify(rows.slice(i, i + BATCH));
    await db.execute(sql`insert into ${sql.identifier(table.name)} (${cols}) overriding system value
      select ${cols} from json_populate_recordset(null::${sql.identifier(table.name)}, ${json}::json)`);
  }
}

/**
 * Replaces the whole database with a backup, in one transaction: any problem (another schema
 * version, an unknown table, a file that ends early) leaves the database exactly as it was.
 */
export async function restore(db: Db, file: string): Promise<{ tables: number; rows: number; createdAt: Date }> {
  const lines = gzipLines(file);
  let header: Header;
  try {
    const first = await lines.next();
    header = JSON.parse(first.done ? '' : first.value) as Header;
    if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION) throw new Error('format');
  } catch {
    throw new CliError(1, 'import.cli.restoreNotBackup', { file });
  }
  const current = await schemaVersion(db);
  if (current.migrations !== header.schema.migrations || current.last !== header.schema.last) {
    throw new CliError(1, 'import.cli.restoreVersionMismatch', { backup: versionLabel(header.schema), db: versionLabel(current) });
  }

  return db.transaction(async (tx) => {
    const catalog = new Map((await readCatalog(tx)).map((t) => [t.name, t]));
    for (const name of header.tables) if (!catalog.has(name)) throw new CliError(1, 'import.cli.restoreUnknownTable', { table: name });
    await tx.execute(
      sql`truncate table ${sql.join(
        [...catalog.keys()].map((n) => sql.identifier(n)),
        sql`, `,
      )} restart identity`,
    );

    const inserted: Record<string, number> = {};
    let table: TableInfo | undefined;
    let pending: Row[] = [];
    const flush = async () => {
      if (!table || pending.length === 0) return;
      await insertRows(tx, table, parentsFirst(pending, table.selfRefs));
      inserted[table.name] = (inserted[table.name] ?? 0) + pending.length;
      pending = [];
    };

    let end: Record<string, number> | undefined;
    try {
      for await (const text of lines) {
        const line = JSON.parse(text) as Line;
        if ('end' in line) {
          end = line.rows;
          break;
        }
        if (line.t !== table?.name) {
          await flush();
          table = catalog.get(line.t);
          if (!table) throw new CliError(1, 'import.cli.restoreUnknownTable', { table: line.t });
        }
        pending.push(line.r);
        // Self-referencing tables are held whole so parents can be put first; others go in batches.
        if (table.selfRefs.length === 0 && pending.length >= BATCH) await flush();
      }
      await flush();
    } catch (err) {
      if (err instanceof CliError) throw err;
      // A cut gzip stream or a cut JSON line: the file is incomplete.
      if (err instanceof SyntaxError || (err as { code?: string }).code?.startsWith('Z_')) {
        throw new CliError(1, 'import.cli.restoreTruncated');
      }
      throw err;
    }
    const complete = end && Object.entries(end).every(([t, n]) => (inserted[t] ?? 0) === n);
    if (!complete) throw new CliError(1, 'import.cli.restoreTruncated');

    for (const t of catalog.values()) {
      for (const col of t.sequenced) {
        const qualified = `"${t.name.replaceAll('"', '""')}"`;
        await tx.execute(sql`select setval(pg_get_serial_sequence(${qualified}, ${col}),
          coalesce((select max(${sql.identifier(col)}) from ${sql.identifier(t.name)}), 0) + 1, false)`);
      }
    }
    const rows = Object.values(inserted).reduce((s, n) => s + n, 0);
    return { tables: header.tables.length, rows, createdAt: new Date(header.createdAt) };
  });
}
