import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
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
