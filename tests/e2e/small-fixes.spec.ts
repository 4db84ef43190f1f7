import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// Issue 15.9: the smaller things a tester met walking the product.

test('a round of 294 people with one sheet in says 「1%未満」, never 0% (15.9e)', async ({ page }) => {
  const { admin } = seeded();
  await signIn(page, admin.email);
  // A company-sized round, from the real answer with its totals scaled up: 1 of 294 sheets in, 293 of 294 scheduled.
  await page.route('**/api/v1/rounds/*/progress*', async (route) => {
    const res = await route.fetch();
    const json = await res.json();
    json.total = { ...json.total, total: 294, sheetSubmitted: 1, scheduled: 293, done: 0 };
    await route.fulfill({ response: res, json });
  });
  await page.getByRole('navigation').getByRole('link', { name: '面談ラウンド' }).click();
  await expect(page).toHaveURL(/\/rounds$/);
  await page.getByRole('link', { name: '2026年度下期キャリア面談', exact: true }).click();
  const stat = (label: string) => page.locator('.stat').filter({ hasText: label });
  await expect(stat('シート提出')).toContainText('1%未満');
  await expect(stat('シート提出')).toContainText('1 / 294人');
  await expect(stat('日時決定')).toContainText('99%');
  await expect(stat('面談実施')).toContainText('0%');
  await expectAccessible(page, 'round progress');
  await page.locator('.stats').screenshot({ path: '.tmp/shots/progress-share.png' });
});

test('notifications mark only the unread ones, and offer no other page when there is none (15.9f)', async ({ page }) => {
  const { jiro } = seeded();
  await signIn(page, jiro.email);
  await page
    .getByRole('link', { name: /お知らせ/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'お知らせ', level: 1 })).toBeVisible();
  const items = page.locator('.notifications li');
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  // The round's launch told 二郎: unread, said so on the item itself, and nothing says 「未読:」.
  await expect(items.filter({ has: page.getByText('未読', { exact: true }) })).toHaveCount(count);
  await expect(page.getByRole('main')).not.toContainText('未読:');
  await expect(page.getByText(`全${count}件中 1〜${count}件`)).toBeVisible();
  await expect(page.getByRole('button', { name: '前へ' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '次へ' })).toHaveCount(0);
  await expectAccessible(page, 'notifications');
  await page.screenshot({ path: '.tmp/shots/notifications.png' });

  await page.getByRole('button', { name: 'すべて既読にする' }).click();
  await expect(page.getByText('未読', { exact: true })).toHaveCount(0);
  await expect(items).toHaveCount(count);
});

test('the template builder shows HR the Japanese form; English texts and field ids wait behind 詳細設定 (15.9g)', async ({ page }) => {
  const { admin } = seeded();
  await signIn(page, admin.email);
  await page.goto('/templates');
  await page.getByRole('link', { name: 'キャリア面談シート(標準)' }).click();
  const main = page.getByRole('main');
  await expect(main.getByLabel('見出し(日本語)').first()).toBeVisible();
  await expect(main.getByLabel('質問文(日本語)').first()).toBeVisible();
  for (const technical of ['項目ID', '見出し(英語)', '質問文(英語)', '名前(英語)'])
    await expect(main.getByLabel(technical, { exact: true })).toHaveCount(0);
  await expectAccessible(page, 'builder');
  await page.screenshot({ path: '.tmp/shots/builder.png' });

  await main.getByLabel('英語の表示と項目IDも編集する(詳細設定)').check();
  await expect(main.getByLabel('項目ID', { exact: true }).first()).toHaveValue('currentIssues');
  await expect(main.getByLabel('名前(英語)')).toHaveValue('Career interview sheet (standard)');
});

test('an employee opening HR pages gets 「見つかりませんでした」, not the page and then an error (15.9h)', async ({ page }) => {
  const { ichiro } = seeded();
  // Home's own reads end with the reflections it asks for after its to-do list; count only what follows.
  const homeDone = page.waitForResponse((r) => r.url().endsWith('/api/v1/me/reflections'));
  await signIn(page, ichiro.email);
  await homeDone;
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/') && !/\/api\/v1\/(auth\/me|notifications)/.test(r.url())) asked.push(r.url());
  });
  for (const path of ['/insight/risks', '/insight', '/rounds', '/templates', '/admin/audit', '/suggestion-rules', '/placement']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: '見つかりませんでした', level: 1 }), path).toBeVisible();
    await expect(page.getByRole('alert'), path).toHaveCount(0);
  }
  // The pages never rendered: nothing of theirs asked the API (and was refused).
  expect(asked).toEqual([]);
  await page.goto('/insight/risks');
  await expect(page.getByRole('heading', { name: '見つかりませんでした', level: 1 })).toBeVisible();
  await expectAccessible(page, 'not found in the shell');
  await page.screenshot({ path: '.tmp/shots/guard.png' });
});
