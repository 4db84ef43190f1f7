import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

type AxeWindow = { axe?: { run: (ctx: Document, opts: object) => Promise<AxeResults> } };

/** One violation per paragraph: rule, impact, what to fix, and each offending element. */
function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation.
 * Call it after the page has rendered what the step is about.
 */
export async function expectAccessible(page: Page, label = '') {
  // A region being refetched is dimmed on purpose (aria-busy): judge the contrast of the settled page.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) {
    // Evaluated through the DevTools protocol rather than added as an inline <script>, which the
    // app's Content-Security-Policy (script-src 'self') rightly blocks.
    axeSource ??= readFileSync(AXE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(() => (window as AxeWindow).axe!.run(document, { resultTypes: ['violations'] }));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const where = `${label ? `${label} ` : ''}${page.url()}`;
  expect(bad.length, `accessibility violations on ${where}:\n${formatViolations(bad)}`).toBe(0);
}
