import { expectAccessible } from './support/axe';
import { E2E } from './support/env';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

const BAD_EMAIL = 'メールアドレスの形式が正しくありません。';

test('admin imports employees from CSV: a bad row blocks the import, the fixed file goes in', async ({ page }) => {
  const { admin } = seeded();
  await signIn(page, admin.email);
  await expectAccessible(page, 'home');
  // page.request shares the browser's cookies: the count is what the signed-in admin sees.
  const employeeCount = async () => {
    const res = await page.request.get('/api/v1/employees?status=all&pageSize=1');
    expect(res.status()).toBe(200);
    return ((await res.json()) as { total: number }).total;
  };
  const before = await employeeCount();

  await page.getByRole('navigation').getByRole('link', { name: 'CSV取り込み' }).click();
  await page.getByRole('radio', { name: '社員' }).check();
  const file = page.getByLabel('CSVファイル');
  await expect(file).toBeAttached();
  await expectAccessible(page, 'import');

  // Line 3 of the file (the second person) has an invalid email.
  await file.setInputFiles(E2E.fixture('employees-bad-email.csv'));
  await page.getByRole('button', { name: '内容を確認' }).click();
  const badRow = page.getByRole('row').filter({ hasText: BAD_EMAIL });
  await expect(badRow).toHaveCount(1);
  await expect(badRow.getByRole('cell').first()).toHaveText('3');
  await expect(page.getByRole('button', { name: '取り込む', exact: true })).toBeDisabled();
  await expectAccessible(page, 'import preview with errors');
  expect(await employeeCount()).toBe(before);

  await file.setInputFiles(E2E.fixture('employees.csv'));
  await page.getByRole('button', { name: '内容を確認' }).click();
  await expect(page.getByRole('button', { name: '取り込む', exact: true })).toBeEnabled();
  await expect(page.getByText(BAD_EMAIL)).toHaveCount(0);
  await expectAccessible(page, 'import preview clean');

  // Three rows commit in a blink: remember whether a progress bar was ever shown.
  await page.evaluate(() => {
    const w = window as unknown as { sawProgress: boolean };
    w.sawProgress = false;
    const look = () => {
      if (document.querySelector('progress, [role="progressbar"]')) w.sawProgress = true;
    };
    look();
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByRole('button', { name: '取り込む', exact: true }).click();
  await expect(page.getByText(/件を取り込みました/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
  await expectAccessible(page, 'import done');
  expect(await employeeCount()).toBe(before + 3);

  await page.getByRole('navigation').getByRole('link', { name: '社員名簿' }).click();
  const search = page.getByLabel('検索');
  for (const [query, name] of [
    ['渡辺', /渡辺\s*桜/],
    ['ナカムラ', /中村\s*美咲/],
  ] as const) {
    await search.fill(query);
    await search.press('Enter');
    await expect(page.getByRole('main').getByText(name).first()).toBeVisible();
  }
  await expectAccessible(page, 'directory search');
});
