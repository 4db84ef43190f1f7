import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

test("an employee gets 「見つかりませんでした」 for someone else's profile, sees their own, and signs out", async ({ page }) => {
  const { ichiro, jiro } = seeded();
  await signIn(page, ichiro.email);
  await expectAccessible(page, 'home');

  await page.goto(`/employees/${jiro.id}`);
  await expect(page.getByRole('heading', { name: '見つかりませんでした' })).toBeVisible();
  const body = page.locator('body');
  for (const secret of [jiro.givenName, 'ジロウ', jiro.email, jiro.employeeNumber]) await expect(body).not.toContainText(secret);
  await expectAccessible(page, 'not found');

  await page.goto(`/employees/${ichiro.id}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: /社員\s*一郎/ })).toBeVisible();
  await expect(main).toContainText(ichiro.email);
  await expectAccessible(page, 'own profile');

  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: 'ログイン', exact: true })).toBeVisible();
  await expectAccessible(page, 'login after sign-out');
  expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
});
