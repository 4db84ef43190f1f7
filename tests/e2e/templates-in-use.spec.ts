import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// Issue 15.5: HR sees which rounds use a template before editing it, and which version a round runs on.
test('the templates list counts the running round, the editor says what saving does, the round names its sheet', async ({ page }) => {
  const { admin } = seeded();
  await signIn(page, admin.email);
  await page.goto('/templates');
  // The seed's round runs on the standard sheet (other journeys may have launched more by now).
  const sheetRow = page.getByRole('row', { name: /キャリア面談シート\(標準\)/ });
  await expect(sheetRow.getByRole('cell', { name: /^\d+件\(うち実施中 [1-9]\d*件\)$/ })).toBeVisible();
  await page.screenshot({ path: '.tmp/shots/templates.png', fullPage: true });

  await sheetRow.getByRole('link').click();
  await expect(page.getByText('実施中のラウンドがこのテンプレートを使っています')).toBeVisible();
  await expect(page.getByText(/保存しても、実施中のラウンドの項目は変わりません。.*第2版になり/)).toBeVisible();
  const usage = page.getByRole('list', { name: 'このテンプレートを使っているラウンド' });
  await expect(usage.getByRole('listitem').filter({ hasText: '2026年度下期キャリア面談' })).toContainText('実施中・第1版');
  await expectAccessible(page, 'template editor in use');
  await page.screenshot({ path: '.tmp/shots/template-in-use.png' });

  await usage.getByRole('link', { name: '2026年度下期キャリア面談' }).click();
  await expect(page.getByRole('heading', { name: '2026年度下期キャリア面談' })).toBeVisible();
  const sheet = page.getByRole('definition').filter({ has: page.getByRole('link', { name: 'キャリア面談シート(標準)' }) });
  await expect(sheet).toContainText('第1版');
  await expect(sheet).toContainText('開始時の版で実施しています');
  await expect(page.getByRole('link', { name: '事前アンケート(標準)' })).toBeVisible();
  await page.screenshot({ path: '.tmp/shots/round-forms.png' });
});
