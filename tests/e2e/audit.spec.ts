import { AUDIT_ACTIONS, AUDIT_GROUPS } from '../../src/domain/audit/actions';
import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// Issue 15.7: the audit log reads in words — every action in the filter, record types in Japanese, no codes.
test('an admin filters the audit log by any action, reads it in Japanese, and decides whether HR may read it', async ({ page }) => {
  const { admin } = seeded();
  await signIn(page, admin.email);
  await page.getByRole('navigation').getByRole('link', { name: '監査ログ' }).click();
  await expect(page.getByRole('heading', { name: '監査ログ', level: 1 })).toBeVisible();

  const select = page.getByLabel('操作', { exact: true });
  // All, then per group: the group as a whole and each of its actions.
  await expect(select.locator('option')).toHaveCount(1 + AUDIT_GROUPS.length + AUDIT_ACTIONS.length);
  await expect(select.locator('optgroup[label="面談ラウンド"] option', { hasText: 'ラウンドの開始' }).first()).toBeAttached();

  // The seed launched a round: its rows name the round in Japanese, and no code shows.
  await select.selectOption('round.');
  await page.getByRole('button', { name: '絞り込む' }).click();
  const table = page.getByRole('table', { name: '監査ログ' });
  // The filtered page, not the previous one still shown while it loads.
  await expect(page).toHaveURL(/action=round\./);
  await expect(page.locator('.table-wrap[aria-busy="true"]')).toHaveCount(0);
  await expect(table.getByRole('cell', { name: 'ラウンドの開始', exact: true }).first()).toBeVisible();
  await expect(table.getByRole('cell', { name: /^面談ラウンド/ }).first()).toBeVisible();
  await expect(table).not.toContainText('round.');
  await expect(table).not.toContainText(/\bround\b/);
  await expectAccessible(page, 'audit log');
  await page.screenshot({ path: '.tmp/shots/audit.png', fullPage: true });

  await page.getByLabel('対象の種類').selectOption('employee');
  await select.selectOption('');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await expect(page).toHaveURL(/entityType=employee/);
  await expect(page.locator('.table-wrap[aria-busy="true"]')).toHaveCount(0);
  await expect(table.getByRole('cell', { name: 'ログイン', exact: true }).first()).toBeVisible();

  // HR may read it only when an admin turns it on (decision 0013).
  const hrRead = page.getByLabel('人事担当者も監査ログを閲覧・書き出しできるようにする');
  await expect(hrRead).not.toBeChecked();
  await hrRead.check();
  await expect(page.getByText('人事担当者も監査ログを閲覧できるようにしました。')).toBeVisible();
  await hrRead.uncheck();
  await expect(page.getByText('監査ログを閲覧できるのは管理者だけになりました。')).toBeVisible();
});
