import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { auditLog, passwordResets, sessions } from '../../src/db/schema';
import { sha256 } from '../../src/domain/auth/tokens';
import { makeEmployee } from '../support/factories';
import { makeTestApp, TestClient, type TestApp } from '../support/harness';
import { lastMailTo, mailCount, resetTokenIn } from '../support/mail';

const NEW_PASSWORD = 'a brand new passphrase';
let t: TestApp;
let ipSeq = 0;
// Each test asks from its own address so the per-IP reset throttle of one never touches another.
const client = () => new TestClient(t.app, `192.0.2.${++ipSeq}`);

beforeAll(async () => {
  t = await makeTestApp({ config: { ...testConfig(), trustProxy: true } });
});
afterAll(() => t.close());

async function requestReset(email: string, c = client()) {
  return c.post('/api/v1/auth/password-reset/request', { email });
}

describe('password reset request', () => {
  it('mails a link in the recipient’s language and answers 202', async () => {
    const e = await makeEmployee(t.db, { familyName: '中村', givenName: '花子' });
    const res = await requestReset(e.email.toUpperCase());
    expect(res.status).toBe(202);
    const mail = await lastMailTo(t.db, e.email);
    expect(mail?.subject).toBe('【Mendan】パスワード再設定のご案内');
    expect(mail?.secretText).toContain('中村 花子 様');
    expect(mail?.secretText).toContain('60分以内');
    expect(mail?.secretText).toContain(`${t.deps.config.publicUrl}/reset-password?token=`);
    expect(mail?.status).toBe('outbox');
    // What admins read names the mail but holds no link.
    expect(mail?.bodyText).toContain('中村 花子 様');
    expect(mail?.bodyText).not.toContain('token=');

    const en = await makeEmployee(t.db, { locale: 'en', familyName: 'Smith', givenName: 'Anna' });
    await requestReset(en.email);
    const enMail = await lastMailTo(t.db, en.email);
    expect(enMail?.subject).toBe('[Mendan] Resetting your password');
    expect(enMail?.secretText).toContain('Dear Anna Smith,');
  });

  it('stores only the SHA-256 of the token, expiring in 60 minutes', async () => {
    const e = await makeEmployee(t.db);
    await requestReset(e.email);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    const rows = await t.db
      .select({ hash: passwordResets.tokenHash, minutes: sql<number>`extract(epoch from ${passwordResets.expiresAt} - now()) / 60` })
      .from(passwordResets)
      .where(eq(passwordResets.employeeId, e.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.hash).toBe(sha256(token));
    expect(rows[0]?.hash).not.toContain(token);
    expect(Number(rows[0]?.minutes)).toBeGreaterThan(58);
    expect(Number(rows[0]?.minutes)).toBeLessThanOrEqual(60);
  });

  it('answers the same for unknown and retired addresses, and sends nothing', async () => {
    const retired = await makeEmployee(t.db, { status: 'retired' });
    const known = await makeEmployee(t.db);
    const a = await requestReset('nobody-here@example.jp');
    const b = await requestReset(retired.email);
    const c = await requestReset(known.email);
    expect([a.status, b.status, c.status]).toEqual([202, 202, 202]);
    const bodies = await Promise.all([a.text(), b.text(), c.text()]);
    expect(new Set(bodies).size).toBe(1);
    expect(await mailCount(t.db, 'nobody-here@example.jp')).toBe(0);
    expect(await mailCount(t.db, retired.email)).toBe(0);
    expect(await mailCount(t.db, known.email)).toBe(1);
  });

  it('validates the address field-by-field and rejects unknown fields', async () => {
    const res = await client().post('/api/v1/auth/password-reset/request', { email: 'nope', extra: true });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.fields.email).toBe('メールアドレスの形式が正しくありません。');
    expect(body.error.fields.extra).toBe('不明な項目です。');
  });

  it('mails one address at most three times an hour, still answering 202', async () => {
    const e = await makeEmployee(t.db);
    for (let i = 0; i < 5; i++) expect((await requestReset(e.email)).status).toBe(202);
    expect(await mailCount(t.db, e.email)).toBe(3);
  });

  it('refuses one IP that asks for many addresses with 429', async () => {
    const c = client();
    for (let i = 0; i < 20; i++) expect((await requestReset(`flood${i}@example.jp`, c)).status).toBe(202);
    const res = await requestReset('flood-last@example.jp', c);
    expect(res.status).toBe(429);
    expect((await res.json()).error.message).toBe('試行回数が多すぎます。しばらく待ってからやり直してください。');
    expect((await requestReset('flood-last@example.jp')).status).toBe(202);
  });
});

