import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

const NOTE = '決済の仕組みに関心があり、チームをまとめる役割にも挑戦したい';
const MESSAGE = '決済基盤チームのテックリードとして打診します。来週、人事から面談の日程を連絡します。';
const INTERNAL = '開発本部長の了承済み。給与等級の見直しも合わせて検討';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** Calls the API as the signed-in person (with the CSRF token), for set-up steps that are not this journey. */
async function call(page: Page, method: 'GET' | 'PUT', path: string, data?: unknown) {
  const token = (await page.context().cookies()).find((c) => c.name === 'mendan_csrf')?.value ?? '';
  const res = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { 'X-CSRF-Token': token } });
  return res.status();
}

test('an employee tells HR alone a wish; HR matches it with a new position, sees why, and answers; the employee reads the answer', async ({
  page,
}) => {
  // Four screens across three sign-ins.
  test.setTimeout(120_000);
  const { ichiro, manager, admin } = seeded();

  // 1. The employee states a wish for HR only. (The skills inventory is set up through the API.)
  await signIn(page, ichiro.email);
  expect(
    await call(page, 'PUT', '/me/inventory', {
      skills: [
        { name: 'TypeScript', level: 4 },
        { name: '設計', level: 3 },
      ],
      items: [],
    }),
  ).toBe(200);
  await page.getByRole('navigation').getByRole('link', { name: 'キャリアの希望' }).click();
  await expect(page.getByRole('heading', { name: 'キャリアの希望', level: 1 })).toBeVisible();
  await expect(page.getByText('まだ希望は登録されていません。')).toBeVisible();
  await page.getByLabel('希望する役割・職種').fill('テックリード');
  await page.getByLabel('希望する部署(任意)').selectOption({ label: '開発部 (DEV)' });
  await page.getByLabel('目指す方向').selectOption({ label: 'マネジメント志向' });
  await page.getByLabel('希望する時期').selectOption({ label: '1年以内' });
  await page.getByLabel('転居を伴う異動').selectOption({ label: '可' });
  await page.getByLabel('補足(理由や条件など)').fill(NOTE);
  // The choice is explained in plain words, with the manager's name.
  await expect(page.getByText('あなたの上司(上田 三郎さん)と人事が読めます。')).toBeVisible();
  await page.getByRole('radio', { name: /^人事のみ/ }).check();
  await expectAccessible(page, 'my wishes, form filled');
  await page.getByRole('button', { name: '登録する' }).click();
  await expect(page.getByText('希望を登録しました。')).toBeVisible();
  const mine = page.locator('li.row-card').filter({ hasText: 'テックリード' });
  await expect(mine).toContainText('人事の確認待ち');
  await expect(mine).toContainText('人事だけが読めます。上司には表示されません。');
  await signOut(page);

  // 2. The manager does not see it: 人事のみ.
  await signIn(page, manager.email);
  await page.goto('/placement');
  await expect(page.getByText('条件に合う希望はありません。')).toBeVisible();
  await expect(page.getByText(NOTE)).toHaveCount(0);
  await signOut(page);

  // 3. HR sees the wish, adds a position and finds the employee among its candidates, with the reasons.
  await signIn(page, admin.email);
  await page.getByRole('navigation').getByRole('link', { name: '人材配置' }).click();
  await expect(page.getByRole('heading', { name: '人材配置', level: 1 })).toBeVisible();
  const wish = page.locator('li.row-card').filter({ hasText: '社員 一郎' });
  await expect(wish).toContainText('テックリード');
  await expect(wish).toContainText('人事のみ');
  await expect(wish).toContainText(NOTE);
  await expectAccessible(page, 'placement: wishes');

  await page.getByRole('link', { name: 'ポジション・プロジェクト' }).click();
  await page.getByRole('button', { name: 'ポジション・プロジェクトを追加' }).click();
  await page.getByLabel('名称').fill('決済基盤のテックリード');
  await page.getByLabel('部署(任意)').selectOption({ label: '開発部 (DEV)' });
  await page.getByLabel('求める志向').selectOption({ label: 'マネジメント志向' });
  await page.getByLabel('必要なスキル').fill('TypeScript、設計、PostgreSQL');
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByText('登録しました。')).toBeVisible();
  await expectAccessible(page, 'placement: positions');
  await page.locator('li.row-card').filter({ hasText: '決済基盤のテックリード' }).getByRole('button', { name: '候補者を見る' }).click();

  await expect(page.getByRole('heading', { name: '「決済基盤のテックリード」の候補者' })).toBeVisible();
  const candidate = page.locator('li.row-card').filter({ hasText: '社員 一郎' });
  for (const reason of [
    '希望部署が一致',
    '希望の役割が一致(テックリード)',
    'マネジメント志向が一致',
    '必要スキル3つ中2つ(TypeScript レベル4、設計 レベル3)',
    '希望時期: 1年以内',
    // 一郎 works in 開発部 already: no relocation question arises (issue 15.9i).
    '今の部署のポジションのため、転居はありません',
  ])
    await expect(candidate).toContainText(reason);
  await expect(candidate).not.toContainText('転居を伴う異動: ');
  await expect(candidate).toContainText('1位');
  await expectAccessible(page, 'placement: candidates');
  await candidate.screenshot({ path: '.tmp/shots/candidate.png' });

  // 4. HR answers: an offer, with a message for the employee and a note that stays with HR.
  await candidate.getByText('回答を記録する', { exact: true }).click();
  await candidate.getByRole('radio', { name: /^打診 —/ }).check();
  await candidate.getByLabel('本人へのメッセージ').fill(MESSAGE);
  await candidate.getByLabel('人事メモ(本人には表示されません)').fill(INTERNAL);
  await expectAccessible(page, 'placement: decision form');
  await candidate.getByRole('button', { name: '回答を記録して本人に知らせる' }).click();
  await expect(page.getByText('回答を記録し、本人に通知しました。')).toBeVisible();
  await expect(candidate).toContainText(INTERNAL);
  await signOut(page);

  // 5. The employee is told and reads the answer, without HR's note.
  await signIn(page, ichiro.email);
  await page
    .getByRole('banner')
    .getByRole('link', { name: /お知らせ/ })
    .click();
  await expect(page.getByText('キャリアの希望に人事から回答がありました(打診)。')).toBeVisible();
  await page.goto('/wishes');
  const answered = page.locator('li.row-card').filter({ hasText: 'テックリード' });
  await expect(answered).toContainText('打診中');
  await expect(answered).toContainText(MESSAGE);
  await expect(page.getByText(INTERNAL)).toHaveCount(0);
  await expect(page.getByText('決済基盤のテックリード')).toHaveCount(0);
  await expectAccessible(page, 'my wishes, answered');
});
