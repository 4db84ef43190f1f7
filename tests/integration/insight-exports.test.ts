import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

let t: TestApp;
let org: Org;
let hr: TestClient;
let roundId: string;

type Job = { id: string; status: string; done: number; total: number; fileName: string | null };

async function exportFile(c: TestClient, kind: string, params: Record<string, unknown>) {
  const res = await c.post('/api/v1/exports', { kind, params });
  expect(res.status).toBe(200);
  const job = (await res.json()) as Job;
  expect(job.status).toBe('queued');
  await t.drain();
  const list = (await (await c.get('/api/v1/exports')).json()) as { items: Job[] };
  const done = list.items.find((j) => j.id === job.id)!;
  expect(done.status).toBe('done');
  const file = await c.get(`/api/v1/exports/${job.id}/file`);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toContain('text/csv');
  return { job: done, bytes: new Uint8Array(await file.arrayBuffer()) };
}

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  roundId = (await launchRound(t, hr, [org.report.id, org.report2.id, org.otherReport.id])).roundId;
});
afterAll(() => t.close());

describe('exports run as jobs', () => {
  it('writes the people not interviewed as Excel-friendly CSV (UTF-8 with BOM), with progress', async () => {
    const { job, bytes } = await exportFile(hr, 'coverage', { months: 12 });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('社員番号,氏名,部署,最後の面談');
    expect(text).toContain(`${org.report.familyName} ${org.report.givenName}`);
    expect(job.total).toBeGreaterThanOrEqual(8);
    expect(job.done).toBe(job.total);
    const downloads = await t.db.select().from(auditLog).where(eq(auditLog.action, 'export.download'));
    expect(downloads).toHaveLength(1);
  });

  it('writes a round’s funnel by department and interviewer', async () => {
    const { bytes } = await exportFile(hr, 'roundProgress', { roundId });
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('シート提出');
    expect(text).toContain(org.team.name);
    expect(text).toContain('全体,,3,');
  });

  it('is HR’s: others get 404, a file is its requester’s alone, bad parameters are a 400', async () => {
    const mgr = await t.client().login(org.manager.email);
    expect((await mgr.post('/api/v1/exports', { kind: 'coverage', params: { months: 12 } })).status).toBe(404);
    const { job } = await exportFile(hr, 'outcomes', { from: '2026-01-01', to: '2026-12-31' });
    const admin = await t.client().login(org.admin.email);
    expect((await admin.get(`/api/v1/exports/${job.id}/file`)).status).toBe(404);
    expect((await hr.post('/api/v1/exports', { kind: 'coverage', params: { months: 'twelve' } })).status).toBe(400);
    expect((await hr.post('/api/v1/exports', { kind: 'everything', params: {} })).status).toBe(400);
  });
});
