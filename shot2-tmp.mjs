import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
await page.goto('http://127.0.0.1:3199/login');
await page.getByLabel('メールアドレス').fill('shain.ichiro@example.jp');
await page.getByLabel('パスワード').fill('correct horse battery');
await page.getByRole('button', { name: 'ログイン', exact: true }).click();
await page.waitForTimeout(1000);
const mine = await (await page.request.get('http://127.0.0.1:3199/api/v1/me/interviews')).json();
const id = mine.items[0].id;
console.log('ID', id);
for (const tab of ['overview', 'sheet', 'survey', 'schedule']) {
  await page.goto(`http://127.0.0.1:3199/prep/${id}?tab=${tab}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/prep-${tab}.png`, fullPage: true });
}
await browser.close();
