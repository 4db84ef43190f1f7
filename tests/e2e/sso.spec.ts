import type { Page } from '@playwright/test';
import { startTestIdp, type TestIdp } from '../support/oidc-idp';
import { expectAccessible } from './support/axe';
import { E2E } from './support/env';
import { PASSWORD, seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// Single sign-on through a real OpenID provider (oidc-provider, started in this test process) and its own
// sign-in page in Chromium (issue 17.1, decision 0019). The admin sets it up on the admin screen.

const shot = (name: string) => `.tmp/e2e-results/sso-${name}.png`;
let idp: TestIdp;

test.beforeAll(async () => {
  idp = await startTestIdp({ redirectUri: `${E2E.baseURL}/api/v1/auth/sso/callback`, clientSecret: E2E.oidcClientSecret });
  const { ichiro } = seeded();
  idp.accounts.set('ichiro', { email: ichiro.email, email_verified: true, family_name: ichiro.familyName, given_name: ichiro.givenName });
  idp.accounts.set('stranger', { email: 'mishiru.hito@example.jp', email_verified: true, family_name: '見知', given_name: '人' });
});

// Whatever happened, the server is left without SSO for the specs after this one.
test.afterAll(async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: E2E.baseURL });
  await api.get('/api/v1/health');
  const csrf = (await api.storageState()).cookies.find((c) => c.name === 'mendan_csrf')?.value ?? '';
  const login = await api.post('/api/v1/auth/login', {
    data: { email: seeded().admin.email, password: PASSWORD },
    headers: { 'x-csrf-token': csrf },
  });
  const token = ((await login.json()) as { csrfToken: string }).csrfToken;
  const current = await (await api.get('/api/v1/admin/sso')).json();
  const { redirectUri: _r, secretConfigured: _s, ...settings } = current as Record<string, unknown>;
  await api.put('/api/v1/admin/sso', { data: { ...settings, enabled: false, ssoOnly: false }, headers: { 'x-csrf-token': token } });
  await api.dispose();
  await idp.stop();
});

/** Signs in at the provider's own (development) page, as the account named `login`. */
async function atProvider(page: Page, login: string, screenshot?: string) {
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  if (screenshot) await page.screenshot({ path: shot(screenshot), fullPage: true });
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('an admin sets up SSO on its screen, and an employee signs in through the provider’s page', async ({ page }) => {
  test.setTimeout(120_000);
  const { admin, ichiro } = seeded();
  await signIn(page, admin.email);
  await page.getByRole('navigation').getByRole('link', { name: 'シングルサインオン' }).click();
  await expect(page.getByRole('heading', { name: 'シングルサインオン(OpenID Connect)' })).toBeVisible();
  await expect(page.getByText('サーバーの環境変数 OIDC_CLIENT_SECRET に設定済みです(画面には表示しません)。')).toBeVisible();
  await expect(page.getByText(`${E2E.baseURL}/api/v1/auth/sso/callback`)).toBeVisible();

  await page.getByLabel('Issuer(発行者)の URL').fill(idp.issuer);
  await page.getByRole('button', { name: '接続を確認する' }).click();
  await expect(page.getByText('ID プロバイダーに接続できました。')).toBeVisible();
  await page.getByLabel('クライアント ID').fill(idp.clientId);
  await page.getByLabel('ログインを許可するメールアドレスのドメイン').fill('example.jp');
  await page.getByLabel('シングルサインオンを有効にする').check();
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('シングルサインオンの設定を保存しました。')).toBeVisible();
  await expectAccessible(page, 'sso settings');
  await page.screenshot({ path: shot('admin'), fullPage: true });
  await page.getByRole('button', { name: 'ログアウト' }).click();

  // The employee: one button on the sign-in page, the provider's page, and back home signed in.
  await expect(page.getByRole('link', { name: 'シングルサインオンでログイン' })).toBeVisible();
  await expect(page.getByLabel('パスワード')).toBeVisible();
  await expectAccessible(page, 'login with sso');
  await page.screenshot({ path: shot('login'), fullPage: true });
  await page.getByRole('link', { name: 'シングルサインオンでログイン' }).click();
  await atProvider(page, 'ichiro', 'provider');
  await expect(page).toHaveURL(`${E2E.baseURL}/`);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'ホーム' })).toBeVisible();
  await expect(page.getByText(`${ichiro.familyName} ${ichiro.givenName}`).first()).toBeVisible();
  await page.screenshot({ path: shot('signed-in'), fullPage: true });
});

test('someone the company has not registered is told so in Japanese, on the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'シングルサインオンでログイン' }).click();
  await atProvider(page, 'stranger');
  await expect(page).toHaveURL(/\/login\?sso_error=unknownPerson/);
  await expect(
    page.getByText('このアカウントのメールアドレスで登録されている社員が見つかりません。人事担当者または管理者にお問い合わせください。'),
  ).toBeVisible();
  await expectAccessible(page, 'sso refused');
  await page.screenshot({ path: shot('unknown'), fullPage: true });
});

test('SSO only: the password form hides behind the break-glass link, which the named admin still uses', async ({ page }) => {
  const { admin } = seeded();
  await signIn(page, admin.email);
  await page.goto('/admin/sso');
  await page.getByLabel('シングルサインオンのみ(パスワードでのログインを止める)').check();
  await page.getByLabel('緊急時にパスワードでログインできる管理者のメールアドレス').fill(admin.email);
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByText('シングルサインオンの設定を保存しました。')).toBeVisible();
  await page.getByRole('button', { name: 'ログアウト' }).click();

  await expect(page.getByText('このシステムには、会社のアカウント(シングルサインオン)でログインします。')).toBeVisible();
  await expect(page.getByLabel('パスワード')).toHaveCount(0);
  await expectAccessible(page, 'sso only');
  await page.screenshot({ path: shot('sso-only'), fullPage: true });
  await page.getByRole('link', { name: '管理者の緊急用ログイン(パスワード)' }).click();
  await page.getByLabel('メールアドレス').fill(admin.email);
  await page.getByLabel('パスワード').fill(PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'ホーム' })).toBeVisible();
});
