import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mailOutbox, passwordResets, roleGrants } from '../../src/db/schema';
import { newToken, sha256 } from '../../src/domain/auth/tokens';
import { setSsoSettings } from '../../src/domain/sso/settings';
import { makeEmployee } from '../support/factories';
import { DEFAULT_PASSWORD } from '../support/harness';
import { DOMAIN, idpPerson, type SsoWorld, ssoSignIn, ssoWorld } from '../support/sso';

// The admin's SSO settings (the secret never leaves the environment) and SSO-only with a break-glass admin:
// passwords refused for everyone else at sign-in, reset and change (issue 17.1, decision 0019).

let w: SsoWorld;
beforeAll(async () => {
  w = await ssoWorld();
}, 60_000);
afterAll(() => w.close());

const PASSWORD_OFF = 'パスワードでのログインは使えません。「シングルサインオンでログイン」からログインしてください。';

describe('SSO settings', () => {
  it('shows the admin the settings, the redirect URI and whether a secret is set, never the secret', async () => {
    const res = await w.admin.get('/api/v1/admin/sso');
    const text = await res.text();
    expect(text).not.toContain(w.idp.clientSecret);
    expect(JSON.parse(text)).toEqual({
      ...w.settings,
      redirectUri: 'http://127.0.0.1:3999/api/v1/auth/sso/callback',
      secretConfigured: true,
    });
    // Nor does the audit log of the change hold it.
    const rows = await w.t.db.select().from(auditLog).where(eq(auditLog.action, 'settings.sso.update'));
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(w.idp.clientSecret);
    expect(rows[0]!.detail).toMatchObject({ changed: expect.arrayContaining(['enabled', 'issuer', 'clientId', 'allowedDomains']) });
  });

  it('refuses settings that would not work, field by field, in Japanese', async () => {
    const res = await w.admin.put('/api/v1/admin/sso', { ...w.settings, issuer: 'http://idp.example.jp', allowedDomains: ['例え'] });
    expect(res.status).toBe(400);
    const { fields } = (await res.json()).error;
    expect(fields.issuer).toBe('https:// で始まる URL を入力してください(http が使えるのは、このサーバー自身のアドレスだけです)。');
    expect(fields['allowedDomains.0']).toBe('ドメインの形式が正しくありません(例: example.co.jp)。');

    const noBreakGlass = await w.admin.put('/api/v1/admin/sso', { ...w.settings, ssoOnly: true, breakGlass: [] });
    expect((await noBreakGlass.json()).error.fields.breakGlass).toBe('緊急時にパスワードでログインできる管理者を1人以上指定してください。');

    const plain = await makeEmployee(w.t.db, { email: `ippan@${DOMAIN}` });
    const notAdmin = await w.admin.put('/api/v1/admin/sso', { ...w.settings, ssoOnly: true, breakGlass: [plain.email] });
    expect((await notAdmin.json()).error.fields['breakGlass.0']).toBe(
      `${plain.email} は、パスワードを設定済みの有効な管理者ではありません。`,
    );
  });

  it('cannot be turned on without OIDC_CLIENT_SECRET in the server’s environment', async () => {
    const actor = { id: '00000000-0000-0000-0000-000000000001', roles: new Set(['employee', 'admin'] as const), locale: 'ja' as const };
    await expect(setSsoSettings(w.t.db, { actor, settings: w.settings, publicUrl: 'http://x', secret: undefined })).rejects.toMatchObject({
      status: 400,
      fields: { enabled: { key: 'auth.sso.errors.secretMissing' } },
    });
  });

  it('tests the connection to an issuer for the admin', async () => {
    const ok = await (await w.admin.post('/api/v1/admin/sso/check', { issuer: w.idp.issuer })).json();
    expect(ok).toEqual({ ok: true, message: 'ID プロバイダーに接続できました。', detail: null });
    const bad = await (await w.admin.post('/api/v1/admin/sso/check', { issuer: 'http://127.0.0.1:9' })).json();
    expect(bad.ok).toBe(false);
    expect(bad.message).toBe('ID プロバイダーに接続できませんでした。URL とネットワークを確認してください。');
    expect(bad.detail).toMatch(/fetch failed|ECONNREFUSED/);
  });
});

