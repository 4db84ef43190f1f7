import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testConfig } from '../../src/config';
import type { Db } from '../../src/db/client';
import { jobHandlers } from '../../src/jobs/handlers';
import { startWorkers } from '../../src/jobs/queue';
import { rowsOf } from '../../src/db/rows';
import { auditLog, mailOutbox } from '../../src/db/schema';
import { runCli } from '../support/cli';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, TestClient } from '../support/harness';
import { lastMailTo, resetTokenIn } from '../support/mail';
import { parseMail, refusingPort, startSmtpSink } from '../support/smtp';

// Issue 13 item 3 / issue 14 item 3: mail goes out through a durable `mail.send` job, retried for hours.

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;
let port: number;
let sink: Sink | null = null;
let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'mendan-mail-'));

beforeAll(async () => {
  port = await refusingPort();
  t = await makeTestApp({ config: testConfig({ smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: 'https://mendan.example.jp' }) });
});
afterAll(async () => {
  await sink?.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** SMTP comes back on the port the app sends to; its inbox starts empty. */
async function smtpUp() {
  sink ??= await startSmtpSink(port);
  sink.inbox.length = 0;
  return sink;
}
async function smtpDown() {
  await sink?.close();
  sink = null;
}

type JobRow = { state: string; retry_count: number; retry_limit: number; due_in: number };
const jobsOf = async (db: Db, mailId: string) =>
  rowsOf<JobRow>(
    await db.execute(sql`select state, retry_count, retry_limit, extract(epoch from start_after - now())::float8 as due_in
      from pgboss.job where name = 'mail.send' and singleton_key = ${mailId} order by created_on`),
  );
/** The retry's time comes (instead of waiting for it). */
const makeDue = (db: Db, mailId: string) =>
  db.execute(sql`update pgboss.job set start_after = now() - interval '1 second'
    where name = 'mail.send' and singleton_key = ${mailId} and state < 'active'`);
const mailRow = async (id: string) => (await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id)))[0]!;

let ip = 0;
/** Asks for a password reset: a mail with a secret (the link) that must go out and then be forgotten. */
async function resetMail() {
  const e = await makeEmployee(t.db);
  const res = await new TestClient(t.app, `10.77.0.${++ip}`).post('/api/v1/auth/password-reset/request', { email: e.email });
  expect(res.status).toBe(202);
  const row = (await lastMailTo(t.db, e.email))!;
  return { e, row, token: resetTokenIn(row.secretText) };
}

