import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// 管理 → ディレクトリ同期(SCIM) in Chromium (issue 17.4, decision 0023): an admin issues a token (shown once), an identity
// provider's request with it works, and after revoking it is refused.

const shot = (name: string) => `.tmp/e2e-results/scim-${name}.png`;

test('an admin issues a SCIM token, it works once pasted, and revoking stops it', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, seeded().admin.email);
  await page.getByRole('navigation').getByRole('link', { name: 'ディレクトリ同期(SCIM)' }).click();
  await expect(page.getByRole('heading', { name: 'ディレクトリ同期(SCIM)', level: 1 })).toBeVisible();
  await expect(page.getByTestId('scim-tenant-url')).toHaveText(/\/scim\/v2$/);

  const form = page.getByRole('form', { name: '新しいトークン' });
  await form.getByLabel('名前(どの ID プロバイダー用か)').fill('Entra ID 本番');
  await form.getByRole('button', { name: 'トークンを発行' }).click();
  const token = (await page.getByTestId('scim-token').textContent())!.trim();
  expect(token).toMatch(/^scim_/);
  await page.screenshot({ path: shot('issued'), fullPage: true });

  const call = () => page.request.get('/scim/v2/Users?count=1', { headers: { authorization: `Bearer ${token}` } });
  const ok = await call();
  expect(ok.status()).toBe(200);
  expect(ok.headers()['content-type']).toContain('application/scim+json');

  await page.getByRole('button', { name: '閉じる' }).click();
  await expect(page.getByTestId('scim-token')).toHaveCount(0);
  const row = page.getByRole('row', { name: /Entra ID 本番/ });
  await expect(row).toContainText(token.slice(-4));
  await expect(row).toContainText('有効');
  await expectAccessible(page, 'scim');

  await row.getByRole('button', { name: '失効' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '失効' }).click();
  await expect(row).toContainText('失効済み');
  await page.screenshot({ path: shot('revoked'), fullPage: true });
  expect((await call()).status()).toBe(401);
});
