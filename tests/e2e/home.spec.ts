import { type Page, request } from '@playwright/test';
import { addDays, companyToday } from '../../src/domain/shared/calendar';
import { formatDate } from '../../src/domain/shared/format';
import { expectAccessible } from './support/axe';
import { E2E } from './support/env';
import { PASSWORD, seeded } from './support/people';
import { call, shoot } from './support/api';
import { expect, signIn, test } from './support/test';

// Issue 15.3: each role's home page is a to-do list — the employee's steps, the manager's interviews this
// week, HR's rounds with the departments behind and the risk signs — each line a link to where it is done.

const ROUND = '2026年度冬期キャリア面談';
const DUE = addDays(companyToday(), 14);

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * Closes the round this journey launched, as HR in a context of its own (whoever the page is signed in as, and
 * also when the journey failed half-way): later journeys expect 一郎's running interviews to be the seed's.
 */
async function closeRound(email: string, roundId: string) {
  const api = await request.newContext({ baseURL: E2E.baseURL });
  const csrf = async () => (await api.storageState()).cookies.find((c) => c.name === 'mendan_csrf')?.value ?? '';
  await api.get('/api/v1/health');
  await api.post('/api/v1/auth/login', { data: { email, password: PASSWORD }, headers: { 'X-CSRF-Token': await csrf() } });
  const res = await api.post(`/api/v1/rounds/${roundId}/close`, { headers: { 'X-CSRF-Token': await csrf() } });
  expect(res.status()).toBe(200);
  await api.dispose();
}

const section = (page: Page, name: string) => page.getByRole('region', { name });
/** One line of the to-do list: the item whose text says both things. */
const line = (page: Page, title: string, meta: string) =>
  page
    .locator('.todo')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .filter({ hasText: meta });

