import { readFileSync } from 'node:fs';
import { apiAs, launchRoundFor, shoot, signOut } from './support/api';
import { expectAccessible } from './support/axe';
import { E2E } from './support/env';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

// Issue 18.3–18.4: a manager links an action item to a gap of the employee's career goal and the follow-up shows the
// levels; HR names a position's career role and sees the candidates ranked with their gaps. Runs after every other
// spec (its own Playwright project): it uses the map career-paths.spec imports, or imports it when run alone.

type Role = { id: string; code: string };

test('a manager links an action item to a career gap and the follow-up shows the levels; HR ranks a position on a career role', async ({
  page,
  playwright,
}) => {
  test.setTimeout(180_000);
  const { admin, gapsManager, gapsEmployee } = seeded();

  // Set-up through the API: the map (when this spec runs alone), a round for 翔太, his skills and his goal.
  const hr = await apiAs(await playwright.request.newContext({ baseURL: E2E.baseURL }), admin.email);
  const map = await hr<{ version: unknown; roles: Role[] }>('GET', '/career/framework');
  if (!map.version) await hr('POST', '/imports/careerPaths/commit', readFileSync(E2E.fixture('career-paths.csv'), 'utf8'), 'text/csv');
  const interviewId = await launchRoundFor(hr, {
    name: 'スキルアップ面談',
    periodStart: '2027-06-01',
    periodEnd: '2027-06-30',
    theme: { title: '目標までの差', description: '期待スキルとの差と、その埋め方' },
    employeeId: gapsEmployee.id,
  });
  const shota = await apiAs(await playwright.request.newContext({ baseURL: E2E.baseURL }), gapsEmployee.email);
  const skills = (ts: number) => ({
    skills: [
      { name: 'TypeScript', level: ts },
      { name: '設計', level: 4 },
    ],
    items: [],
  });
  await shota('PUT', '/me/inventory', skills(3));
  const senior = (await shota<{ framework: { roles: Role[] } }>('GET', '/me/career')).framework.roles.find((r) => r.code === 'E-S4')!;
  await shota('PUT', '/me/career/goal', { roleId: senior.id, term: 'mid' });

  // 1. His manager writes a plan item and links it to the TypeScript gap as training.
  await signIn(page, gapsManager.email);
  await page.goto(`/interviews/${interviewId}?tab=record`);
  const plan = page.getByRole('region', { name: 'アクションプラン' });
  await plan.getByLabel('やること').fill('型設計の社内研修を受ける');
  await plan.getByRole('button', { name: '保存する', exact: true }).click();
  const item = plan.locator('li.plan-item').filter({ hasText: '型設計の社内研修を受ける' });
  await item.getByRole('button', { name: 'ギャップに紐づける' }).click();
  await expect(item.getByText('キャリア目標「シニアエンジニア」のギャップから選びます。')).toBeVisible();
  await item.getByLabel('スキル').selectOption({ label: 'TypeScript(いま 3 / 必要 4)' });
  await item.getByLabel('取り組み方').selectOption({ label: '研修' });
  await item.getByRole('button', { name: '紐づけを保存' }).click();
  await expect(item).toContainText('TypeScript 3 → 3 / 必要 4');
  await expect(item).toContainText('研修');
  await expectAccessible(page, 'plan with a linked gap');
  await shoot(page, 'career-gaps-plan');

  // 2. The interview is held; 翔太 takes the training and his inventory says 4; the follow-up keeps that level.
  const mgr = await apiAs(await playwright.request.newContext({ baseURL: E2E.baseURL }), gapsManager.email);
  await mgr('POST', `/interviews/${interviewId}/held?early=true`);
  await shota('PUT', '/me/inventory', skills(4));
  await page.reload();
  await expect(item).toContainText('TypeScript 3 → 4 / 必要 4');
  await expect(item).toContainText('期待レベルに到達');
  const followUps = page.getByRole('region', { name: 'アフターフォロー' });
  await followUps.getByRole('group', { name: '型設計の社内研修を受ける' }).getByLabel('状況').selectOption({ label: '完了' });
  await followUps.getByRole('button', { name: 'フォローアップを保存する' }).click();
  await expect(followUps.locator('ol.follow-ups')).toContainText('TypeScript 3 → 4(このフォロー時点) / 必要 4');
  await expectAccessible(page, 'follow-up with the gap closing');
  await shoot(page, 'career-gaps-follow-up');
  await signOut(page);

  // 3. HR names a position's career role; the candidates are ranked on its expected levels, each with the gap.
  await signIn(page, admin.email);
  await page.goto('/placement');
  await page.getByRole('link', { name: 'ポジション・プロジェクト' }).click();
  await page.getByRole('button', { name: 'ポジション・プロジェクトを追加' }).click();
  await page.getByLabel('名称').fill('決済基盤のシニアエンジニア');
  await page.getByLabel('キャリアロール').selectOption({ label: 'エンジニア職 / シニアエンジニア(G4)' });
  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByText('登録しました。')).toBeVisible();
  await page.locator('li.row-card').filter({ hasText: '決済基盤のシニアエンジニア' }).getByRole('button', { name: '候補者を見る' }).click();
  await page.getByLabel('希望を出していない人も、スキルが合えば含める').check();
  await expect(page.getByText('スキルはキャリアロール「シニアエンジニア」の期待レベルとの差で評価しています。')).toBeVisible();
  const candidate = page.locator('li.row-card').filter({ hasText: '技術 翔太' });
  await expect(candidate).toContainText('期待スキルとの差');
  await expect(candidate).toContainText('あと3段階');
  await expect(candidate).toContainText('AWS 0 → 3');
  await expect(candidate).toContainText('キャリアロール「シニアエンジニア」の期待スキル: あと3段階');
  await expectAccessible(page, 'candidates on a career role');
  await shoot(page, 'career-gaps-candidates');
});
