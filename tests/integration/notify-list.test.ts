import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../src/domain/notify/notify';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';

// Issue 15.9f: the notification list knows how many there are, so it offers another page only when there is one.
let t: TestApp;
let org: Org;
let emp: TestClient;
type List = { unread: number; total: number; items: { id: string; read: boolean }[] };

beforeAll(async () => {
  ({ t, org } = await orgApp());
  const items = Array.from({ length: 23 }, () => ({
    recipientId: org.report.id,
    kind: 'followUpRecorded' as const,
    params: { round: '2026年度キャリア面談' },
    link: '/prep',
  }));
  await notify(t.db, items);
  emp = await t.client().login(org.report.email);
});
afterAll(() => t.close());

const list = async (q: string) => (await (await emp.get(`/api/v1/notifications${q}`)).json()) as List;

describe('the notification list', () => {
  it('counts all of the reader’s notifications and the unread ones, on every page', async () => {
    const first = await list('?page=1&pageSize=20');
    expect([first.total, first.unread, first.items.length]).toEqual([23, 23, 20]);
    const second = await list('?page=2&pageSize=20');
    expect([second.total, second.items.length]).toEqual([23, 3]);
    expect((await emp.post('/api/v1/notifications/read', { ids: second.items.map((i) => i.id) })).status).toBeLessThan(300);
    expect(await list('?page=1&pageSize=20')).toMatchObject({ total: 23, unread: 20 });
    // A page past the end still carries the counts (the page's rows carry them otherwise).
    expect(await list('?page=5&pageSize=20')).toMatchObject({ total: 23, unread: 20, items: [] });
    // Someone else's list counts only theirs.
    const other = await (await t.client().login(org.report2.email)).get('/api/v1/notifications');
    expect(((await other.json()) as List).total).toBe(0);
  });
});
