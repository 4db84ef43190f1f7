import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { PASSWORD, seeded } from './support/people';
import { expect, test } from './support/test';

// Issue 15.8: the employee's pages on a phone (390 × 844): nothing wider than the screen, the navigation
// reachable, the 1–5 scales on one row. Screenshots go to .tmp/shots/phone-*.png to be looked at.

// Not `isMobile`: a mobile viewport zooms out to fit what overflows, and innerWidth grows with it, hiding the overflow.
test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

/** Nothing on the page is wider than the screen (no sideways scrolling of the page itself). */
async function expectNoOverflow(page: Page, what: string) {
  const { scroll, inner, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    // What sticks out, to say in the failure (the innermost few).
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => {
        const out = (x: Element) => x.getBoundingClientRect().right > window.innerWidth + 1;
        return out(e) && ![...e.children].some(out);
      })
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent ?? '').slice(0, 20)}"`),
  }));
  expect(inner, 'the screen is the phone’s width').toBe(390);
  expect(scroll, `${what}: the page is ${scroll}px wide on a ${inner}px screen: ${wide.join(', ')}`).toBeLessThanOrEqual(inner);
}

async function shoot(page: Page, name: string) {
  await expectNoOverflow(page, name);
  await expectAccessible(page, `phone ${name}`);
  await page.screenshot({ path: `.tmp/shots/phone-${name}.png`, fullPage: true });
}

async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByRole('button', { name: 'メニュー' })).toBeVisible();
}

/** Opens the navigation menu and follows one of its links. */
async function go(page: Page, link: string, heading: string | RegExp) {
  const menu = page.getByRole('button', { name: 'メニュー' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('the employee’s pages fit a phone, the menu opens and closes from the keyboard, and the scales stay on one row', async ({ page }) => {
  test.setTimeout(120_000);
  const { ichiro } = seeded();
  await page.goto('/login');
  await expectNoOverflow(page, 'login');
  await page.screenshot({ path: '.tmp/shots/phone-login.png', fullPage: true });
  await signIn(page, ichiro.email);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'home');

  // The menu, from the keyboard: Enter opens it, Tab goes into it, every section is listed whole, and
  // Escape closes it and gives focus back to its button.
  const menu = page.getByRole('button', { name: 'メニュー' });
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav.getByRole('link', { name: '設定', exact: true })).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'ホーム', exact: true })).toBeFocused();
  for (const name of ['ホーム', '面談の準備', '面談履歴', 'キャリアの希望', '設定'])
    await expect(nav.getByRole('link', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await shoot(page, 'menu');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(nav.getByRole('link', { name: '設定', exact: true })).toBeHidden();

  await go(page, '面談の準備', '面談の準備');
  await shoot(page, 'prep');
  await page
    .getByRole('link', { name: /2026年度下期キャリア面談/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /2026年度下期キャリア面談/ })).toBeVisible();
  await page.getByRole('link', { name: 'キャリア面談シート', exact: true }).click();
  await expect(page.getByRole('button', { name: 'キャリア面談シートを提出する' })).toBeVisible();
  await shoot(page, 'sheet');
  await page.getByRole('link', { name: '事前アンケート', exact: true }).click();
  const scale = page.getByRole('group', { name: /今の仕事内容に満足している/ });
  await expect(scale).toBeVisible();
  await shoot(page, 'survey');

  // Each 1–5 scale on one row, also with the text twice as large (200 % text zoom).
  const tops = async () => scale.getByRole('radio').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(await tops()).size, 'the five answers of a scale share one row').toBe(1);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  expect(new Set(await tops()).size, 'one row at 200 % text size too').toBe(1);
  await expectNoOverflow(page, 'survey at 200 %');
  await scale.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/shots/phone-survey-200.png' });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });

  await page.getByRole('link', { name: '日程', exact: true }).click();
  await shoot(page, 'schedule');

  await go(page, '面談履歴', '面談履歴');
  await shoot(page, 'history');
  await go(page, 'キャリアの希望', 'キャリアの希望');
  await shoot(page, 'wishes');
  await go(page, '面談の準備', '面談の準備');
  await page.getByRole('link', { name: 'スキル棚卸し' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'スキル・経験の棚卸し' })).toBeVisible();
  await shoot(page, 'skills');
  await page
    .getByRole('link', { name: /お知らせ/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'お知らせ' })).toBeVisible();
  await shoot(page, 'notifications');
  await go(page, '設定', '設定');
  await shoot(page, 'settings');
});
