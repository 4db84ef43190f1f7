import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// The first page carries its own code and Japanese only (issue 16.5): other pages, the English catalog
// and the chart library are fetched by whoever needs them, and switching still relabels every screen.

/** The built files the page fetches, by name without the hash: `en`, `charts`, `index`, … */
function assetsFetched(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    const file = /\/assets\/([\w-]+?)-[\w-]{8}\.js$/.exec(new URL(r.url()).pathname)?.[1];
    if (file) names.push(file);
  });
  return names;
}

test('the sign-in page fetches neither English nor the charts until English is chosen', async ({ page }) => {
  const fetched = assetsFetched(page);
  await page.goto('/login');
  await expect(page.getByRole('button', { name: 'ログイン', exact: true })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(fetched).toContain('index');
  expect(fetched).not.toContain('en');
  expect(fetched).not.toContain('charts');

  await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeVisible();
  expect(fetched).toContain('en');
  expect(fetched).not.toContain('charts');
  await expectAccessible(page, 'login in English');
});

test('a page before sign-in other than /login is fetched on a first visit, inside the same frame', async ({ page }) => {
  const fetched = assetsFetched(page);
  await page.goto('/forgot-password');
  await expect(page.getByRole('heading', { level: 1, name: 'パスワードの再設定' })).toBeVisible();
  await expect(page.getByRole('group', { name: '表示言語' })).toBeVisible();
  expect(fetched).toContain('PasswordReset');
  expect(fetched).not.toContain('en');
  await expectAccessible(page, 'forgot password');
});

test('an employee who chooses English in settings keeps it: the next visit opens in English, other pages too', async ({ page }) => {
  const { jiro } = seeded();
  await signIn(page, jiro.email);
  try {
    await page.getByRole('navigation').getByRole('link', { name: '設定' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // A new visit: the saved language comes from /auth/me, its catalog before the home page shows.
    const fetched = assetsFetched(page);
    await page.goto('/');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true })).toBeVisible();
    expect(fetched).toContain('en');
    await page.getByRole('navigation').getByRole('link', { name: 'My preparation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My preparation' })).toBeVisible();
    await expectAccessible(page, 'preparation in English');

    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: '日本語' }).check();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'ホーム', exact: true })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: '面談の準備' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '面談の準備' })).toBeVisible();
  } finally {
    // The other journeys expect 二郎 in Japanese, whatever happened above.
    const csrf = (await page.context().cookies()).find((c) => c.name === 'mendan_csrf')?.value ?? '';
    await page.request.put('/api/v1/me/locale', { data: { locale: 'ja' }, headers: { 'x-csrf-token': csrf } });
  }
});
