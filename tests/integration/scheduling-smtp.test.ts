import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgAppWithSmtp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let sink: Awaited<ReturnType<typeof orgAppWithSmtp>>['sink'];
let t: TestApp;
let org: Org;
let hr: TestClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ t, org, hr, sink, close } = await orgAppWithSmtp());
});
afterAll(() => close());

describe('appointments over SMTP', () => {
  it('mails both people a calendar invitation (text/calendar, METHOD:REQUEST)', async () => {
    const id = (await launchRound(t, hr, [org.report.id])).interviewOf(org.report.id);
    const mgr = await t.client().login(org.manager.email);
    const start = new Date(Date.now() + 5 * 86_400_000);
    start.setUTCHours(5, 0, 0, 0);
    const end = new Date(start.getTime() + 3_600_000);
    const offered = await mgr.post(`/api/v1/interviews/${id}/slots`, {
      slots: [{ start: start.toISOString(), end: end.toISOString(), locationType: 'online', location: 'https://meet.example.jp/x' }],
    });
    const slot = ((await offered.json()) as { slots: { id: string }[] }).slots[0]!;
    const emp = await t.client().login(org.report.email);
    await t.drain(); // what offering the times mailed
    sink.inbox.length = 0;
    expect((await emp.post(`/api/v1/interviews/${id}/schedule`, { slotId: slot.id })).status).toBe(200);
    await t.drain();
    expect(sink.inbox.map((m) => m.to[0]).sort()).toEqual([org.manager.email, org.report.email].sort());
    for (const m of sink.inbox) {
      expect(m.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      const unfolded = m.raw.replace(/=\r\n/g, '');
      expect(unfolded).toMatch(/BEGIN:VCALENDAR|QkVHSU46VkNBTEVOREFS/); // plain or base64
    }
  });
});
