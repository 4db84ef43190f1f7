import { mkdirSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { PASSWORD } from './people';
import { expect } from './test';

/** Calls the API as the page's signed-in person (with the CSRF token), for set-up steps that are not the journey. */
export async function call(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const token = (await page.context().cookies()).find((c) => c.name === 'mendan_csrf')?.value ?? '';
  const res = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { 'X-CSRF-Token': token } });
  return { status: res.status(), body: (await res.json().catch(() => null)) as Record<string, unknown> };
}

const SHOTS = '.tmp/shots';

/**
 * The page at desktop width and at a phone's 390 px, saved to `.tmp/shots/<name>-{desktop,phone}.png` to look at;
 * on the phone nothing may be wider than the screen (polled: charts follow a resize a frame or two later).
 */
export async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name}: wider than a phone` })
    .toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Signs in through the API and returns a caller with the CSRF token (set-up steps that are not the journey). */
export async function apiAs(req: APIRequestContext, email: string) {
  await req.get('/api/v1/health');
  const cookie = (await req.storageState()).cookies.find((c) => c.name === 'mendan_csrf')?.value ?? '';
  const res = await req.post('/api/v1/auth/login', { data: { email, password: PASSWORD }, headers: { 'X-CSRF-Token': cookie } });
  expect(res.status()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, data?: unknown, type = 'application/json'): Promise<T> => {
    const r = await req.fetch(`/api/v1${path}`, { method, data, headers: { 'X-CSRF-Token': csrfToken, 'content-type': type } });
    const text = await r.text();
    if (!r.ok()) throw new Error(`${method} ${path} answered ${r.status()}: ${text}`);
    // The import answers NDJSON progress lines: nothing to read back from it here.
    return (r.headers()['content-type']?.includes('application/json') ? JSON.parse(text) : null) as T;
  };
}
export type ApiCaller = Awaited<ReturnType<typeof apiAs>>;

/** A launched round of the default sheet and survey for one person, with one theme; answers its one interview's id. */
export async function launchRoundFor(
  hr: ApiCaller,
  r: { name: string; periodStart: string; periodEnd: string; theme: { title: string; description: string }; employeeId: string },
): Promise<string> {
  const templates = (await hr<{ items: { id: string; kind: string }[] }>('GET', '/templates')).items;
  const round = await hr<{ id: string; version: number }>('POST', '/rounds', {
    name: r.name,
    type: 'career',
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    themes: [{ title: { ja: r.theme.title }, description: { ja: r.theme.description } }],
    sheetTemplateId: templates.find((x) => x.kind === 'sheet')!.id,
    surveyTemplateId: templates.find((x) => x.kind === 'survey')!.id,
    participants: { all: false, employeeIds: [r.employeeId] },
  });
  await hr('POST', `/rounds/${round.id}/launch`, { version: round.version });
  await expect.poll(async () => (await hr<{ status: string }>('GET', `/rounds/${round.id}`)).status, { timeout: 20_000 }).toBe('launched');
  return (await hr<{ items: { id: string }[] }>('GET', `/rounds/${round.id}/interviews`)).items[0]!.id;
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
}