describe('mail delivery as a job', () => {
  it('sends nothing, and queues nothing, for a change that rolls back', async () => {
    const inbox = (await smtpUp()).inbox;
    const to = 'rolled-back@example.jp';
    const jobCount = async () => rowsOf(await t.db.execute(sql`select id from pgboss.job where name = 'mail.send'`)).length;
    const before = await jobCount();
    await expect(
      t.db.transaction(async (tx) => {
        await t.deps.mailer.send(tx, { to, subject: '取り消される', text: '本文' });
        throw new Error('the change fails after the mail was written');
      }),
    ).rejects.toThrow('the change fails');
    await t.drain();
    expect(inbox).toEqual([]);
    expect(await lastMailTo(t.db, to)).toBeUndefined();
    expect(await jobCount()).toBe(before);
  });

  it('keeps a mail through an SMTP outage, with the error, and delivers it once when SMTP is back', async () => {
    await smtpDown();
    const { e, row, token } = await resetMail();
    expect(row).toMatchObject({ status: 'pending', attempts: 0, sentAt: null });
    expect(await jobsOf(t.db, row.id)).toMatchObject([{ state: 'created', retry_limit: 10 }]);

    await expect(t.drain()).rejects.toThrow(/ECONNREFUSED/);
    expect(await mailRow(row.id)).toMatchObject({ status: 'retrying', attempts: 1, error: expect.stringMatching(/ECONNREFUSED/) });
    // Not sent yet, so the link is still kept for the delivery.
    expect((await mailRow(row.id)).secretText).toContain(token);
    const [job] = await jobsOf(t.db, row.id);
    expect(job!.state).toBe('retry');
    expect(job!.due_in).toBeGreaterThan(20);
    expect(await t.drain()).toBe(0); // the retry is not due yet

    const inbox = (await smtpUp()).inbox;
    await makeDue(t.db, row.id);
    expect(await t.drain()).toBe(1);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.to).toEqual([e.email]);
    const mail = parseMail(inbox[0]!.raw);
    expect(mail.text).toContain(`https://mendan.example.jp/reset-password?token=${token}`);
    expect(mail.messageId).toBe(`<${row.id}@mendan.local>`);
    const sent = await mailRow(row.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, secretText: null });
    expect(sent.sentAt).toBeTruthy();

    // Whatever runs again, a sent mail stays sent once: a stray job, a late retry, the admin's button.
    await t.deps.mailer.requeue(t.db, row.id);
    await makeDue(t.db, row.id);
    await t.drain();
    expect(inbox).toHaveLength(1);
    expect(await mailRow(row.id)).toMatchObject({ status: 'sent', attempts: 2 });
    const admin = await t.client().login((await makeEmployee(t.db, { roles: ['admin'] })).email);
    const again = await admin.post(`/api/v1/admin/outbox/${row.id}/resend`);
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe('このメールは送信済みです。同じメールを再送することはできません。');
    expect(inbox).toHaveLength(1);
  });

  it('gives up after the last retry, hours after the first try; the admin re-sends it', async () => {
    await smtpDown();
    const { row, token } = await resetMail();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 11; attempt++) {
      await expect(t.drain()).rejects.toThrow(/ECONNREFUSED/);
      const [job] = await jobsOf(t.db, row.id);
      if (attempt <= 10) {
        expect(job!.state).toBe('retry');
        expect(await mailRow(row.id)).toMatchObject({ status: 'retrying', attempts: attempt });
        waits.push(job!.due_in);
        await makeDue(t.db, row.id);
      } else expect(job!.state).toBe('failed');
    }
    // Backoff: the waits double, the last over four hours, eight and a half hours or more in all.
    expect(waits[9]!).toBeGreaterThan(30 * 2 ** 9 - 5);
    expect(waits.reduce((a, b) => a + b, 0) / 3600).toBeGreaterThan(8.5);
    expect(await mailRow(row.id)).toMatchObject({ status: 'failed', attempts: 11, error: expect.stringMatching(/ECONNREFUSED/) });
    expect(await t.drain()).toBe(0); // failed for good: nothing more is tried

    // The admin sees it failed, with the error, and may re-send it; others may not.
    const admin = await t.client().login((await makeEmployee(t.db, { roles: ['admin'] })).email);
    const listed = await admin.get('/api/v1/admin/outbox?pageSize=200');
    const text = await listed.text();
    expect(text).not.toContain(token);
    const item = (JSON.parse(text) as { items: { id: string }[] }).items.find((m) => m.id === row.id);
    expect(item).toMatchObject({ status: 'failed', attempts: 11, canResend: true, error: expect.stringMatching(/ECONNREFUSED/) });
    const hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
    expect((await hr.post(`/api/v1/admin/outbox/${row.id}/resend`)).status).toBe(403);
    expect((await admin.post('/api/v1/admin/outbox/00000000-0000-4000-8000-000000000000/resend')).status).toBe(404);

    const resent = await admin.post(`/api/v1/admin/outbox/${row.id}/resend`);
    expect(resent.status).toBe(200);
    const resentText = await resent.text();
    expect(resentText).not.toContain(token);
    expect(JSON.parse(resentText)).toMatchObject({ id: row.id, status: 'pending', canResend: false });
    const pressedTwice = await admin.post(`/api/v1/admin/outbox/${row.id}/resend`);
    expect(pressedTwice.status).toBe(409);
    expect((await pressedTwice.json()).error.message).toContain('まだ送信の途中です');
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.resend'), eq(auditLog.entityId, row.id)));
    expect(audited).toHaveLength(1);

    const inbox = (await smtpUp()).inbox;
    expect(await t.drain()).toBe(1);
    expect(inbox).toHaveLength(1);
    expect(parseMail(inbox[0]!.raw).text).toContain(`reset-password?token=${token}`);
    expect(await mailRow(row.id)).toMatchObject({ status: 'sent', attempts: 12, secretText: null });
  });

  it('sends the invitation stored with the mail, then forgets its content', async () => {
    const inbox = (await smtpUp()).inbox;
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:面談\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    await t.deps.mailer.send(t.db, {
      to: 'invitee@example.jp',
      subject: '面談のご案内',
      text: '日時が決まりました。',
      ics: { method: 'REQUEST', content: ics },
    });
    const row = (await lastMailTo(t.db, 'invitee@example.jp'))!;
    expect(row).toMatchObject({ status: 'pending', icsMethod: 'REQUEST', icsContent: ics });
    await t.drain();
    expect(inbox[0]!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    expect(await mailRow(row.id)).toMatchObject({ status: 'sent', icsMethod: 'REQUEST', icsContent: null });
  });
});

