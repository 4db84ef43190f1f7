import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { call } from './support/api';
import { expect, signIn, test } from './support/test';

// Issue 15.4: a round's dashboard states how old its figures may be, and 「最新に更新」 recounts them there.

const ROUND = '2027年度 集計確認の面談';

test('HR sees a submission on the round dashboard after pressing 「最新に更新」', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { admin, jiro } = seeded();

  // Set-up through the API: a round of one person (二郎), launched.
  await signIn(page, admin.email);
  const templates = ((await call(page, 'GET', '/templates')).body as { items: { id: string; kind: string }[] }).items;
  const created = await call(page, 'POST', '/rounds', {
    name: ROUND,
    type: 'career',
    periodStart: '2027-04-01',
    periodEnd: '2027-04-30',
    sheetTemplateId: templates.find((x) => x.kind === 'sheet')!.id,
    participants: { all: false, employeeIds: [jiro.id] },
  });
  expect(created.status).toBe(201);
  const roundId = created.body.id as string;
  expect((await call(page, 'POST', `/rounds/${roundId}/launch`, { version: created.body.version })).status).toBe(200);
  await expect.poll(async () => (await call(page, 'GET', `/rounds/${roundId}`)).body.status, { timeout: 20_000 }).toBe('launched');

  // HR opens the dashboard: 0 % of sheets in, when it was counted, and the bound it keeps to.
  await page.goto(`/rounds/${roundId}/dashboard`);
  const funnel = page.getByRole('img', { name: /完了までの流れ/ });
  await expect(funnel).toHaveAccessibleName(/シート提出 0%/);
  const counted = page.locator('.figures-asof').first();
  await expect(counted).toContainText(/集計時刻 .+(5分以内の集計です)/);
  const before = await counted.locator('p').textContent();
  await expectAccessible(page, 'round dashboard');

  // 二郎 submits his sheet (in his own browser session, meanwhile).
  const other = await browser.newContext();
  const jiroPage = await other.newPage();
  await signIn(jiroPage, jiro.email);
  type Mine = { items: { id: string; round: { name: string } }[] };
  const mine = (await call(jiroPage, 'GET', '/me/interviews')).body as Mine;
  const id = mine.items.find((i) => i.round.name === ROUND)!.id;
  const answers = {
    currentIssues: { value: '引き継ぎが多く、自分の仕事が後回しになる' },
    careerGoals: { value: { short: '設計を任される', mid: '', long: '' } },
    currentEfforts: { value: '設計レビューの主担当' },
  };
  expect((await call(jiroPage, 'PUT', `/interviews/${id}/forms/sheet/answers`, { answers })).status).toBe(200);
  expect((await call(jiroPage, 'POST', `/interviews/${id}/forms/sheet/submit`)).status).toBe(200);
  await other.close();

  // 「最新に更新」 recounts there, busy while it does, and shows the new 集計時刻.
  const button = page.getByRole('button', { name: '最新に更新', exact: true });
  await button.click();
  await expect(funnel).toHaveAccessibleName(/シート提出 100%/);
  await expect(counted.locator('p')).not.toHaveText(before!);
  await expect(page.getByRole('status').filter({ hasText: /の集計に更新しました/ })).toBeAttached();
  await expect(button).toBeEnabled();
  await page.screenshot({ path: '.tmp/shots/dashboard-refreshed.png', fullPage: true });

  // The round's own page shows the same figures with the same control.
  await page.goto(`/rounds/${roundId}`);
  const stat = page.locator('.stat').filter({ hasText: 'シート提出' });
  await expect(stat).toContainText('1 / 1人');
  await expect(page.locator('.figures-asof').first()).toContainText('5分以内の集計です');
  await expect(page.getByRole('button', { name: '最新に更新', exact: true })).toBeVisible();
});
