import type { Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { seeded } from './support/people';
import { expect, signIn, test } from './support/test';

const SECRET = '来年から母の介護が始まります';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
}

test('an employee writes the career sheet in Japanese, reloads mid-way without losing text, and submits; the manager never sees the 人事のみ answer', async ({
  page,
}) => {
  const { ichiro, manager } = seeded();
  await signIn(page, ichiro.email);
  await page.getByRole('navigation').getByRole('link', { name: '面談の準備' }).click();
  await page.getByRole('link', { name: '2026年度下期キャリア面談' }).click();
  await expect(page.getByRole('heading', { name: '今回のテーマ' })).toBeVisible();
  await expect(page.getByText('スキル・キャリアアップの計画')).toBeVisible();
  await expectAccessible(page, 'prep overview');

  await page.getByRole('link', { name: 'キャリア面談シート' }).click();
  const issues = page.getByLabel('今の仕事で抱えている課題や悩み');
  await issues.click();
  await page.keyboard.type('後輩の育成に時間が取れない。');
  // An IME conversion: composing text, then committing it (変換確定), as a Japanese keyboard does.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ちーむ', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: 'チーム' });
  await page.keyboard.type('の目標も曖昧です');
  await expect(page.getByText(/保存しました/)).toBeVisible();
  await expectAccessible(page, 'sheet');

  // Typed and reloaded at once, before the autosave could run: the text must come back.
  const efforts = page.getByLabel('いま取り組んでいる課題');
  await efforts.fill('設計レビューの主担当を務めている');
  await page.reload();
  await expect(page.getByText('保存が終わっていなかった入力内容を復元しました')).toBeVisible();
  await expect(page.getByLabel('いま取り組んでいる課題')).toHaveValue('設計レビューの主担当を務めている');
  await expect(page.getByLabel('今の仕事で抱えている課題や悩み')).toHaveValue('後輩の育成に時間が取れない。チームの目標も曖昧です');

  await page.getByLabel('短期(1年)').fill('小さなチームのリーダーを経験する');
  const detail = page.locator('[data-field="supportDetail"]');
  await detail.getByLabel('具体的な内容').fill(SECRET);
  await detail.getByLabel('人事のみ(上司には見せない)').check();
  await expect(page.getByText(/保存しました/)).toBeVisible();

  await page.getByRole('button', { name: 'キャリア面談シートを提出する' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'キャリア面談シートを提出しますか?' })).toBeVisible();
  await expectAccessible(page, 'submit dialog');
  await dialog.getByRole('button', { name: '提出する' }).click();
  await expect(page.getByText('提出済み')).toBeVisible();
  await expect(page.getByLabel('今の仕事で抱えている課題や悩み')).toHaveJSProperty('readOnly', true);
  await signOut(page);

  await signIn(page, manager.email);
  await page.getByRole('navigation').getByRole('link', { name: '担当する面談' }).click();
  await page.getByRole('link', { name: '社員 一郎' }).click();
  await page.getByRole('link', { name: 'キャリア面談シート' }).click();
  await expect(page.getByLabel('今の仕事で抱えている課題や悩み')).toHaveValue('後輩の育成に時間が取れない。チームの目標も曖昧です');
  await expect(page.locator('main')).not.toContainText(SECRET);
  // Not an empty box: the manager is told the employee shared it with HR only (issue 15.6), and nothing more.
  const kept = page.locator('[data-field="supportDetail"]');
  await expect(kept).toContainText('具体的な内容');
  await expect(kept).toContainText('本人の希望で人事のみに共有されています');
  await expect(kept.locator('textarea')).toHaveCount(0);
  await expectAccessible(page, 'manager reads the sheet');
  await kept.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/shots/manager-hr-only.png' });

  // The printable sheet (A4, saved as PDF by the browser) is the same read path: no 人事のみ answer.
  await page.getByRole('link', { name: '印刷・PDF' }).click();
  await expect(page.getByRole('heading', { name: 'キャリア面談シート', level: 1 })).toBeVisible();
  await expect(page.getByText('後輩の育成に時間が取れない。チームの目標も曖昧です')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(SECRET);
  await expect(page.getByText('本人の希望で人事のみに共有されています')).toBeVisible();
  await expectAccessible(page, 'print view');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
  await signOut(page);

  // HR sees the answer, marked, with the confidentiality notice.
  await signIn(page, seeded().admin.email);
  const rounds = (await (await page.request.get('/api/v1/rounds?status=all')).json()) as { items: { id: string; name: string }[] };
  const roundId = rounds.items.find((r) => r.name === '2026年度下期キャリア面談')!.id;
  const list = (await (await page.request.get(`/api/v1/rounds/${roundId}/interviews`)).json()) as {
    items: { id: string; employee: { id: string } }[];
  };
  await page.goto(`/interviews/${list.items.find((i) => i.employee.id === ichiro.id)!.id}/print/sheet`);
  await expect(page.getByText(SECRET)).toBeVisible();
  await expect(page.getByText('機密: 「人事のみ」の回答を含みます')).toBeVisible();
});

/** A weekday at least three days ahead, as YYYY-MM-DD (the date input's value). */
function futureWeekday(): string {
  const d = new Date(Date.now() + 3 * 86_400_000);
  while ([0, 6].includes(d.getDay())) d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('the manager offers times, is warned about the busy first hour, and the employee picks one', async ({ page }) => {
  const { ichiro, manager } = seeded();
  await signIn(page, manager.email);
  await page.goto('/interviews');
  await page.getByRole('link', { name: '社員 一郎' }).click();
  await page.getByRole('link', { name: '日程' }).click();
  await expect(page.getByText('話す内容が他の人に聞こえない個室を選びましょう')).toBeVisible();
  const day = futureWeekday();
  await page.getByLabel('日付').fill(day);
  await page.getByLabel('開始').fill('09:00');
  await page.getByLabel('終了').fill('09:30');
  await expect(page.getByText('朝一番など業務の忙しい時間帯です')).toBeVisible();
  await page.getByLabel('開始').fill('14:00');
  await page.getByLabel('終了').fill('15:00');
  await expect(page.getByText('朝一番など業務の忙しい時間帯です')).toHaveCount(0);
  await page.getByLabel('会議室名').fill('第2会議室');
  await expectAccessible(page, 'offer times');
  await page.getByRole('button', { name: '候補日時を送る' }).click();
  await expect(page.getByRole('button', { name: '取り下げる' })).toBeVisible();
  await signOut(page);

  await signIn(page, ichiro.email);
  await page.goto('/prep');
  await expect(page.getByText('候補日時が1件届いています')).toBeVisible();
  await page.getByRole('link', { name: '2026年度下期キャリア面談' }).click();
  await page.getByRole('link', { name: '日程' }).click();
  await page.getByRole('button', { name: 'この日時にする' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'この日時にする' }).click();
  await expect(page.getByRole('heading', { name: '面談の日時' })).toBeVisible();
  await expect(page.getByText('第2会議室(個室)')).toBeVisible();
  await expect(page.getByText(/14:00〜15:00/)).toBeVisible();
  const ics = await page.request.get(
    await page
      .getByRole('link', { name: 'カレンダーに追加(.ics)' })
      .getAttribute('href')
      .then((h) => h!),
  );
  expect(await ics.text()).toContain('BEGIN:VEVENT');
  await expectAccessible(page, 'appointment');
});
