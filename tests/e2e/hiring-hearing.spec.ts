import type { Page } from '@playwright/test';
import { call, shoot } from './support/api';
import { expectAccessible } from './support/axe';
import { E2E } from './support/env';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';
import { readFileSync } from 'node:fs';

// The hiring-criteria hearing (issue 18.5): HR sends the sheet to a field manager, the manager answers it from their
// home to-do, HR reads the answers and saves draft criteria linked to one of the role's expected skills.

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
}

const keywords = async (page: Page, group: RegExp, words: string[]) => {
  const box = page.getByRole('group', { name: group });
  for (const w of words) {
    await box.getByRole('combobox').fill(w);
    await box.getByRole('button', { name: '追加する' }).click();
  }
};

test('HR sends a hearing to a manager, the manager answers it, HR sees the summary and saves criteria linked to a skill', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { admin, careerManager } = seeded();

  // 1. HR sends the hearing for a role of the career map (career-paths.spec imported it; alone, this spec does).
  await signIn(page, admin.email);
  const map = await call(page, 'GET', '/career/framework');
  if (!(map.body.roles as unknown[]).length) {
    const token = (await page.context().cookies()).find((c) => c.name === 'mendan_csrf')?.value ?? '';
    const res = await page.request.post('/api/v1/imports/careerPaths/commit', {
      data: readFileSync(E2E.fixture('career-paths.csv')),
      headers: { 'X-CSRF-Token': token, 'content-type': 'text/csv' },
    });
    expect(res.status()).toBe(200);
  }
  await page.getByRole('navigation').getByRole('link', { name: '採用基準ヒアリング' }).click();
  await expect(page.getByRole('heading', { name: '採用基準ヒアリング', level: 1 })).toBeVisible();
  await page.getByLabel('キャリアパスの役割').selectOption({ label: '営業職 · シニアセールス(G4)' });
  await page.getByRole('button', { name: '依頼先を追加' }).click();
  await page.getByLabel('依頼先を検索(氏名・社員番号)').fill('中村');
  await page.getByRole('button', { name: /中村 直樹/ }).click();
  await expect(page.getByRole('button', { name: '中村 直樹さんを外す' })).toBeVisible();
  await page.getByLabel('依頼のメッセージ(任意)').fill('シニアセールスで活躍している方を1名思い浮かべてご記入ください。');
  await expectAccessible(page, 'hiring: new hearing');
  await shoot(page, 'hiring-new');
  await page.getByRole('button', { name: '依頼を送る' }).click();
  await expect(page.getByRole('heading', { name: '採用基準ヒアリング: シニアセールス', level: 1 })).toBeVisible();
  await expect(page.getByRole('row', { name: /中村 直樹/ })).toContainText('未着手');
  await expect(page.getByText('まだ提出されたシートはありません。')).toBeVisible();
  const hearingUrl = page.url();
  await signOut(page);

  // 2. The manager finds it on the home to-do and answers it; drafts save as they type.
  await signIn(page, careerManager.email);
  await page.getByRole('link', { name: '採用基準ヒアリングシートの記入(「シニアセールス」)' }).click();
  await expect(page.getByRole('heading', { name: '採用基準ヒアリングシート', level: 1 })).toBeVisible();
  await expect(page.getByText('記入内容は人事部だけが見ます。')).toBeVisible();
  // The high performer is picked among the manager's own people (name and department only), never typed.
  await page.getByRole('button', { name: '社員を選ぶ' }).click();
  await page.getByLabel('社員を検索(氏名・ふりがな)').fill('開発');
  await expect(page.getByRole('button', { name: /開発 花子/ })).toBeVisible();
  await shoot(page, 'hiring-sheet-picker');
  await page.getByRole('button', { name: /開発 花子/ }).click();
  await expect(page.getByRole('group', { name: /活躍している社員/ })).toContainText('開発 花子');
  await page.getByLabel('入社年数・現在の担当').fill('入社8年目・大手製造業の担当');
  await page.getByLabel('どのような状況・役割で活躍していますか').fill('大口顧客3社を担当し、新規部門の開拓を進めている。');
  await keywords(page, /特徴的な行動/, ['顧客の課題を先回りして確認する']);
  await keywords(page, /活躍を支えているスキル/, ['法人営業', '業界知識']);
  await keywords(page, /性格・価値観の特徴/, ['粘り強い']);
  await page.getByRole('radio', { name: '中途採用(人材紹介)' }).check();
  await expect(page.getByRole('status').filter({ hasText: '保存しました' })).toBeVisible();
  await expectAccessible(page, 'hiring: manager sheet');
  await shoot(page, 'hiring-sheet');
  await page.getByRole('button', { name: 'ヒアリングシートを提出' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提出する' }).click();
  await expect(page.getByText('提出しました。ご協力ありがとうございました。')).toBeVisible();
  // The manager's own data (「自分のデータ」, decision 0022) holds the sheet they wrote, with their pick by name.
  await page.goto('/my-data');
  const written = page.getByRole('region', { name: '採用基準ヒアリング(あなたが記入したシート)' });
  for (const s of ['シニアセールス', '提出済み', '開発 花子', '大口顧客3社を担当し', '粘り強い']) await expect(written).toContainText(s);
  await expect(page.getByRole('region', { name: '活躍している社員として挙げられたヒアリング' })).toHaveCount(0);
  await expectAccessible(page, 'my data with a hearing sheet');
  await shoot(page, 'my-data-hearings');
  await signOut(page);

  // 3. HR sees who answered and the answers by section, drafts criteria from them and links one to a skill.
  await signIn(page, admin.email);
  await page.goto(hearingUrl);
  await expect(page.getByRole('row', { name: /中村 直樹/ })).toContainText('提出済み');
  await expect(page.getByRole('row', { name: /中村 直樹/ })).toContainText('開発 花子');
  const summary = page.getByRole('region', { name: '回答のまとめ(提出済みのシート)' });
  await expect(summary.getByRole('region', { name: '対象の社員' })).toContainText('入社8年目');
  await expect(summary.getByRole('region', { name: 'スキル・知識' })).toContainText('法人営業');
  await page.getByRole('button', { name: /回答から案を作る/ }).click();
  const criteria = page.getByRole('region', { name: '採用基準案' });
  await expect(criteria.getByLabel('採用基準', { exact: true })).toHaveCount(4);
  await expect(criteria.getByLabel('関連する期待スキル').first()).toHaveValue('');
  // 法人営業 is an expected skill of シニアセールス: the draft comes linked; 業界知識 HR links by hand.
  const second = criteria.getByRole('listitem').nth(2);
  await expect(second.getByLabel('採用基準', { exact: true })).toHaveValue('業界知識');
  await second.getByLabel('関連する期待スキル').selectOption({ label: '業界知識(レベル4)' });
  await second.getByLabel('採用基準', { exact: true }).fill('担当業界の知識を自ら学び続けられる');
  await page.getByRole('button', { name: '採用基準案を保存' }).click();
  await expect(page.getByText('採用基準案を保存しました。')).toBeVisible();
  await page.reload();
  await expect(criteria.getByLabel('採用基準', { exact: true }).nth(2)).toHaveValue('担当業界の知識を自ら学び続けられる');
  await expect(criteria.getByLabel('関連する期待スキル').nth(2)).toHaveValue('業界知識');
  await expectAccessible(page, 'hiring: summary and criteria');
  await shoot(page, 'hiring-summary');
});

test('HR reminds the manager who has not submitted, then deletes the hearing after confirming', async ({ page }) => {
  const { admin, gapsManager } = seeded();
  await signIn(page, admin.email);
  const sent = await call(page, 'POST', '/hiring/hearings', {
    roleName: '経理(確認用)',
    managerIds: [gapsManager.id],
    dueOn: '2026-12-31',
  });
  expect(sent.status).toBe(201);
  await page.goto(`/hiring/${sent.body.id}`);
  await expect(page.getByRole('row', { name: new RegExp(gapsManager.familyName) })).toContainText('未着手');
  await page.getByRole('button', { name: '未提出の1人にお知らせを送る' }).click();
  await expect(page.getByText('未提出の1人へのお知らせ(画面内の通知とメール)を受け付けました。')).toBeVisible();
  await page.getByRole('button', { name: 'このヒアリングを削除' }).click();
  const dialog = page.getByRole('dialog', { name: '「経理(確認用)」のヒアリングを削除しますか?' });
  await expect(dialog).toContainText('元に戻せません');
  await expectAccessible(page, 'hiring: delete dialog');
  await shoot(page, 'hiring-delete');
  // Cancel keeps it; confirming deletes it and goes back to the list.
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
  await expect(page.getByRole('heading', { name: '採用基準ヒアリング: 経理(確認用)', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'このヒアリングを削除' }).click();
  await dialog.getByRole('button', { name: '削除する' }).click();
  await expect(page.getByText('「経理(確認用)」のヒアリングを削除しました。')).toBeVisible();
  await expect(page.getByRole('link', { name: '経理(確認用)' })).toHaveCount(0);
  expect((await call(page, 'GET', `/hiring/hearings/${sent.body.id}`)).status).toBe(404);
});

test('HR finds the hearing sheet among the templates and edits it in the builder (no retiring it)', async ({ page }) => {
  const { admin } = seeded();
  await signIn(page, admin.email);
  await page.goto('/templates');
  const row = page.getByRole('row', { name: /採用基準ヒアリングシート/ });
  await expect(row.first()).toContainText('採用基準ヒアリングシート');
  await row.first().getByRole('link').click();
  await expect(page.getByText('氏名を書かせる項目は作らないでください')).toBeVisible();
  await expect(page.getByRole('button', { name: '使用を停止' })).toHaveCount(0);
  await expectAccessible(page, 'hiring: hearing sheet in the builder');
  await shoot(page, 'hiring-template');
});