describe('the CLI, which runs no workers', () => {
  it('delivers the mail its command queued before it exits; on an outage leaves it queued for the server', async () => {
    const inbox = (await smtpUp()).inbox;
    const moved = await makeEmployee(t.db, { email: 'cli-old@example.jp' });
    const csv = (email: string) => {
      const p = join(dir, `${email}.csv`);
      writeFileSync(
        p,
        `employee_number,family_name,given_name,email\n${moved.employeeNumber},${moved.familyName},${moved.givenName},${email}\n`,
      );
      return p;
    };
    const env = { LANG: 'ja_JP.UTF-8', SMTP_URL: `smtp://127.0.0.1:${port}` };
    const ok = await runCli(t.handle, ['import-csv', '--type', 'employees', csv('cli-new@example.jp')], { env });
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(inbox.map((m) => m.to)).toEqual([['cli-old@example.jp']]);
    expect((await lastMailTo(t.db, 'cli-old@example.jp'))?.status).toBe('sent');

    await smtpDown();
    const down = await runCli(t.handle, ['import-csv', '--type', 'employees', csv('cli-newer@example.jp')], { env });
    expect(down.code).toBe(0);
    expect(down.err).toContain('メールの一部を送信できませんでした');
    const row = (await lastMailTo(t.db, 'cli-new@example.jp'))!;
    expect(row.status).toBe('retrying');
    expect(await jobsOf(t.db, row.id)).toMatchObject([{ state: 'retry' }]);
  });
});

describe('without SMTP_URL (the dev default)', () => {
  it('the outbox row is the delivery: nothing is queued', async () => {
    const dev = await makeTestApp();
    try {
      await dev.deps.mailer.send(dev.db, { to: 'dev@example.jp', subject: '開発', text: '本文' });
      const row = (await lastMailTo(dev.db, 'dev@example.jp'))!;
      expect(row).toMatchObject({ status: 'outbox', attempts: 0 });
      expect(await jobsOf(dev.db, row.id)).toEqual([]);
      expect(await dev.drain()).toBe(0);
    } finally {
      await dev.close();
    }
  });
});

describe("the server's workers", () => {
  it('deliver queued mail in batches, each mail once', async () => {
    const inbox = (await smtpUp()).inbox;
    for (let i = 0; i < 7; i++) await t.deps.mailer.send(t.db, { to: `batch${i}@example.jp`, subject: `一括${i}`, text: '本文' });
    // Stopped by t.close() (last in this file: drain() and workers would share the queue).
    await startWorkers(t.deps, { 'mail.send': jobHandlers['mail.send'] }, 0.5);
    await vi.waitFor(() => expect(inbox).toHaveLength(7), { timeout: 15_000, interval: 100 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(inbox.map((m) => m.to[0]).sort()).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `batch${i}@example.jp`));
    for (let i = 0; i < 7; i++) expect((await lastMailTo(t.db, `batch${i}@example.jp`))?.status).toBe('sent');
  });
});
