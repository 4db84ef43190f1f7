import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { openReadyDb } from '../../src/bootstrap';
import { employees } from '../../src/db/schema';
import { audit } from '../../src/domain/audit/audit';
import { makeEmployee } from '../support/factories';
import { openTestDb } from '../support/harness';
import { runCli } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'mendan-backup-'));
const handles: DbHandle[] = [];
afterAll(async () => {
  for (const h of handles) await h.close();
  rmSync(dir, { recursive: true, force: true });
});
const track = (h: DbHandle) => {
  handles.push(h);
  return h;
};

const cli = (h: DbHandle, argv: string[]) => runCli(h, argv);

/** Every table's rows as sorted JSON text, written by the database itself: equal data, equal text. */
async function snapshot(h: DbHandle): Promise<Record<string, string[]>> {
  const res = (await h.db.execute(sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by 1`)) as unknown as { rows: { name: string }[] };
  const out: Record<string, string[]> = {};
  for (const { name } of res.rows) {
    const rows = (await h.db.execute(sql`select row_to_json(x)::text as j from ${sql.identifier(name)} x`)) as unknown as {
      rows: { j: string }[];
    };
    out[name] = rows.rows.map((r) => r.j).sort();
  }
  return out;
}

let source: DbHandle;
let file: string;
beforeAll(async () => {
  source = track(await openTestDb());
  // A seeded company, roles, a report stored before their manager, audit rows with nested jsonb.
  expect((await cli(source, ['seed-demo', '--employees', '60', '--seed', '3'])).code).toBe(0);
  const boss = await makeEmployee(source.db, { employeeNumber: 'Z-BOSS' });
  await makeEmployee(source.db, { employeeNumber: 'Z-1', managerId: boss.id, hireDate: '2020-02-29' });
  // Updating the manager moves their row after the report's in a table scan: restore must reorder.
  await source.db.update(employees).set({ jobTitle: '部長' }).where(sql`${employees.id} = ${boss.id}`);
  await audit(source.db, { actor: null, action: 'demo.seed', entityType: 'employee', detail: { a: [1, { b: '日本語' }], n: null } });
  file = join(dir, 'backup.ndjson.gz');
  const r = await cli(source, ['backup', file]);
  expect(r).toMatchObject({ code: 0, err: '' });
  expect(r.out).toMatch(/バックアップを「.*」に書き出しました/);
});

describe('backup and restore', () => {
  it('writes gzip NDJSON: a header with the schema version, rows, an end line', () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'mendan-backup', version: 1, schema: { migrations: expect.any(Number) } });
    expect(header.tables.indexOf('departments')).toBeLessThan(header.tables.indexOf('employees'));
    expect(header.tables.indexOf('employees')).toBeLessThan(header.tables.indexOf('role_grants'));
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true, rows: { employees: 62 } });
  });

  it('restores into a fresh database (PGlite) with the same rows, then back into the test database', async () => {
    const expected = await snapshot(source);
    const lite = track(await openReadyDb({ dataDir: 'memory://' }));
    await makeEmployee(lite.db, { employeeNumber: 'WILL-BE-REPLACED' });
    expect((await cli(lite, ['restore', file])).code).toBe(1); // no --yes
    const r = await cli(lite, ['restore', file, '--yes']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(await snapshot(lite)).toEqual(expected);

    // And back again: a backup of the restored PGlite restores into the other driver when TEST_DB=pg.
    const second = join(dir, 'second.ndjson.gz');
    expect((await cli(lite, ['backup', second])).code).toBe(0);
    const target = track(await openTestDb());
    expect((await cli(target, ['restore', second, '--yes'])).code).toBe(0);
    expect(await snapshot(target)).toEqual(expected);

    // Identity sequences continue after the restored rows.
    await audit(target.db, { actor: null, action: 'demo.seed', entityType: 'employee' });
    const ids = (await target.db.execute(sql`select count(distinct id)::int as d, count(*)::int as n from audit_log`)) as unknown as {
      rows: { d: number; n: number }[];
    };
    expect(ids.rows[0]!.d).toBe(ids.rows[0]!.n);
  }, 120_000); // opens a fresh embedded database, restores and re-derives its jobs: slow on a loaded machine

  it('refuses other schema versions, other files and cut files, changing nothing', async () => {
    const target = track(await openTestDb());
    await makeEmployee(target.db, { employeeNumber: 'KEEP-ME' });
    const before = await snapshot(target);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');

    const header = JSON.parse(lines[0]!);
    header.schema.last = 'f'.repeat(64);
    const other = join(dir, 'other.ndjson.gz');
    writeFileSync(other, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    const r1 = await cli(target, ['restore', other, '--yes']);
    expect(r1.code).toBe(1);
    expect(r1.err).toMatch(/スキーマのバージョンが一致しません/);

    const cut = join(dir, 'cut.ndjson.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, -5).join('\n')));
    expect(await cli(target, ['restore', cut, '--yes'])).toMatchObject({ code: 1, err: expect.stringMatching(/途中で終わっています/) });

    const junk = join(dir, 'junk.csv');
    writeFileSync(junk, 'a,b\n1,2\n');
    expect(await cli(target, ['restore', junk, '--yes'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/バックアップファイルではありません/),
    });

    expect(await snapshot(target)).toEqual(before);
    const [keep] = await target.db.select().from(employees).where(sql`${employees.employeeNumber} = 'KEEP-ME'`);
    expect(keep).toBeTruthy();
  });
});