test('each role opens a home page that lists what is due, and each line leads to where it is done', async ({ page }) => {
  // Set-up across three sign-ins plus three journeys: longer than one page's test.
  test.setTimeout(180_000);
  const { admin, manager, ichiro, jiro } = seeded();

  // HR launches a round for 一郎 (development, his manager 上田 interviews) and 二郎 (sales). Through the API.
  await signIn(page, admin.email);
  const templates = ((await call(page, 'GET', '/templates')).body as { items: { id: string; kind: string }[] }).items;
  const created = await call(page, 'POST', '/rounds', {
    name: ROUND,
    type: 'career',
    periodStart: companyToday(),
    periodEnd: addDays(companyToday(), 60),
    prepDueOn: DUE,
    sheetTemplateId: templates.find((x) => x.kind === 'sheet')!.id,
    surveyTemplateId: templates.find((x) => x.kind === 'survey')!.id,
    participants: { all: false, employeeIds: [ichiro.id, jiro.id] },
  });
  expect(created.status).toBe(201);
  const roundId = created.body.id as string;
  expect((await call(page, 'POST', `/rounds/${roundId}/launch`, { version: created.body.version })).status).toBe(200);
  await expect.poll(async () => (await call(page, 'GET', `/rounds/${roundId}`)).body.status, { timeout: 20_000 }).toBe('launched');
  try {
    await signOut(page);

    // The manager's home asks him to offer times to 一郎; he does (through the API).
    await signIn(page, manager.email);
    await expect(line(page, '社員 一郎さんへの候補日時の提示', ROUND)).toBeVisible();
    const queue = (await call(page, 'GET', '/interviews?pageSize=100')).body as { items: { id: string; round: { id: string } }[] };
    const id = queue.items.find((i) => i.round.id === roundId)!.id;
    const at = new Date(Date.now() + 2 * 86_400_000);
    at.setUTCHours(5, 0, 0, 0);
    const slot = (h: number) => ({
      start: new Date(at.getTime() + h * 3_600_000).toISOString(),
      end: new Date(at.getTime() + (h + 1) * 3_600_000).toISOString(),
      locationType: 'room',
      location: '第2会議室',
    });
    expect((await call(page, 'POST', `/interviews/${id}/slots`, { slots: [slot(0), slot(2)] })).status).toBe(200);
    await signOut(page);

    // 1. The employee: the sheet and survey by their due date, and a time to choose.
    await signIn(page, ichiro.email);
    const mine = section(page, 'あなたのやること');
    const dueText = `${ROUND}・期限 ${formatDate(DUE, 'ja')}`;
    await expect(line(page, 'キャリア面談シートの提出', dueText)).toBeVisible();
    await expect(line(page, '事前アンケートの提出', dueText)).toBeVisible();
    await expect(line(page, '面談日時の選択', `${ROUND}・候補日時が2件届いています`)).toBeVisible();
    // Not an interviewer, not HR: no such parts; the menu is still there.
    await expect(section(page, '担当する面談')).toHaveCount(0);
    await expect(section(page, '人事・管理')).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: 'メニュー', exact: true }).getByRole('link', { name: 'スキル・経験の棚卸し' }),
    ).toBeVisible();
    await expect(mine).toBeVisible();
    await expectAccessible(page, 'employee home');
    await shoot(page, 'home-employee');
    await line(page, '面談日時の選択', ROUND).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/prep/${id}\\?tab=schedule$`));
    // Chooses a time and submits both forms (through the API: those pages have their own journeys).
    const offered = (await call(page, 'GET', `/interviews/${id}/slots`)).body as { slots: { id: string }[] };
    expect((await call(page, 'POST', `/interviews/${id}/schedule`, { slotId: offered.slots[0]!.id })).status).toBe(200);
    const sheet = {
      currentIssues: { value: '残業が多いこと' },
      careerGoals: { value: { short: 'リーダー経験', mid: '', long: '' } },
      currentEfforts: { value: '設計レビュー' },
    };
    const survey = { jobSatisfaction: { value: 1 }, rewarding: { value: 2 }, careerAnxiety: { value: 1 } };
    for (const [kind, answers] of [
      ['sheet', sheet],
      ['survey', survey],
    ] as const) {
      expect((await call(page, 'PUT', `/interviews/${id}/forms/${kind}/answers`, { answers })).status).toBe(200);
      expect((await call(page, 'POST', `/interviews/${id}/forms/${kind}/submit`)).status).toBe(200);
    }
    await page.goto('/');
    await expect(page.locator('.todo').filter({ hasText: `${ROUND}・面談者 上田 三郎さん` })).toBeVisible();
    await expect(line(page, 'キャリア面談シートの提出', ROUND)).toHaveCount(0);
    await signOut(page);

    // 2. The manager: this week's interview with how far 一郎 prepared, linked to the prep page; never 二郎.
    await signIn(page, manager.email);
    const week = line(page, '社員 一郎さんとの面談', 'シート 提出済み・アンケート 提出済み');
    await expect(week).toBeVisible();
    await expect(section(page, '担当する面談')).not.toContainText(jiro.givenName);
    await expectAccessible(page, 'manager home');
    await shoot(page, 'home-manager');
    await week.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/interviews/${id}\\?tab=prep$`));
    await signOut(page);

    // 3. HR: the round with the department behind (sales has not started), and the new risk sign.
    await signIn(page, admin.email);
    const hr = section(page, '人事・管理');
    const round = line(page, `${ROUND}の進み具合`, '面談実施');
    // The first counts are made by a job; the page asks again until they are there.
    await expect(round.locator('.todo__lagging li')).toHaveText(/^営業部 面談実施 0\/1人・日時決定 0\/1人・シート提出 0\/1人/, {
      timeout: 30_000,
    });
    const risks = line(page, `離職リスクのサイン(${ROUND})`, '1人が該当しています');
    await expect(risks).toBeVisible({ timeout: 30_000 });
    await expect(risks.locator('.badge--new')).toHaveText('新着 1人');
    await expect(hr).toBeVisible();
    await expectAccessible(page, 'HR home');
    await shoot(page, 'home-hr');
    await risks.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/insight/risks\\?round=${roundId}$`));
    await expect(page.getByLabel('ラウンド', { exact: true })).toHaveValue(roundId);
  } finally {
    await closeRound(admin.email, roundId);
  }
});

test('nothing due: the home page says so, and still offers the menu', async ({ page }) => {
  const { jiro } = seeded();
  await signIn(page, jiro.email);
  // An answer with nothing in it (二郎 himself has forms to fill): how the page reads when all is done.
  await page.route('**/api/v1/me/todo', (route) =>
    route.fulfill({
      json: {
        today: companyToday(),
        employee: {
          forms: [],
          chooseTime: [],
          upcoming: [],
          plansToConfirm: { items: [], more: false },
          itemsDue: { items: [], more: false },
          hearings: [],
        },
        interviewer: null,
        hr: null,
      },
    }),
  );
  await page.goto('/');
  await expect(page.getByText('今やることはありません。')).toBeVisible();
  await expect(page.getByRole('region', { name: 'メニュー', exact: true }).getByRole('link', { name: '面談の準備' })).toBeVisible();
  await expectAccessible(page, 'empty home');
  await shoot(page, 'home-empty');
});
