import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/client';
import { preparedQuery } from '../../src/db/prepared';
import { auditLog, rounds } from '../../src/db/schema';
import { audit } from '../../src/domain/audit/audit';
import { openTestDb } from '../support/harness';

// Issue 16: a prepared query is built once per connection it runs on, transactions included — an autosave's
// transaction reuses what the previous one on that pooled connection built (PostgreSQL). Its answers are the same
// inside and outside a transaction, on both databases.
let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(() => h.close());

describe('preparedQuery', () => {
  it('answers inside and outside transactions, and builds once per pooled connection', async () => {
    let builds = 0;
    const byStatus = preparedQuery((db) => {
      builds++;
      return db
        .select({ n: sql<number>`count(*)::int` })
        .from(rounds)
        .where(eq(rounds.status, sql.placeholder('status')))
        .prepare('test_rounds_by_status');
    });
    const run = async () => (await byStatus(h.db).execute({ status: 'draft' }))[0]!.n;
    expect(await run()).toBe(0);
    expect(await run()).toBe(0);
    expect(builds).toBe(1);
    const inTx = () => h.db.transaction(async (tx) => (await byStatus(tx).execute({ status: 'draft' }))[0]!.n);
    for (let i = 0; i < 12; i++) expect(await inTx()).toBe(0);
    // PostgreSQL: one after another, the transactions get the pool's idle connection back (a build or two in all, not
    // twelve); PGlite: one per transaction (each has a client of its own).
    if (h.driver === 'pg') expect(builds).toBeLessThanOrEqual(3);
    else expect(builds).toBe(13);
  });

  it('the prepared audit insert keeps a detail as JSON and a missing one as NULL', async () => {
    await audit(h.db, {
      actor: null,
      action: 'settings.audit.update',
      entityType: 'settings',
      entityId: 'a',
      detail: { fields: ['x'], n: 1 },
    });
    await h.db.transaction((tx) => audit(tx, { actor: null, action: 'settings.audit.update', entityType: 'settings', entityId: 'b' }));
    const rows = await h.db
      .select({ id: auditLog.entityId, detail: auditLog.detail, isNull: sql<boolean>`${auditLog.detail} is null` })
      .from(auditLog)
      .where(sql`${auditLog.entityId} in ('a', 'b')`)
      .orderBy(auditLog.entityId);
    expect(rows).toEqual([
      { id: 'a', detail: { fields: ['x'], n: 1 }, isNull: false },
      { id: 'b', detail: null, isNull: true },
    ]);
  });
});
