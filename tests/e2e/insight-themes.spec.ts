import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

const ROUND = '2026年度下期キャリア面談';

async function roundId(page: Page): Promise<string> {
  const res = await page.request.get('/api/v1/rounds?status=all');
  const items = ((await res.json()) as { items: { id: string; name: string }[] }).items;
  return items.find((r) => r.name === ROUND)!.id;
}

test('HR counts what the free-text answers of a round talk about; under five people nothing is shown', async ({ page }) => {
  await signIn(page, seeded().admin.email);
  await page.getByRole('navigation').getByRole('link', { name: 'インサイト' }).click();
  await page.getByRole('link', { name: '自由記述で語られていること' }).click();
  await expect(page.getByRole('heading', { name: '自由記述で語られていること', level: 1 })).toBeVisible();
  await page.getByLabel('ラウンド').selectOption({ label: ROUND });
  // The first look starts the count; the page follows its progress and then shows the result.
  await expect(page.getByText(/時点の集計/)).toBeVisible();
  // The seeded round has two people: no word reaches five, so none is shown.
  await expect(page.getByText('5人以上が書いている言葉はまだありません。')).toBeVisible();
  await expect(page.getByText(/5人未満しか書いていない言葉は表示しません/)).toBeVisible();
  await expectAccessible(page, 'themes');
  await page.getByRole('button', { name: '集計し直す' }).click();
  await expect(page.getByText('集計し直しました。')).toBeVisible();
  await expectAccessible(page, 'themes after a recount');
});

test('a manager does not find the themes page', async ({ page }) => {
  await signIn(page, seeded().manager.email);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'インサイト' })).toHaveCount(0);
  await page.goto('/insight/themes');
  await expect(page.getByRole('heading', { name: '見つかりませんでした' })).toBeVisible();
});

// Five or more people writing the same word need more sign-ins than the e2e seed has, so this journey
// answers the two themes requests with a fixed count (the API itself is tested on both databases in
// tests/integration/insight-themes.test.ts) and checks what the screen does with it.
const WORDS = [
  '介護',
  '残業',
  '評価',
  '研修',
  '育児',
  '資格',
  '異動',
  'リーダー',
  'AWS',
  '給与',
  '育成',
  '在宅',
  '勤務',
  '相談',
  '上司',
  '開発',
  '営業',
  '会議',
  '目標',
  '挑戦',
  '英語',
  '時短',
];
const TRENDS = ['rising', 'steady', 'falling', 'new', 'steady'] as const;

function themesBody(id: string) {
  return {
    round: { id, name: ROUND, status: 'launched' },
    asOf: '2026-12-10T01:00:00.000Z',
    respondents: 120,
    previousRound: { id: '00000000-0000-4000-8000-000000000001', name: '2025年度下期キャリア面談', respondents: 110 },
    minGroup: 5,
    words: WORDS.map((w, i) => ({
      word: w.toLowerCase(),
      label: w,
      people: 60 - i * 2,
      previous: i % 5 === 3 ? null : 40 - i,
      trend: TRENDS[i % 5],
    })),
    running: null,
  };
}

const answer = (n: number, text: string, hrOnly = false) => ({
  interviewId: `00000000-0000-4000-8000-0000000000${String(10 + n)}`,
  employee: { id: `00000000-0000-4000-8000-0000000001${String(10 + n)}`, familyName: '社員', givenName: `${n}号` },
  department: { name: '開発部', nameEn: 'Development' },
  kind: 'sheet',
  field: { id: 'currentIssues', label: '今の仕事で抱えている課題や悩み' },
  hrOnly,
  text,
  highlights: [...text.matchAll(/介護/g)].map((m) => [m.index, m.index + 2]),
});

test('HR reads the top words as a chart and a table with trends, and the answers behind a word with the word marked', async ({ page }) => {
  await signIn(page, seeded().admin.email);
  const id = await roundId(page);
  await page.route(
    (url) => url.pathname === `/api/v1/insight/themes/${id}`,
    (route) => route.fulfill({ json: themesBody(id) }),
  );
  await page.route(
    (url) => url.pathname === `/api/v1/insight/themes/${id}/answers`,
    (route) => {
      const p = Number(new URL(route.request().url()).searchParams.get('page'));
      const items =
        p === 1
          ? [answer(1, '親の介護が始まりました。<b>タグ</b>は文字のまま。'), answer(2, '介護休暇を取りたい', true)]
          : [answer(3, '介護と育児')];
      return route.fulfill({ json: { word: '介護', label: '介護', people: 60, items, page: p, pageSize: 20, hasMore: p === 1 } });
    },
  );
  await page.goto(`/insight/themes?round=${id}`);

  await expect(page.getByRole('img', { name: /よく使われている言葉の上位20語: 介護 60人、残業 58人/ })).toBeVisible();
  await expect(page.locator('.chart svg.recharts-surface')).toBeVisible();
  const table = page.getByRole('table', { name: '言葉の一覧(人数の多い順)' });
  await expect(table.getByRole('row')).toHaveCount(WORDS.length + 1);
  await expect(table.getByRole('row', { name: /介護/ })).toContainText('増加');
  await expect(table.getByRole('row', { name: /評価/ })).toContainText('減少');
  await expect(table.getByRole('row', { name: /研修/ })).toContainText('新出');
  await expect(table.getByRole('row', { name: /研修/ })).toContainText('5人未満');
  await expect(page.getByText('前回のラウンド「2025年度下期キャリア面談」(回答者 110人)と比べています。')).toBeVisible();
  await expectAccessible(page, 'themes with words');

  await table.getByRole('button', { name: '「介護」を含む回答を見る' }).click();
  const answers = page.getByRole('region', { name: '「介護」を含む回答' });
  await expect(page.getByRole('heading', { name: '「介護」を含む回答' })).toBeFocused();
  await expect(answers).toContainText('60人が書いています');
  // What people wrote is text: a tag in it is shown, never rendered.
  await expect(answers).toContainText('<b>タグ</b>は文字のまま。');
  await expect(answers.locator('b')).toHaveCount(0);
  await expect(answers.locator('mark').first()).toHaveText('介護');
  await expect(answers.getByText('人事のみ')).toBeVisible();
  await expect(answers.getByRole('link', { name: '社員 1号' })).toBeVisible();
  await expectAccessible(page, 'themes drill-down');

  await answers.getByRole('button', { name: '次へ' }).click();
  await expect(answers).toContainText('2ページ目');
  await expect(answers).toContainText('介護と育児');
  await expect(page).toHaveURL(/word=%E4%BB%8B%E8%AD%B7&page=2|word=介護&page=2/);
  await answers.getByRole('button', { name: '閉じる' }).click();
  await expect(page.getByRole('heading', { name: '「介護」を含む回答' })).toHaveCount(0);
});
