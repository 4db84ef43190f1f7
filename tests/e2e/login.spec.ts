import { expectAccessible } from './support/axe';
import { PASSWORD, seeded } from './support/people';
import { expect, test } from './support/test';

test('a wrong password shows the Japanese error; switching to English relabels the form', async ({ page }) => {
  const { jiro } = seeded();
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(jiro.email);
  await page.getByLabel('パスワード').fill('not the password');
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByText('メールアドレスまたはパスワードが正しくありません。')).toBeVisible();
  await expectAccessible(page, 'login error');

  await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeVisible();
  await expect(page.getByLabel('Email address')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'login in English');
});

test('Enter that confirms an IME conversion does not submit the login form', async ({ page }) => {
  const { jiro } = seeded();
  const logins: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/auth/login')) logins.push(r.method());
  });
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(jiro.email);
  const password = page.getByLabel('パスワード');
  await password.fill(PASSWORD);

  // The keydown the IME guard reads: Enter flagged isComposing.
  await password.dispatchEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true });
  // A real composition through the DevTools protocol: Chromium then sends a trusted Enter with
  // isComposing set, which submits an unguarded form (checked by hand against a bare <form>).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'かな', selectionStart: 2, selectionEnd: 2 });
  await page.keyboard.press('Enter');
  // Give a wrongly wired handler time to send its request.
  await page.waitForTimeout(500);
  expect(logins).toEqual([]);
  // Cancelling the composition leaves the typed password as it was.
  await cdp.send('Input.imeSetComposition', { text: '', selectionStart: 0, selectionEnd: 0 });
  await expect(password).toHaveValue(PASSWORD);
  await expectAccessible(page, 'login');

  // The same field without composition does submit: the listener above is not blind.
  await password.press('Enter');
  await expect.poll(() => logins.length).toBe(1);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'ホーム' })).toBeVisible();
});
