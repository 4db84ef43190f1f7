import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mailOutbox } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp } from '../support/harness';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

describe('GET /admin/outbox', () => {
  it('answers 401 signed out and 403 to signed-in non-admins, HR included', async () => {
    expect((await t.client().get('/api/v1/admin/outbox')).status).toBe(401);
    for (const roles of [[], ['hr']] as ('hr' | 'admin')[][]) {
      const e = await makeEmployee(t.db, { roles });
      const res = await (await t.client().login(e.email)).get('/api/v1/admin/outbox');
      expect(res.status).toBe(403);
      expect((await res.json()).error.message).toBe('この操作を行う権限がありません。');
    }
  });

  it('lists mails newest first, paginated, with whitelisted fields, and audits the read', async () => {
    const base = Date.UTC(2030, 0, 1);
    for (let i = 0; i < 5; i++) {
      await t.db.insert(mailOutbox).values({
        toAddress: `r${i}@example.jp`,
        subject: `件名${i}`,
        bodyText: `本文${i}`,
        error: i === 4 ? 'connect ECONNREFUSED' : null,
        status: i === 4 ? 'failed' : 'outbox',
        createdAt: new Date(base + i * 60_000),
      });
    }
    const admin = await makeEmployee(t.db, { roles: ['admin'] });
    const c = await t.client().login(admin.email);
    const res = await c.get('/api/v1/admin/outbox?page=1&pageSize=2');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ page: 1, pageSize: 2, total: 5 });
    expect(body.items.map((m: { subject: string }) => m.subject)).toEqual(['件名4', '件名3']);
    expect(Object.keys(body.items[0]).sort()).toEqual(
      ['attempts', 'bodyText', 'canResend', 'createdAt', 'error', 'id', 'sentAt', 'status', 'subject', 'toAddress'].sort(),
    );
    // No SMTP on this server: nothing could re-send it.
    expect(body.items[0]).toMatchObject({
      toAddress: 'r4@example.jp',
      status: 'failed',
      error: 'connect ECONNREFUSED',
      sentAt: null,
      canResend: false,
    });

    const page3 = await (await c.get('/api/v1/admin/outbox?page=3&pageSize=2')).json();
    expect(page3.items.map((m: { subject: string }) => m.subject)).toEqual(['件名0']);

    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.read'), eq(auditLog.actorId, admin.id)));
    expect(reads).toHaveLength(2);
  });

  it('validates paging parameters', async () => {
    const admin = await makeEmployee(t.db, { roles: ['admin'] });
    const c = await t.client().login(admin.email);
    const res = await c.get('/api/v1/admin/outbox?pageSize=1000&sort=asc');
    expect(res.status).toBe(400);
    const fields = (await res.json()).error.fields;
    expect(fields.pageSize).toBe('200以下の値を入力してください。');
    expect(fields.sort).toBe('不明な項目です。');
  });
});
