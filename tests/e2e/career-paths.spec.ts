import type { Page } from '@playwright/test';
import { apiAs, launchRoundFor, signOut } from './support/api';
import { expectAccessible } from './support/axe';
import { E2E } from './support/env';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

const SHOTS = '.tmp/shots';

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/career-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/career-${name}-390.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name}: the page is wider than a phone`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('HR builds two families with both tracks from a CSV; an employee sees her gap and carries the goal into her sheet; her manager sees it; HR sees the bench', async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const { admin, careerManager, careerEmployee } = seeded();

  // 1. HR imports the career paths from a CSV through the import page.
  await signIn(page, admin.email);
  await page.getByRole('navigation').getByRole('link', { name: 'キャリアパス' }).click();
  await expect(page.getByRole('heading', { name: 'キャリアパス', level: 1 })).toBeVisible();
  await expect(page.getByText('まだキャリアパスがありません。')).toBeVisible();
  await page.getByRole('link', { name: 'CSVで取り込む' }).click();
  await expect(page.getByRole('radio', { name: 'キャリアパス(職種・等級)' })).toBeChecked();
  await page.getByLabel('CSVファイル').setInputFiles(E2E.fixture('career-paths.csv'));
  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByRole('button', { name: '取り込む', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(page.getByText(/件を取り込みました/)).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'キャリアパス' }).click();
  const eng = page.getByRole('region', { name: 'エンジニア職' });
  await expect(page.getByRole('region', { name: '営業職' })).toBeVisible();
  await expect(eng.getByRole('columnheader', { name: 'マネジメント職' })).toBeVisible();
  await expect(eng.getByRole('columnheader', { name: '専門職' })).toBeVisible();
  await expect(eng.getByRole('row', { name: /G4/ })).toContainText('シニアエンジニア');
  await expect(eng.getByRole('row', { name: /G4/ })).toContainText('課長');
  await expect(page.getByText(/第1版/)).toBeVisible();
  await expectAccessible(page, 'career paths: map');
  await shoot(page, 'hr-map');

  // A round for 花子 (set up through the API: the rounds have their own spec).
  const hr = await apiAs(await playwright.request.newContext({ baseURL: page.url() }), admin.email);
  const interviewId = await launchRoundFor(hr, {
    name: 'キャリアパス面談',
    periodStart: '2027-05-01',
    periodEnd: '2027-05-31',
    theme: { title: '次のステップ', description: 'キャリアマップで選んだ目標について話します' },
    employeeId: careerEmployee.id,
  });
  await signOut(page);

  // 2. 花子 sees where she stands, the gap to 主任, and makes it her mid-term goal.
  await signIn(page, careerEmployee.email);
  const me = await apiAs(page.request, careerEmployee.email);
  await me('PUT', '/me/inventory', {
    skills: [
      { name: 'TypeScript', level: 3 },
      { name: '設計', level: 2 },
    ],
    items: [],
  });
  await page.getByRole('navigation').getByRole('link', { name: 'キャリアマップ' }).click();
  await expect(page.getByRole('heading', { name: 'キャリアマップ', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'いまの位置' })).toContainText('中堅メンバー');
  const step = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /主任/ }) });
  await expect(step).toContainText('設計 レベル2 → 3 が必要');
  await expect(step).toContainText('SQL レベル3 が必要(棚卸しに未登録)');
  await expect(step).toContainText('TypeScript レベル3 達成');
  await expect(step).toContainText('あと4段階');
  await step.getByLabel('いつまでに').selectOption({ label: '中期' });
  await step.getByRole('button', { name: 'この役割を目標にする' }).click();
  await expect(page.getByText('目標に設定しました。')).toBeVisible();
  await expect(page.getByRole('region', { name: 'わたしの目標' })).toContainText('エンジニア職 · 主任');
  await expect(page.getByRole('region', { name: 'わたしの目標' })).toContainText('中期の目標');
  await expectAccessible(page, 'career map');
  await shoot(page, 'employee-map');

  // ... and carries it into the sheet's mid-term goal.
  await page.goto(`/prep/${interviewId}?tab=sheet`);
  await page.getByRole('button', { name: '中期の目標に入れる' }).click();
  await expect(page.getByLabel('中期')).toHaveValue(/エンジニア職 主任\(G3・共通\)を目指す。設計 レベル2 → 3 が必要/);
  await expect(page.getByRole('button', { name: '中期の目標に入れる' })).toHaveCount(0);
  await expect(page.getByText(/保存しました/)).toBeVisible();
  await shoot(page, 'employee-sheet');
  await signOut(page);

  // 3. Her manager's prep shows the goal and the gaps; in the interview it goes into the alignment table.
  await signIn(page, careerManager.email);
  await page.goto(`/interviews/${interviewId}?tab=prep`);
  const card = page.getByRole('region', { name: '本人が選んだキャリアの目標' });
  await expect(card).toContainText('いまの役割: 中堅メンバー(G2)');
  await expect(card).toContainText('エンジニア職 · 主任');
  await expect(card).toContainText('設計 レベル2 → 3 が必要');
  await expectAccessible(page, 'prep with career goal');
  await shoot(page, 'manager-prep');
  await page.goto(`/interviews/${interviewId}/live`);
  await page.getByRole('button', { name: 'すり合わせの「社員の希望」に入れる' }).click();
  await expect(page.getByLabel('社員の希望')).toHaveValue(/エンジニア職 主任/);
  await signOut(page);

  // 4. HR's bench: 開発部 has five people, so its figures show; 営業部 has fewer and shows none.
  await signIn(page, admin.email);
  await page.goto('/career-paths?tab=readiness');
  const row = page.getByRole('row', { name: /エンジニア職 · 中堅メンバー/ });
  await expect(row).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '開発部' })).toBeVisible();
  await expect(row.getByRole('cell').nth(2)).toHaveText(/\d+ \/ \d+/);
  await expect(row.getByRole('cell').nth(1)).toHaveText('5人未満');
  await expectAccessible(page, 'career readiness');
  await shoot(page, 'hr-readiness');
});
