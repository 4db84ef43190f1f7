import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp } from '../support/harness';
import { lastMailTo, resetTokenIn } from '../support/mail';
import { parseMail as parse, type Received, startSmtpSink } from '../support/smtp';

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let port: number;
let inbox: Received[];
let t: TestApp;

beforeAll(async () => {
  sink = await startSmtpSink();
  port = sink.port;
  inbox = sink.inbox;
  const config = testConfig({ smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: 'https://mendan.example.jp' });
  t = await makeTestApp({ config });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

describe('mail over SMTP', () => {
  it('delivers the reset mail with its link, and the outbox keeps no link', async () => {
    const e = await makeEmployee(t.db, { familyName: '木村', givenName: '健' });
    const res = await t.client().post('/api/v1/auth/password-reset/request', { email: e.email });
    expect(res.status).toBe(202);
    await t.drain();

    const got = inbox.find((m) => m.to.includes(e.email));
    expect(got?.from).toBe('no-reply@mendan.local');
    const mail = parse(got!.raw);
    expect(mail.subject).toBe('【Mendan】パスワード再設定のご案内');
    expect(mail.text).toContain('木村 健 様');
    const token = resetTokenIn(mail.text);
    expect(mail.text).toContain(`https://mendan.example.jp/reset-password?token=${token}`);

    const row = await lastMailTo(t.db, e.email);
    expect(row?.status).toBe('sent');
    expect(row?.sentAt).toBeTruthy();
    expect(row?.bodyText).not.toContain(token);
    expect(row?.bodyText).toContain('木村 健 様');
    // Delivered: the full text is gone from the database.
    expect(row?.secretText).toBeNull();

    // The link from the delivered mail is the one that works.
    const c = t.client();
    expect((await c.post('/api/v1/auth/password-reset/confirm', { token, password: 'delivered by smtp' })).status).toBe(200);
    await t.client().login(e.email, 'delivered by smtp');
  });

  it('records a failed delivery on the outbox row (retried later) and still answers 202', async () => {
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const app = await makeTestApp({ config: testConfig({ smtpUrl: `smtp://127.0.0.1:${deadPort}`, mailFrom: 'x@example.jp' }) });
    try {
      const e = await makeEmployee(app.db);
      expect((await app.client().post('/api/v1/auth/password-reset/request', { email: e.email })).status).toBe(202);
      await expect(app.drain()).rejects.toThrow();
      const row = await lastMailTo(app.db, e.email);
      expect(row?.status).toBe('retrying');
      expect(row?.error).toBeTruthy();
    } finally {
      await app.close();
    }
  });
});

describe('mail without SMTP_URL', () => {
  it('lands in the outbox table, the link kept apart from what admins read', async () => {
    const app = await makeTestApp();
    try {
      const e = await makeEmployee(app.db);
      expect((await app.client().post('/api/v1/auth/password-reset/request', { email: e.email })).status).toBe(202);
      const row = await lastMailTo(app.db, e.email);
      expect(row?.status).toBe('outbox');
      expect(row?.sentAt).toBeNull();
      const token = resetTokenIn(row?.secretText);
      expect(row?.secretText).toContain(`${app.deps.config.publicUrl}/reset-password?token=${token}`);
      expect(row?.bodyText).not.toContain(token);
    } finally {
      await app.close();
    }
  });
});
