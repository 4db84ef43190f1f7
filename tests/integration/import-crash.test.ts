import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadyDb } from '../../src/bootstrap';
import type { DbHandle } from '../../src/db/client';
import { employees, importJournal } from '../../src/db/schema';
import { undoAbandonedImports } from '../../src/domain/imports/journal';
import { makeEmployee } from '../support/factories';
import { TestClient } from '../support/harness';
import { clonePgDatabase, killAllServers, startServer } from '../support/server-process';

// A server killed while an employee import writes its chunks: on the next start nothing of the file is left.

const onPg = process.env.TEST_DB === 'pg';
let env: Record<string, string>;
let open: (opts?: { migrate?: boolean }) => Promise<DbHandle>;
let cleanup: () => Promise<void>;
let hrEmail: string;
let firstId: string;

class Http {
  base = '';
  request = (path: string, init?: RequestInit) => fetch(this.base + path, init);
}

beforeAll(async () => {
  if (onPg) {
    const clone = await clonePgDatabase();
    env = { DATABASE_URL: clone.url };
    open = () => openReadyDb({ databaseUrl: clone.url, poolSize: 2, migrate: false });
    cleanup = clone.drop;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'mendan-import-crash-'));
    env = { DATA_DIR: dataDir };
    open = (opts) => openReadyDb({ dataDir, ...opts });
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const h = await open();
  try {
    hrEmail = (await makeEmployee(h.db, { roles: ['hr'] })).email;
    firstId = (await makeEmployee(h.db, { employeeNumber: 'KX00001', email: 'kx-old@example.jp', jobTitle: '一般' })).id;
  } finally {
    await h.close();
  }
});
afterAll(async () => {
  await killAllServers();
  await cleanup?.();
});

const state = async (h: DbHandle) => ({
  people: (await h.db.select({ n: sql<number>`count(*)::int` }).from(employees).where(like(employees.employeeNumber, 'KX%')))[0]!.n,
  journal: (await h.db.select().from(importJournal)).length,
  first: (await h.db.select().from(employees).where(eq(employees.id, firstId)))[0]!,
});

describe(`an import cut short by SIGKILL (${onPg ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('is undone when the server starts again', async () => {
    const http = new Http();
    const client = new TestClient(http, '127.0.0.1');
    const server = await startServer(env);
    http.base = server.baseUrl;
    await client.login(hrEmail);
    const lines = ['employee_number,family_name,given_name,email,job_title', 'KX00001,山田,太郎,kx-new@example.jp,主任'];
    for (let i = 2; i <= 3000; i++) lines.push(`KX${String(i).padStart(5, '0')},山田,太郎,kx${i}@example.jp,一般`);
    const res = await client.post('/api/v1/imports/employees/commit', `${lines.join('\r\n')}\r\n`, { 'content-type': 'text/csv' });
    expect(res.status).toBe(200);
    // Killed once some 1,500 rows are written: several chunks are committed, one is open.
    const reader = res.body!.getReader();
    let text = '';
    while (!/"done":1[5-9]\d\d,/.test(text)) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`the import ended before it could be killed:\n${text}`);
      text += new TextDecoder().decode(value);
    }
    await server.kill('SIGKILL');
    await reader.cancel().catch(() => {});

    // As the dead server left it: committed chunks and their journal.
    const raw = await open({ migrate: false });
    const left = await state(raw).finally(() => raw.close());
    expect(left.people).toBeGreaterThanOrEqual(1000);
    expect(left.journal).toBeGreaterThanOrEqual(2);
    expect(left.first.jobTitle).toBe('主任');

    // The next start undoes it (PGlite: at once; PostgreSQL: once the run has been silent for ABANDONED_MS, as here).
    const h = await openReadyDb(onPg ? { databaseUrl: env.DATABASE_URL, poolSize: 2 } : { dataDir: env.DATA_DIR! });
    try {
      if (onPg) await undoAbandonedImports(h.db, 0);
      const after = await state(h);
      expect(after).toMatchObject({ people: 1, journal: 0, first: { jobTitle: '一般', email: 'kx-old@example.jp' } });
    } finally {
      await h.close();
    }
  }, 180_000);
});
