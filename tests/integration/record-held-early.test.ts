import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, interviews } from '../../src/db/schema';
import { addDays, atCompanyTime, companyToday } from '../../src/domain/shared/calendar';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 15.9a: an interview scheduled for a later day (the company's calendar) is not marked held without a word.
let t: TestApp;
let org: Org;
let mgr: TestClient;
let interviewOf: (employeeId: string) => string;

beforeAll(async () => {
  let hr: TestClient;
  ({ t, org, hr } = await orgApp());
  ({ interviewOf } = await launchRound(t, hr, [org.report.id, org.report2.id]));
  mgr = await t.client().login(org.manager.email);
});
afterAll(() => t.close());

async function scheduleAt(interviewId: string, start: Date) {
  await t.db
    .update(interviews)
    .set({
      status: 'scheduled',
      scheduledStart: start,
      scheduledEnd: new Date(start.getTime() + 3_600_000),
      locationType: 'room',
      location: '会議室A',
    })
    .where(eq(interviews.id, interviewId));
}

describe('marking an interview held before its day', () => {
  it('is refused with the day in words, then done when the interviewer confirms, and the audit says so', async () => {
    const id = interviewOf(org.report.id);
    // 00:30 tomorrow in Tokyo is still today in UTC: the company's calendar decides.
    const tomorrow = addDays(companyToday(), 1);
    await scheduleAt(id, atCompanyTime(tomorrow, '00:30'));
    const res = await mgr.post(`/api/v1/interviews/${id}/held`);
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('heldBeforeScheduled');
    const [y, m, d] = tomorrow.split('-').map(Number);
    expect(body.error.message).toContain(`${y}年${m}月${d}日の予定です`);
    expect((await (await mgr.get(`/api/v1/interviews/${id}/record`)).json()) as { heldAt: string | null }).toMatchObject({ heldAt: null });

    expect((await mgr.post(`/api/v1/interviews/${id}/held?early=true`)).status).toBe(200);
    const [row] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'interview.held'), eq(auditLog.entityId, id)));
    expect(row!.detail).toEqual({ beforeScheduled: tomorrow });
  });

  it('is not asked on the day itself, late in the evening included', async () => {
    const id = interviewOf(org.report2.id);
    await scheduleAt(id, atCompanyTime(companyToday(), '23:30'));
    expect((await mgr.post(`/api/v1/interviews/${id}/held`)).status).toBe(200);
  });
});
