import { createHmac } from 'node:crypto';
import { startWebhookSink, type WebhookSink } from '../support/webhook-sink';
import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// 管理 → 通知連携 in Chromium (issue 17.2, decision 0021): an admin adds a signed webhook pointing at a real
// receiver started in this test, sends a test, and reads the line in the delivery log.

const shot = (name: string) => `.tmp/e2e-results/webhooks-${name}.png`;
let sink: WebhookSink;

test.beforeAll(async () => {
  sink = await startWebhookSink();
});
test.afterAll(async () => {
  await sink.close();
});

test('an admin adds a webhook, sends a test and sees it in the delivery log', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, seeded().admin.email);
  await page.getByRole('navigation').getByRole('link', { name: '通知連携' }).click();
  await expect(page.getByRole('heading', { name: '通知連携', level: 1 })).toBeVisible();
  await expect(page.getByText('通知連携はまだありません。')).toBeVisible();

  await page.getByRole('button', { name: '連携を追加' }).click();
  const form = page.getByRole('form', { name: '通知連携を追加' });
  await form.getByLabel('名前').fill('社内ポータル');
  await form.getByLabel('種類').selectOption('generic');
  await form.getByLabel('送信先 URL').fill(`${sink.url}/ok/e2e`);
  await expect(form.getByLabel('面談ラウンドが始まりました')).toBeChecked();
  await page.screenshot({ path: shot('add'), fullPage: true });
  await form.getByRole('button', { name: '保存' }).click();

  // The secret, once.
  const secret = (await page.getByTestId('webhook-secret').textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  await page.screenshot({ path: shot('secret'), fullPage: true });
  await page.getByRole('button', { name: '保存したので閉じる' }).click();
  await expect(page.getByTestId('webhook-secret')).toHaveCount(0);

  const row = page.getByRole('row', { name: /社内ポータル/ });
  await expect(row.getByText('汎用 Webhook(署名付き JSON)')).toBeVisible();
  await row.getByRole('button', { name: 'テスト送信' }).click();
  await expect(page.getByText(/テスト送信に成功しました\(HTTP 200、\d+ ミリ秒\)。/)).toBeVisible();
  const [got] = sink.to('/ok/e2e');
  const ts = got!.headers['x-mendan-timestamp'] as string;
  expect(got!.headers['x-mendan-signature']).toBe(`sha256=${createHmac('sha256', secret).update(`${ts}.${got!.body}`).digest('hex')}`);
  expect(JSON.parse(got!.body)).toMatchObject({ version: 1, event: 'mendan.test', subject: null });

  await row.getByRole('button', { name: '送信履歴' }).click();
  const log = page.getByRole('region', { name: '送信履歴: 社内ポータル' });
  const line = log.getByRole('row', { name: /テスト送信です/ });
  await expect(line).toContainText('成功');
  await expect(line).toContainText('200');
  await page.screenshot({ path: shot('log'), fullPage: true });
  await expectAccessible(page, 'webhooks');

  // Delete, with a confirmation.
  await row.getByRole('button', { name: '削除' }).click();
  await expect(page.getByRole('dialog')).toContainText('通知連携「社内ポータル」を削除しますか?');
  await page.getByRole('dialog').getByRole('button', { name: '削除' }).click();
  await expect(page.getByText('通知連携はまだありません。')).toBeVisible();
});
