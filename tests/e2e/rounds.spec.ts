import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

test('HR plans a round with themes for one department, launches it, and follows its progress', async ({ page }) => {
  const { admin } = seeded();
  await signIn(page, admin.email);
  await page.getByRole('navigation').getByRole('link', { name: '面談ラウンド' }).click();
  await expect(page).toHaveURL(/\/rounds$/);
  await expect(page.getByRole('link', { name: '2026年度下期キャリア面談', exact: true })).toBeVisible();
  await expectAccessible(page, 'rounds');
  await page.getByRole('link', { name: '新しいラウンド' }).click();

  // Saving without the required fields shows what is missing, in Japanese.
  await page.getByRole('button', { name: '下書きとして保存' }).click();
  await expect(page.getByText('必須項目です。').first()).toBeVisible();

  await page.getByLabel('ラウンド名').fill('営業部 1on1(12月)');
  await page.getByLabel('面談の種類').selectOption('oneOnOne');
  await page.getByLabel('開始日').fill('2026-12-01');
  await page.getByLabel('終了日').fill('2026-12-25');
  await page.getByLabel('準備の期限').fill('2026-12-10');
  await page.getByLabel(/業務の改善案/).check();
  await page.getByLabel(/働き方やライフスタイルの希望/).check();
  await page.getByLabel('事前に伝えるメッセージ').fill('短い時間ですが、困っていることを聞かせてください。');
  await page.getByLabel('部署・等級・個人で選ぶ').check();
  await page.getByLabel(/営業部/).check();
  await page.getByRole('button', { name: '対象者を確認' }).click();
  await expect(page.getByText(/対象者は\d+人です/)).toBeVisible();
  await expectAccessible(page, 'round form');
  await page.getByRole('button', { name: '下書きとして保存' }).click();

  await expect(page.getByRole('heading', { name: '営業部 1on1(12月)' })).toBeVisible();
  await expect(page.getByText('下書き')).toBeVisible();
  await expect(page.getByText('業務の改善案、働き方やライフスタイルの希望')).toBeVisible();
  await page.getByRole('button', { name: '実施を開始する' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/対象者は\d+人です/)).toBeVisible();
  await expectAccessible(page, 'launch dialog');
  await dialog.getByRole('button', { name: '開始する' }).click();

  // The launch job runs in the server's worker; the page follows it until it is done.
  await expect(page.getByText('実施中')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: '進み具合' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '部署別' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'シート未提出の人にお知らせ' })).toBeVisible();
  await page.getByRole('button', { name: 'シート未提出の人にお知らせ' }).click();
  await expect(page.getByText('お知らせの送信を受け付けました')).toBeVisible();
  await expectAccessible(page, 'round progress');
});
