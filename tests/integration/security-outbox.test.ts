import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema';
import { makeEmployee } from '../support/factories';
import { makeTestApp, TestClient, type TestApp } from '../support/harness';
import { lastMailTo, resetTokenIn } from '../support/mail';
import { runCli } from '../support/cli';

// Issue 12, item 5: a reset link is for its recipient alone — no admin screen may show a live one.

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(() => t.close());

const cli = (argv: string[]) => runCli(t.handle, argv, { env: { LANG: 'ja_JP.UTF-8' } });

describe('reset links and the admin outbox', () => {
  it('an admin reads that a reset mail went out, never its link, on any admin screen', async () => {
    const manager = await makeEmployee(t.db, { familyName: '佐藤', givenName: '一郎' });
    const admin = await makeEmployee(t.db, { roles: ['admin'] });
    expect((await new TestClient(t.app, '10.9.0.1').post('/api/v1/auth/password-reset/request', { email: manager.email })).status).toBe(
      202,
    );
    const token = resetTokenIn((await lastMailTo(t.db, manager.email))?.secretText);

    const c = await t.client().login(admin.email);
    const outbox = await c.get('/api/v1/admin/outbox?pageSize=200');
    expect(outbox.status).toBe(200);
    const text = await outbox.text();
    expect(text).not.toContain(token);
    const mail = (JSON.parse(text) as { items: { toAddress: string; bodyText: string }[] }).items.find(
      (m) => m.toAddress === manager.email,
    )!;
    expect(mail.bodyText).toContain('佐藤 一郎 様');
    expect(mail.bodyText).not.toContain('token=');
    for (const path of ['/api/v1/admin/audit?pageSize=200', '/api/v1/admin/audit.csv', '/api/v1/notifications']) {
      const res = await c.get(path);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain(token);
    }
    // The link still works for its recipient.
    expect(
      (await new TestClient(t.app, '10.9.0.2').post('/api/v1/auth/password-reset/confirm', { token, password: 'the owner resets it' }))
        .status,
    ).toBe(200);
  });

  it('masks a secret in any mail body shown, whichever feature wrote it', async () => {
    const to = 'someone@example.jp';
    await t.db.insert(mailOutbox).values({
      toAddress: to,
      subject: '招待',
      bodyText: 'https://x.example.jp/accept?code=ABC123&lang=ja と https://x.example.jp/r?token=XYZ789',
    });
    const admin = await makeEmployee(t.db, { roles: ['admin'] });
    const c = await t.client().login(admin.email);
    const { items } = (await (await c.get('/api/v1/admin/outbox?pageSize=200')).json()) as {
      items: { toAddress: string; bodyText: string }[];
    };
    const body = items.find((m) => m.toAddress === to)!.bodyText;
    expect(body).toBe('https://x.example.jp/accept?code=********&lang=ja と https://x.example.jp/r?token=********');
  });

  it('without SMTP, the operator hands the person their link with `mendan outbox --to`', async () => {
    const e = await makeEmployee(t.db);
    expect((await new TestClient(t.app, '10.9.0.3').post('/api/v1/auth/password-reset/request', { email: e.email })).status).toBe(202);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    const shown = await cli(['outbox', '--to', e.email.toUpperCase()]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`/reset-password?token=${token}`);
    expect(shown.out).toContain('パスワード再設定のご案内');
    expect((await cli(['outbox', '--to', 'nobody@example.jp'])).out).toBe('nobody@example.jp 宛てのメールはありません。');
    expect((await cli(['outbox'])).code).toBe(2);
  });
});