describe('SSO only, with a break-glass admin', () => {
  let employee: Awaited<ReturnType<typeof makeEmployee>>;
  let formerAdmin: Awaited<ReturnType<typeof makeEmployee>>;
  let staleToken: string;
  beforeAll(async () => {
    employee = await makeEmployee(w.t.db, { email: `sato@${DOMAIN}` });
    formerAdmin = await makeEmployee(w.t.db, { email: `moto.kanri@${DOMAIN}`, roles: ['admin'] });
    // A reset link mailed before SSO-only was turned on.
    staleToken = newToken();
    await w.t.db
      .insert(passwordResets)
      .values({ tokenHash: sha256(staleToken), employeeId: employee.id, expiresAt: new Date(Date.now() + 3600_000) });
    const breakGlass = [w.adminEmail.toUpperCase(), formerAdmin.email];
    const res = await w.admin.put('/api/v1/admin/sso', { ...w.settings, ssoOnly: true, breakGlass });
    expect(res.status).toBe(200);
    expect((await res.json()).breakGlass).toEqual([w.adminEmail, formerAdmin.email]);
  });

  it('tells the sign-in page, which then hides the password form', async () => {
    expect(await (await w.client().get('/api/v1/auth/sso')).json()).toEqual({ enabled: true, ssoOnly: true });
  });

  it('refuses an employee’s right password with a clear message, and a wrong one as before (no hint who is break-glass)', async () => {
    const right = await w.client().post('/api/v1/auth/login', { email: employee.email, password: DEFAULT_PASSWORD });
    expect(right.status).toBe(403);
    expect((await right.json()).error.message).toBe(PASSWORD_OFF);
    const wrong = await w.client().post('/api/v1/auth/login', { email: w.adminEmail, password: 'not the password' });
    expect(wrong.status).toBe(401);
  });

  it('still lets the break-glass admin sign in with a password', async () => {
    const c = await w.client().login(w.adminEmail);
    expect((await (await c.get('/api/v1/auth/me')).json()).passwordSignIn).toBe(true);
  });

  it('refuses a password to a break-glass address whose admin role was taken away since', async () => {
    await w.t.db.delete(roleGrants).where(eq(roleGrants.employeeId, formerAdmin.id));
    const res = await w.client().post('/api/v1/auth/login', { email: formerAdmin.email, password: DEFAULT_PASSWORD });
    expect(res.status).toBe(403);
  });

  it('signs the employee in through SSO, and refuses them a password change', async () => {
    const c = w.client();
    expect((await ssoSignIn(c, idpPerson(w, employee.email))).location).toBe('/');
    expect((await (await c.get('/api/v1/auth/me')).json()).passwordSignIn).toBe(false);
    const change = await c.post('/api/v1/auth/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'a brand new password' });
    expect(change.status).toBe(403);
    expect((await change.json()).error.message).toBe(PASSWORD_OFF);
  });

  it('mails no reset link to the employee but says why; the break-glass admin still gets one', async () => {
    expect((await w.client().post('/api/v1/auth/password-reset/request', { email: employee.email })).status).toBe(202);
    expect((await w.client().post('/api/v1/auth/password-reset/request', { email: w.adminEmail })).status).toBe(202);
    const [toEmployee] = await w.t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, employee.email))
      .orderBy(desc(mailOutbox.createdAt));
    expect(toEmployee!.subject).toBe('【Mendan】パスワードの再設定について');
    expect(toEmployee!.bodyText).toContain('シングルサインオンでのみ利用できる設定');
    expect(toEmployee!.bodyText).not.toContain('reset-password');
    const [toAdmin] = await w.t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, w.adminEmail));
    expect(toAdmin!.subject).toBe('【Mendan】パスワード再設定のご案内');
    const refused = await w.t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.password_reset.sso_only'), eq(auditLog.entityId, employee.id)));
    expect(refused).toHaveLength(1);
  });

  it('refuses a reset link mailed before SSO-only was turned on', async () => {
    const res = await w.client().post('/api/v1/auth/password-reset/confirm', { token: staleToken, password: 'a brand new password' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe(PASSWORD_OFF);
  });

  it('gives passwords back when SSO-only is turned off', async () => {
    expect((await w.admin.put('/api/v1/admin/sso', w.settings)).status).toBe(200);
    await w.client().login(employee.email);
  });
});
