import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { call } from './support/api';
import { expect, signIn, test } from './support/test';

const ROUND = '2027年度 定着フォロー面談';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
}

test('HR follows satisfaction trends and records what they did about a retention-risk sign', async ({ page }) => {
  // Three sign-ins (HR, the employee, HR again): longer than one page's test.
  test.setTimeout(120_000);
  const { admin, jiro } = seeded();

  // Set-up through the API: a round for 二郎, whose survey matches two rules (not this journey).
  await signIn(page, admin.email);
  const templates = ((await call(page, 'GET', '/templates')).body as { items: { id: string; kind: string }[] }).items;
  const created = await call(page, 'POST', '/rounds', {
    name: ROUND,
    type: 'career',
    periodStart: '2027-03-01',
    periodEnd: '2027-03-31',
    sheetTemplateId: templates.find((x) => x.kind === 'sheet')!.id,
    surveyTemplateId: templates.find((x) => x.kind === 'survey')!.id,
    participants: { all: false, employeeIds: [jiro.id] },
  });
  expect(created.status).toBe(201);
  expect((await call(page, 'POST', `/rounds/${created.body.id}/launch`, { version: created.body.version })).status).toBe(200);
  await signOut(page);
  await signIn(page, jiro.email);
  type Mine = { items: { id: string; round: { name: string } }[] };
  await expect
    .poll(async () => ((await call(page, 'GET', '/me/interviews')).body as Mine).items.some((i) => i.round.name === ROUND), {
      timeout: 20_000,
    })
    .toBe(true);
  const id = ((await call(page, 'GET', '/me/interviews')).body as Mine).items.find((i) => i.round.name === ROUND)!.id;
  const answers = {
    jobSatisfaction: { value: 1 },
    rewarding: { value: 2 },
    careerAnxiety: { value: 2 },
    workload: { value: 2 },
    transferWish: { value: 'move', hrOnly: true },
  };
  expect((await call(page, 'PUT', `/interviews/${id}/forms/survey/answers`, { answers })).status).toBe(200);
  expect((await call(page, 'POST', `/interviews/${id}/forms/survey/submit`)).status).toBe(200);
  await signOut(page);

  // 1. Risk signs: the stated rules, 二郎 with the answers behind the sign, and an action recorded.
  await signIn(page, admin.email);
  await page.getByRole('navigation').getByRole('link', { name: 'インサイト' }).click();
  await page.getByRole('link', { name: '離職リスクのサイン' }).click();
  await expect(page.getByRole('heading', { name: '離職リスクのサイン', level: 1 })).toBeVisible();
  await page.getByLabel('ラウンド', { exact: true }).selectOption({ label: `${ROUND}(実施中)` });
  await expect(page.getByRole('heading', { name: '判定のルール' })).toBeVisible();
  const flag = page.locator('.timeline > li').filter({ has: page.getByRole('link', { name: '社員 二郎' }) });
  await expect(flag).toContainText('仕事に満足しておらず、キャリアにも不安がある');
  await expect(flag).toContainText('「今の仕事内容に満足している」に 1(5段階)と回答');
  await expect(flag).toContainText('(低いほど不安が大きい)');
  await expect(flag).toContainText('「異動の希望」に「異動を希望する」と回答');
  await expect(flag.locator('.badge--hr-only')).toHaveText('人事のみ');
  await expect(flag).toContainText('まだ対応の記録はありません。');
  await expectAccessible(page, 'risk signs');
  await flag.getByLabel('対応', { exact: true }).selectOption({ label: '声をかけた' });
  await flag.getByLabel('メモ(任意)').fill('来週の1on1で、異動の希望について話を聞く');
  await flag.getByRole('button', { name: '記録する', exact: true }).click();
  await expect(flag.getByRole('status').filter({ hasText: '対応を記録しました。' })).toBeVisible();
  await expect(flag).not.toContainText('まだ対応の記録はありません。');
  await expect(flag).toContainText('声をかけた');
  await expect(flag).toContainText('来週の1on1で、異動の希望について話を聞く');
  await expect(flag).toContainText('管理 花子');

  // 2. Trends: the chart and the table with the same numbers; one respondent is never shown as a number.
  await page.getByRole('link', { name: 'インサイトに戻る' }).click();
  await page.getByRole('link', { name: '満足度・不安の推移' }).click();
  await expect(page.getByRole('heading', { name: '満足度・不安の推移', level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: /今の仕事内容に満足しているの平均の推移\(部署別\)/ })).toBeVisible();
  await expect(page.locator('.chart .recharts-wrapper')).toBeVisible();
  await expect(page.locator('.chart')).toContainText('全体');
  const table = page.getByRole('table', { name: '今の仕事内容に満足しているの平均と回答者数(部署別)' });
  await expect(table).toContainText(ROUND);
  await expect(table).toContainText('5人未満のため非表示');
  await expectAccessible(page, 'trends');
  await page.getByLabel('設問').selectOption({ label: '今後のキャリアに不安はない' });
  await expect(page.getByText('値が低いほど、キャリアへの不安が大きいことを表します。')).toBeVisible();
  await page.getByLabel('比べる切り口').selectOption({ label: '勤続年数別' });
  await expect(page.getByRole('table', { name: '今後のキャリアに不安はないの平均と回答者数(勤続年数別)' })).toBeVisible();
  await expectAccessible(page, 'trends by tenure');
});
