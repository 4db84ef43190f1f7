import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/config';
import { sessions } from '../../src/db/schema';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 16: the writes people make every few seconds (autosave of a sheet, of the record, a note) change only what
// was written, so they keep the session cache (server/middleware/session.ts KEEPS_SESSIONS); every other write drops
// it. A session ended straight in the database (as another process would) shows which: it is still served from the
// cache after an autosave, and refused after any other write.
let t: TestApp;
let org: Org;
let hr: TestClient;
let interviewId: string;
beforeAll(async () => {
  ({ t, org, hr } = await orgApp({ config: testConfig({ sessionCacheSeconds: 60 }) }));
  interviewId = (await launchRound(t, hr, [org.report2.id])).interviewOf(org.report2.id);
});
afterAll(() => t.close());

describe('the session cache and writes', () => {
  it('an autosave keeps it; another write drops it', async () => {
    const emp = await t.client().login(org.report2.email);
    expect((await emp.get('/api/v1/auth/me')).status).toBe(200);
    await t.db.delete(sessions).where(eq(sessions.employeeId, org.report2.id));
    const answers = { currentIssues: { value: '下書き', hrOnly: false } };
    expect((await emp.put(`/api/v1/interviews/${interviewId}/forms/sheet/answers`, { answers })).status).toBe(200);
    expect((await emp.get('/api/v1/auth/me')).status, 'still answered from the cache').toBe(200);
    expect((await hr.put('/api/v1/me/locale', { locale: 'ja' })).status).toBe(200);
    expect((await emp.get('/api/v1/auth/me')).status, 'read afresh: the session is gone').toBe(401);
  });
});
