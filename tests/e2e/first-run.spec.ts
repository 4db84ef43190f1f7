import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../src/domain/demo/names';
import { type ServerProcess, startServer } from '../support/server-process';
import { expectAccessible } from './support/axe';
import { E2E } from './support/env';
import { expect, test } from './support/test';

// Issue 15.1: `npm start` on an empty database, then the browser. Each test runs a server of its own on a
// fresh PGlite folder (the shared e2e server's database has an administrator already).

const SHOTS = join(E2E.dataDir, '..', 'screens');
// A server of its own starts (and migrates a new database) before each test; the demo load takes a minute or more.
test.describe.configure({ timeout: 300_000 });
let server: ServerProcess | undefined;
let dir: string | undefined;

test.beforeEach(async () => {
  dir = mkdtempSync(join(E2E.dataDir, '..', 'first-run-'));
  server = await startServer({ DATA_DIR: dir });
});
test.afterEach(async () => {
  await server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A screenshot at desktop width and at a phone's 390 px, kept under .tmp/screens to look at. */
async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize()!;
  await page.screenshot({ path: join(SHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  // Nothing wider than the phone's screen (the page itself never scrolls sideways).
  // Polled: charts follow the new width a frame or two after the resize.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name}: wider than a 390px screen` })
    .toBeLessThanOrEqual(390);
  await page.screenshot({ path: join(SHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(size);
}

test('the first visit to a new installation creates the administrator in the browser and lands signed in', async ({ page }) => {
  // npm start told the operator where to go first.
  await expect.poll(() => server!.output()).toMatch(/"event":"startup.next".*(まだ管理者がいません|No administrator yet)/);
  await page.goto(`${server!.baseUrl}/`);
  await expect(page.getByRole('heading', { name: 'Mendan へようこそ', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'デモ会社を読み込む' })).toBeVisible();
  await expectAccessible(page, 'first run');
  await shoot(page, 'setup');

  const form = page.locator('section.card').filter({ has: page.getByRole('heading', { name: '最初の管理者を作成する' }) });
  await form.getByLabel('姓').fill('管理');
  await form.getByLabel(/^名/).fill('花子');
  await form.getByLabel('メールアドレス').fill('kanri.hanako@example.jp');
  await form.getByLabel(/^パスワード必須/).fill('a long enough secret');
  await form.getByLabel('パスワード(確認)').fill('a different secret');
  await form.getByRole('button', { name: '管理者を作成してはじめる' }).click();
  await expect(form.getByText('パスワードが一致しません。')).toBeVisible();
  await form.getByLabel('パスワード(確認)').fill('a long enough secret');
  await form.getByRole('button', { name: '管理者を作成してはじめる' }).click();

  // Signed in: the home page of an administrator.
  await expect(page.getByRole('navigation').getByRole('link', { name: 'ホーム' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '監査ログ' })).toBeVisible();
  await expectAccessible(page, 'home after setup');

  // The setup is over: signed out, the first visit is the sign-in page again.
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page.getByRole('button', { name: 'ログイン', exact: true })).toBeVisible();
  await page.goto(`${server!.baseUrl}/setup`);
  await expect(page.getByRole('button', { name: 'ログイン', exact: true })).toBeVisible();
});

test('the demo company loads from the first-run page, and its HR person sees figures at once', async ({ page }) => {
  await page.goto(`${server!.baseUrl}/login`);
  await page.getByRole('button', { name: 'デモ会社を読み込む' }).click();
  await expect(page.getByRole('heading', { name: 'デモ会社を読み込んでいます' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/…/);
  await shoot(page, 'setup-demo-loading');
  await expect(page.getByRole('heading', { name: 'デモ会社の準備ができました' })).toBeVisible({ timeout: 240_000 });
  await expect(page.getByText(DEMO_PASSWORD)).toBeVisible();
  // The terminal keeps the sign-ins for whoever closes this tab.
  await expect.poll(() => server!.output()).toMatch(new RegExp(`"event":"demo.ready".*${DEMO_PASSWORD}`));
  await expectAccessible(page, 'demo ready');
  await shoot(page, 'setup-demo-ready');

  const hr = page.getByRole('listitem').filter({ hasText: '人事担当' });
  await hr.getByRole('button', { name: 'この人でログイン' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'インサイト' })).toBeVisible();
  await shoot(page, 'demo-home-hr');

  await page.goto(`${server!.baseUrl}/insight/trends`);
  await expect(page.getByRole('heading', { name: /満足度/, level: 1 })).toBeVisible();
  await expect(page.locator('table').first()).toContainText(/\d\.\d/);
  await page.waitForTimeout(1000);
  await shoot(page, 'demo-trends');
  await page.goto(`${server!.baseUrl}/insight/themes`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('まだ集計していません')).toHaveCount(0);
  await page.waitForTimeout(1000);
  await shoot(page, 'demo-themes');
  for (const [path, name] of [
    ['/insight', 'demo-insight'],
    ['/insight/risks', 'demo-risks'],
    ['/placement', 'demo-placement'],
    ['/rounds', 'demo-rounds'],
    ['/insight/reflection', 'demo-reflection-hr'],
  ] as const) {
    await page.goto(`${server!.baseUrl}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForTimeout(1500);
    await shoot(page, name);
  }
  // A held round: its page and dashboard with the ratings' bars (they pushed the page sideways on a phone).
  const listed = await page.request.get(`${server!.baseUrl}/api/v1/rounds?status=closed`);
  const held = ((await listed.json()) as { items: { id: string }[] }).items[0]!;
  for (const [path, name] of [
    [`/rounds/${held.id}`, 'demo-round-held'],
    [`/rounds/${held.id}/dashboard`, 'demo-round-dashboard'],
  ] as const) {
    await page.goto(`${server!.baseUrl}${path}`);
    await expect(page.locator('.rating-bars')).toBeVisible();
    await shoot(page, name);
  }
  // The printed employee's submitted sheet on a phone: every answer whole, none clipped mid-line.
  await page.getByRole('button', { name: 'ログアウト' }).click();
  // The browser that loaded the demo is shown its sign-ins again after signing out.
  const employee = page.getByRole('listitem').filter({ hasText: '面談の日時が決まっています' });
  await expect(employee).toContainText('ren.wada@demo.example.jp');
  await employee.getByRole('button', { name: 'この人でログイン' }).click();
  await expect(page.getByRole('button', { name: 'ログアウト' })).toBeVisible();
  const mine = await page.request.get(`${server!.baseUrl}/api/v1/me/interviews`);
  const running = ((await mine.json()) as { items: { id: string; round: { status: string } }[] }).items.find(
    (i) => i.round.status === 'launched',
  )!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server!.baseUrl}/prep/${running.id}?tab=sheet`);
  await expect(page.getByText('提出済み').first()).toBeVisible();
  const clipped = await page.evaluate(
    () => [...document.querySelectorAll('textarea[readonly]')].filter((e) => e.scrollHeight > e.clientHeight + 2).length,
  );
  expect(clipped, 'answers clipped in their boxes').toBe(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await shoot(page, 'demo-employee-sheet');

  // Issue 19: the printed manager's reflection card shows figures (five answers or more), and their prep page for
  // the running interview one reminder from the weakest caution.
  await page.getByRole('button', { name: 'ログアウト' }).click();
  const manager = page.getByRole('listitem').filter({ hasText: '上司(下の社員の面談者)' });
  await manager.getByRole('button', { name: 'この人でログイン' }).click();
  await expect(page.getByRole('button', { name: 'ログアウト' })).toBeVisible();
  await page.goto(`${server!.baseUrl}/reflection`);
  await expect(page.getByRole('heading', { name: /^まず取り組むこと/ })).toBeVisible();
  await expect(page.getByRole('region', { name: '社員の回答(1〜5の平均)' }).locator('table')).toContainText(/\d\.\d/);
  await expectAccessible(page, 'demo reflection card');
  await shoot(page, 'demo-reflection-card');
  await page.goto(`${server!.baseUrl}/interviews/${running.id}?tab=prep`);
  await expect(page.getByRole('complementary', { name: '面談の振り返りから' })).toBeVisible();
  await shoot(page, 'demo-prep-reminder');
});
