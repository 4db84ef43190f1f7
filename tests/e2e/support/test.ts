import { test as base, expect, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { PASSWORD } from './people';

/**
 * The e2e `test`: fails when the page throws or logs console.error (a blocked script or style
 * under the CSP shows up here too). The browser's own "Failed to load resource" lines for 401/404
 * answers are expected in these journeys and are not errors of the app.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console.error: ${m.text()}`);
      });
      await use(errors);
      expect(errors, 'the page reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs in through the login form (Japanese UI) and waits for the signed-in navigation. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'ログイン', exact: true })).toBeVisible();
  await expectAccessible(page, 'login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'ホーム' })).toBeVisible();
}
