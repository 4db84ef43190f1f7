import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 16: every statement is a round trip that costs the app and PostgreSQL more CPU than most statements take
// to run (decision 0018). The pages an employee opens all day have a budget of statements, and the hot ones go
// out prepared (named). Raise a budget only with a reason; PostgreSQL only (PGlite has no wire to count on).
const onPg = process.env.TEST_DB === 'pg';

type Sent = { text: string; named: boolean };
let sent: Sent[] | null = null;
type Query = (...args: unknown[]) => unknown;
const original = pg.Client.prototype.query as unknown as Query;

let t: TestApp;
let org: Org;
let hr: TestClient;
let emp: TestClient;
let mgr: TestClient;
let interviewId: string;
beforeAll(async () => {
  if (!onPg) return;
  (pg.Client.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text?: string; name?: string };
    const text = typeof config === 'string' ? config : (config?.text ?? '');
    // The job queue polls on its own schedule: not the request's work.
    if (sent && !/pgboss|^\s*(listen|unlisten|notify)\b/i.test(text))
      sent.push({ text, named: typeof config === 'object' && !!config.name });
    return original.apply(this, args);
  };
  // The session cache on, as in production: its lookups are not the page's.
  ({ t, org, hr } = await orgApp({ config: testConfig({ sessionCacheSeconds: 60 }) }));
  interviewId = (await launchRound(t, hr, [org.report.id])).interviewOf(org.report.id);
  emp = await t.client().login(org.report.email);
  mgr = await t.client().login(org.manager.email);
  const answers = { currentIssues: { value: '下書き', hrOnly: false } };
  expect((await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, { answers })).status).toBe(200);
});
afterAll(async () => {
  (pg.Client.prototype as unknown as { query: Query }).query = original;
  await t?.close();
});

/** The statements one request sent (the second of two: caches warm, as all day long). */
async function statementsOf(send: () => Promise<Response>): Promise<Sent[]> {
  expect((await send()).status).toBeLessThan(300);
  sent = [];
  try {
    const res = await send();
    expect(res.status).toBeLessThan(300);
    await res.arrayBuffer();
    return sent;
  } finally {
    sent = null;
  }
}

describe.skipIf(!onPg)('statements per request on an employee’s pages', () => {
  it('stay within their budget, the reads prepared', async () => {
    const answers = { currentIssues: { value: '下書きの続き', hrOnly: false } };
    const pages: [string, () => Promise<Response>, number, number][] = [
      // [page, request, at most this many statements, at least this many of them prepared]
      ['my interviews', () => emp.get('/api/v1/me/interviews'), 1, 1],
      ['the sheet', () => emp.get(`/api/v1/interviews/${interviewId}/forms/sheet`), 3, 3],
      ['autosave', () => emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, { answers }), 6, 4],
      ['notifications', () => emp.get('/api/v1/notifications'), 1, 1],
      ['history', () => emp.get('/api/v1/me/history'), 4, 2],
      ['wishes', () => emp.get('/api/v1/me/wishes'), 2, 2],
      // The interviewer's pages of the same interview.
      ['the sheet, as its interviewer (a draft: not readable)', () => mgr.get(`/api/v1/interviews/${interviewId}/forms/sheet`), 2, 2],
      ['the record, as its interviewer', () => mgr.get(`/api/v1/interviews/${interviewId}/record`), 11, 4],
    ];
    for (const [page, send, most, prepared] of pages) {
      const list = await statementsOf(send);
      const detail = list.map((s) => `${s.named ? '[prepared] ' : ''}${s.text.slice(0, 80)}`).join('\n');
      expect(list.length, `${page}:\n${detail}`).toBeLessThanOrEqual(most);
      expect(list.filter((s) => s.named).length, `${page} prepared:\n${detail}`).toBeGreaterThanOrEqual(prepared);
    }
  });
});
