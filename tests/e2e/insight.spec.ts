import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

test('HR opens a round dashboard from Insight: the funnel as a chart and as tables, and who has not been interviewed', async ({ page }) => {
  await signIn(page, seeded().admin.email);
  await page.getByRole('navigation').getByRole('link', { name: 'インサイト' }).click();
  await expect(page.getByRole('heading', { name: 'インサイト', level: 1 })).toBeVisible();
  const coverage = page.locator('section.card').filter({ has: page.getByRole('heading', { name: 'しばらく面談していない人' }) });
  await expect(coverage.getByRole('link', { name: '社員 二郎' })).toBeVisible();
  await expect(coverage).toContainText('まだ面談していません');
  await expectAccessible(page, 'insight');
  await page.getByRole('link', { name: '2026年度下期キャリア面談' }).click();
  await expect(page.getByRole('heading', { name: '「2026年度下期キャリア面談」のダッシュボード' })).toBeVisible();
  await expect(page.getByRole('img', { name: /完了までの流れ: シート提出 \d+(\.\d)?%/ })).toBeVisible();
  await expect(page.locator('.chart svg.recharts-surface')).toBeVisible();
  await expect(page.locator('.chart')).toContainText('フォロー実施');
  await expect(page.getByRole('table', { name: '部署別(開始時点の所属)' })).toContainText('開発部');
  await expect(page.getByRole('table', { name: '面談者別' })).toContainText('上田 三郎');
  await expectAccessible(page, 'round dashboard');
});