describe('password reset confirm', () => {
  it('sets the new password, ends every session and audits', async () => {
    const e = await makeEmployee(t.db);
    const signedIn = await client().login(e.email);
    const other = await client().login(e.email);
    await requestReset(e.email);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);

    const res = await client().post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(res.status).toBe(200);
    expect((await signedIn.get('/api/v1/auth/me')).status).toBe(401);
    expect((await other.get('/api/v1/auth/me')).status).toBe(401);
    expect(await t.db.select().from(sessions).where(eq(sessions.employeeId, e.id))).toHaveLength(0);

    expect((await client().post('/api/v1/auth/login', { email: e.email, password: 'correct horse battery' })).status).toBe(401);
    await client().login(e.email, NEW_PASSWORD);
    const audited = await t.db
      .select({ actorId: auditLog.actorId, ip: auditLog.ip })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.password_reset.completed'), eq(auditLog.entityId, e.id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]?.actorId).toBe(e.id);
    expect(audited[0]?.ip).toMatch(/^192\.0\.2\./);
  });

  it('works once: a second use answers 400 with the localized message', async () => {
    const e = await makeEmployee(t.db, { locale: 'en' });
    await requestReset(e.email);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    const c = client();
    expect((await c.post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD })).status).toBe(200);
    const again = await c.post('/api/v1/auth/password-reset/confirm', { token, password: 'yet another passphrase' });
    expect(again.status).toBe(400);
    const body = await again.json();
    expect(body.error.code).toBe('resetTokenInvalid');
    expect(body.error.message).toMatch(/このリンクは無効か、有効期限が切れています/);
    const en = await c.post(
      '/api/v1/auth/password-reset/confirm',
      { token, password: 'yet another passphrase' },
      { 'accept-language': 'en' },
    );
    expect((await en.json()).error.message).toBe('This link is invalid or has expired. Please request a new password reset.');
    await client().login(e.email, NEW_PASSWORD);
  });

  it('lets only one of two simultaneous uses of a token through', async () => {
    const e = await makeEmployee(t.db);
    await requestReset(e.email);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    const [a, b] = await Promise.all([
      client().post('/api/v1/auth/password-reset/confirm', { token, password: 'racing passphrase A' }),
      client().post('/api/v1/auth/password-reset/confirm', { token, password: 'racing passphrase B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 400]);
  });

  it('refuses an expired token, an unknown token and a superseded token', async () => {
    const e = await makeEmployee(t.db);
    await requestReset(e.email);
    const first = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    await requestReset(e.email);
    const second = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    expect(second).not.toBe(first);
    const c = client();
    const confirm = (token: string) => c.post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect((await confirm(first)).status).toBe(400);
    expect((await confirm('not-a-real-token')).status).toBe(400);

    await t.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.employeeId, e.id));
    expect((await confirm(second)).status).toBe(400);
    await client().login(e.email);
  });

  it('refuses a token once the person has retired', async () => {
    const e = await makeEmployee(t.db);
    await requestReset(e.email);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    await t.db.execute(sql`update employees set status = 'retired' where id = ${e.id}`);
    const res = await client().post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(res.status).toBe(400);
  });

  it('keeps the password rules: too short is a field error and the token stays usable', async () => {
    const e = await makeEmployee(t.db);
    await requestReset(e.email);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    const c = client();
    const short = await c.post('/api/v1/auth/password-reset/confirm', { token, password: 'short' });
    expect(short.status).toBe(400);
    expect((await short.json()).error.fields.password).toBe('10文字以上で入力してください。');
    expect((await c.post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD })).status).toBe(200);
  });

  it('lets someone locked out by failed logins in again after the reset', async () => {
    const e = await makeEmployee(t.db);
    const c = client();
    for (let i = 0; i < 5; i++) await c.post('/api/v1/auth/login', { email: e.email, password: 'wrong password!' });
    expect((await c.post('/api/v1/auth/login', { email: e.email, password: 'correct horse battery' })).status).toBe(429);
    await requestReset(e.email);
    const token = resetTokenIn((await lastMailTo(t.db, e.email))?.secretText);
    expect((await c.post('/api/v1/auth/password-reset/confirm', { token, password: NEW_PASSWORD })).status).toBe(200);
    await client().login(e.email, NEW_PASSWORD);
  });
});
