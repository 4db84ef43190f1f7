import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';

/** A table as the database itself describes it: every table of the public schema is backed up. */
export type TableInfo = {
  name: string;
  /** Columns a restore writes (generated columns are computed again by the database). */
  insertable: string[];
  /** Columns fed by a sequence (identity or serial), whose sequence restore moves past the data. */
  sequenced: string[];
  /** Foreign keys onto the same table (managers, parent departments): rows must come parents first. */
  selfRefs: { cols: string[]; refCols: string[] }[];
};

type FkRow = { tbl: string; ref: string; cols: string; refcols: string };
type ColRow = { tbl: string; col: string; generated: string; sequenced: boolean };

/**
 * Reads tables, columns and foreign keys from the catalogs (identical on PGlite and PostgreSQL)
 * and orders the tables so every table comes after the tables it references.
 */
export async function readCatalog(db: Db): Promise<TableInfo[]> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`),
  ).map((r) => r.name);
  const cols = rowsOf<ColRow>(
    await db.execute(sql`select table_name as tbl, column_name as col, is_generated as generated,
        (is_identity = 'YES' or coalesce(column_default, '') like 'nextval(%') as sequenced
      from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`),
  );
  const fks = rowsOf<FkRow>(
    await db.execute(sql`select src.relname as tbl, dst.relname as ref,
        (select json_agg(a.attname order by k.ord) from unnest(con.conkey) with ordinality k(attnum, ord)
          join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum)::text as cols,
        (select json_agg(a.attname order by k.ord) from unnest(con.confkey) with ordinality k(attnum, ord)
          join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum)::text as refcols
      from pg_constraint con
      join pg_class src on src.oid = con.conrelid
      join pg_class dst on dst.oid = con.confrelid
      join pg_namespace n on n.oid = src.relnamespace
      where con.contype = 'f' and n.nspname = 'public'`),
  );

  const info = new Map<string, TableInfo>(tables.map((name) => [name, { name, insertable: [], sequenced: [], selfRefs: [] }]));
  for (const c of cols) {
    const t = info.get(c.tbl);
    if (!t) continue;
    if (c.generated !== 'ALWAYS') t.insertable.push(c.col);
    if (c.sequenced) t.sequenced.push(c.col);
  }
  const deps = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  for (const fk of fks) {
    if (fk.tbl === fk.ref) info.get(fk.tbl)?.selfRefs.push({ cols: JSON.parse(fk.cols), refCols: JSON.parse(fk.refcols) });
    else deps.get(fk.tbl)?.add(fk.ref);
  }

  // Depth-first topological order; names sorted so the order is the same on every run.
  const ordered: TableInfo[] = [];
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const d of [...(deps.get(t) ?? [])].sort()) visit(d);
    ordered.push(info.get(t)!);
  };
  for (const t of tables) visit(t);
  return ordered;
}

/** The applied migrations (drizzle's journal), which a restore must match exactly. */
export async function schemaVersion(db: Db): Promise<{ migrations: number; last: string | null }> {
  const rows = rowsOf<{ hash: string }>(await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at, id`));
  return { migrations: rows.length, last: rows.at(-1)?.hash ?? null };
}

export const versionLabel = (v: { migrations: number; last: string | null }) => `${v.migrations}/${(v.last ?? '-').slice(0, 12)}`;

/**
 * Orders rows of a self-referencing table so a referenced row always comes first
 * (a manager before their reports, a parent department before its children).
 */
export function parentsFirst(rows: Record<string, unknown>[], selfRefs: TableInfo['selfRefs']): Record<string, unknown>[] {
  if (selfRefs.length === 0) return rows;
  const key = (r: Record<string, unknown>, cols: string[]) => JSON.stringify(cols.map((c) => r[c] ?? null));
  const byKey = selfRefs.map((fk) => new Map(rows.map((r) => [key(r, fk.refCols), r])));
  const out: Record<string, unknown>[] = [];
  const state = new Map<Record<string, unknown>, 1 | 2>();
  for (const start of rows) {
    // Iterative depth-first walk: a deep management chain cannot overflow the stack.
    const stack: [Record<string, unknown>, number][] = [[start, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [row, i] = top;
      if (i === 0) {
        if (state.has(row)) {
          stack.pop();
          continue;
        }
        state.set(row, 1);
      }
      if (i < selfRefs.length) {
        top[1] = i + 1;
        const fk = selfRefs[i]!;
        const parent = fk.cols.every((c) => row[c] != null) ? byKey[i]!.get(key(row, fk.cols)) : undefined;
        if (parent && parent !== row && !state.has(parent)) stack.push([parent, 0]);
        continue;
      }
      state.set(row, 2);
      out.push(row);
      stack.pop();
    }
  }
  return out;
}
