import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// Issue 17.3 in the browser: the employee downloads their own data (JSON, and a printable A4 page), HR exports a
// person's file on a formal request, and 「今すぐ削除」 erases a retired person after the number is typed again.

const SHOTS = '.tmp/shots';
const OWN_HR_ONLY = 'E2E人事のみ: 来年は家族の介護で時短を考えている';
const SHARED = 'E2E共有メモ: 来期はリーダー研修に参加する';
const PRIVATE = 'E2E非公開メモ: 面談者だけの所感';
const HR_MANAGER = 'E2E人事上司メモ: 配置の検討中';

/** A JSON request with the session's CSRF token, as the web app sends it. */
async function call(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'mendan_csrf')?.value ?? '';
  const res = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
  expect(res.ok(), `${method} ${path}: ${res.status()}`).toBe(true);
  return res.json();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
}

test('an employee downloads their own data — JSON and a printable page — without anyone’s private or hr_manager notes', async ({
  page,
}) => {
  const { manager, ichiro } = seeded();
  // The employee answers the survey, one answer 「人事のみ」, and submits it; then the manager records the interview.
  await signIn(page, ichiro.email);
  const mine = (await call(page, 'GET', '/me/interviews')) as { items: { id: string }[] };
  const interviewId = mine.items[0]!.id;
  await call(page, 'PUT', `/interviews/${interviewId}/forms/survey/answers`, {
    answers: { jobSatisfaction: { value: 4 }, rewarding: { value: 3 }, lifeEvents: { value: OWN_HR_ONLY, hrOnly: true } },
  });
  await call(page, 'POST', `/interviews/${interviewId}/forms/survey/submit`);
  await signOut(page);
  await signIn(page, manager.email);
  for (const [visibility, body] of [
    ['shared', SHARED],
    ['private', PRIVATE],
    ['hr_manager', HR_MANAGER],
  ])
    await call(page, 'POST', `/interviews/${interviewId}/notes`, { visibility, body });
  await call(page, 'POST', `/interviews/${interviewId}/held?early=true`);
  await signOut(page);

  await signIn(page, ichiro.email);
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click();
  const card = page.getByRole('region', { name: '自分のデータ' });
  await expect(card).toBeVisible();
  await expectAccessible(page, 'settings with my data');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: '自分のデータをダウンロード(JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mendan-my-data-\d{4}-\d\d-\d\d\.json$/);
  const json = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(json).profile.employeeNumber).toBe(ichiro.employeeNumber);
  for (const s of [OWN_HR_ONLY, SHARED]) expect(json).toContain(s);
  for (const s of [PRIVATE, HR_MANAGER]) expect(json).not.toContain(s);

  await card.getByRole('link', { name: '印刷用に表示' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /社員 一郎 さんのデータ/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '印刷 / PDFで保存' })).toBeVisible();
  const main = page.getByRole('main');
  for (const s of [OWN_HR_ONLY, SHARED, ichiro.email]) await expect(main).toContainText(s);
  for (const s of [PRIVATE, HR_MANAGER]) await expect(main).not.toContainText(s);
  await expectAccessible(page, 'my data, printable');
  await page.screenshot({ path: `${SHOTS}/my-data.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '印刷 / PDFで保存' })).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/my-data-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The same page is one click from the employee's history too.
  await page.getByRole('navigation').getByRole('link', { name: '面談履歴' }).click();
  await page.getByRole('link', { name: '自分のデータをダウンロード(JSON・印刷/PDF)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /社員 一郎 さんのデータ/ })).toBeVisible();
});

test('HR exports a file on request and erases a retired person only after the employee number is typed again', async ({ page }) => {
  const { admin, ichiro } = seeded();
  await signIn(page, admin.email);

  // An active person: the export is there, 「今すぐ削除」 is not.
  await page.goto(`/employees/${ichiro.id}`);
  const rights = page.getByRole('region', { name: '個人情報の開示・削除' });
  await expect(rights.getByRole('button', { name: '開示用に書き出す' })).toBeVisible();
  await expect(rights.getByRole('button', { name: '今すぐ削除' })).toHaveCount(0);
  await rights.getByRole('button', { name: '開示用に書き出す' }).click();
  const exportDialog = page.getByRole('dialog', { name: /社員 一郎 さんの記録を書き出す/ });
  await exportDialog.getByRole('button', { name: '書き出す' }).click();
  await expect(exportDialog).toContainText('書き出す理由(開示請求など)を入力してください。');
  await exportDialog.getByLabel('理由').fill('本人からの開示請求(12月1日受付)');
  await page.screenshot({ path: `${SHOTS}/hr-export-dialog.png` });
  const [file] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: '書き出す' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^mendan-employee-E0001-\d{4}-\d\d-\d\d\.json$/);
  const hrFile = readFileSync((await file.path())!, 'utf8');
  for (const s of [HR_MANAGER, OWN_HR_ONLY, SHARED]) expect(hrFile).toContain(s);
  expect(hrFile).not.toContain(PRIVATE);
  await expect(page.getByText('書き出しました。ファイルを保存してください。')).toBeVisible();

  // A retired person: 「今すぐ削除」 with the typed confirmation.
  const person = (await call(page, 'POST', '/employees', {
    employeeNumber: 'R0099',
    familyName: '退職',
    givenName: '予定子',
    email: 'taishoku.yoteiko@example.jp',
  })) as { id: string };
  await call(page, 'POST', `/employees/${person.id}/retire`, {});
  await page.goto(`/employees/${person.id}`);
  await page.getByRole('button', { name: '今すぐ削除' }).click();
  const dialog = page.getByRole('dialog', { name: /退職 予定子 さんの記録を削除する/ });
  await expect(dialog).toContainText('元に戻せません');
  await dialog.getByLabel(/社員番号「R0099」を入力してください/).fill('R0098');
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(dialog).toContainText('入力された社員番号が一致しません。');
  await expectAccessible(page, 'erase dialog');
  await page.screenshot({ path: `${SHOTS}/erase-dialog.png` });
  await dialog.getByLabel(/社員番号「R0099」を入力してください/).fill('R0099');
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByText('記録を削除しました。')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/erased.png` });
  expect((await page.request.get(`/api/v1/employees/${person.id}`)).status()).toBe(404);

  // 設定 → データ保持.
  await page.getByRole('navigation').getByRole('link', { name: 'データ保持' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'データ保持' })).toBeVisible();
  await page.getByLabel('退職日から一定期間が過ぎたら処理する').check();
  await page.getByLabel('保持期間(か月)').fill('36');
  await page.getByLabel(/匿名化する/).check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('データ保持の設定を保存しました。')).toBeVisible();
  await expectAccessible(page, 'retention settings');
  await page.screenshot({ path: `${SHOTS}/retention.png`, fullPage: true });
});
