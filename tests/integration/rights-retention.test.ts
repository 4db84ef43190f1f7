import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows';
import { auditLog, employees, formAnswers, formResponses, interviewNotes } from '../../src/db/schema';
import { nextSweepJob, runRetentionSweep } from '../../src/domain/rights/retention';
import { addDays, companyToday } from '../../src/domain/shared/calendar';
import { reconcileJobs } from '../../src/jobs/reconcile';
import type { TestApp, TestClient } from '../support/harness';
import { matrixFixtures, SECRETS } from '../support/matrix-fixtures';
import { type Org, orgApp } from '../support/org-app';
import { whereFound } from '../support/rights';

// Issue 17.3: the company's retention period (default: keep), the daily job that applies it, and anonymisation —
// counts kept, the person and every word about them gone.

let t: TestApp;
let org: Org;
let hr: TestClient;
let admin: TestClient;
let fx: Awaited<ReturnType<typeof matrixFixtures>>;

const sweep = () => runRetentionSweep(t.deps, { day: companyToday() });
const retire = (id: string, daysAgo: number) =>
  t.db
    .update(employees)
    .set({ status: 'retired', retiredOn: addDays(companyToday(), -daysAgo) })
    .where(eq(employees.id, id));

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  fx = await matrixFixtures(t, org, hr);
  admin = fx.clients.admin;
}, 120_000);
afterAll(() => t.close());

describe('the retention setting (設定 → データ保持)', () => {
  it('is keep by default, and the daily run then removes nobody', async () => {
    const res = await admin.get('/api/v1/admin/retention');
    expect(await res.json()).toEqual({ retiredRetentionMonths: null, mode: 'erase', due: 0 });
    await retire(org.report.id, 4000);
    await sweep();
    expect(await t.db.select({ id: employees.id }).from(employees).where(eq(employees.id, org.report.id))).toHaveLength(1);
  });

  it('is the admin’s: HR may not change it, and bad values are refused in Japanese', async () => {
    expect((await hr.put('/api/v1/admin/retention', { retiredRetentionMonths: 12, mode: 'erase' })).status).toBe(403);
    const bad = await admin.put('/api/v1/admin/retention', { retiredRetentionMonths: 0, mode: 'erase' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('1〜600か月');
  });

  it('saves a period and a mode, audited, and tells how many retired people are past it', async () => {
    const res = await admin.put('/api/v1/admin/retention', { retiredRetentionMonths: 36, mode: 'anonymise' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ retiredRetentionMonths: 36, mode: 'anonymise', due: 1 });
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'settings.retention.update'));
    expect(row!.detail).toMatchObject({ after: { retiredRetentionMonths: 36, mode: 'anonymise' } });
  });
});

describe('the daily run (retention.sweep)', () => {
  it('is always queued once ahead, at 03:30 company time, whichever server starts', async () => {
    const job = nextSweepJob();
    await reconcileJobs(t.deps);
    await reconcileJobs(t.deps);
    const rows = rowsOf<{ n: number }>(
      await t.db.execute(
        sql`select count(*)::int as n from pgboss.job where name = 'retention.sweep' and singleton_key = ${job.opts.singletonKey}`,
      ),
    );
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('anonymises people past the period: counts stay, who they are and what was written about them go', async () => {
    await retire(org.report2.id, 30); // within the period: kept as is
    const before = (await (await hr.get(`/api/v1/rounds/${fx.ids.round}/progress`)).json()) as { total: object };
    await sweep();
    const [p] = await t.db.select().from(employees).where(eq(employees.id, org.report.id));
    expect(p).toMatchObject({ familyName: '匿名', givenName: '', passwordHash: null, dataRemoved: 'anonymised', status: 'retired' });
    expect(p!.employeeNumber).toMatch(/^anon-/);
    expect(p!.email).toMatch(/@invalid\.invalid$/);
    // The interview and its scales stay for the figures; free text and notes do not.
    const answers = await t.db
      .select({ fieldId: formAnswers.fieldId, value: formAnswers.value })
      .from(formAnswers)
      .innerJoin(formResponses, eq(formResponses.id, formAnswers.responseId))
      .where(eq(formResponses.interviewId, fx.ids.interview));
    expect(Object.fromEntries(answers.map((a) => [a.fieldId, a.value]))).toEqual({ jobSatisfaction: 2, rewarding: 3, lifeEvents: '' });
    expect(await t.db.select().from(interviewNotes).where(eq(interviewNotes.interviewId, fx.ids.interview))).toEqual([]);
    const after = (await (await hr.get(`/api/v1/rounds/${fx.ids.round}/progress`)).json()) as { total: object };
    expect(after.total).toEqual(before.total);
    expect(
      await whereFound(t.db, [
        org.report.email,
        `${org.report.familyName}${org.report.givenName}`,
        SECRETS.hrOnly,
        SECRETS.privateNote,
        SECRETS.hrManagerNote,
        SECRETS.wish,
      ]),
    ).toEqual([]);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'employee.anonymised'));
    expect(entry).toMatchObject({ actorId: null, entityId: org.report.id });
    expect(entry!.detail).toMatchObject({ via: 'retention' });
    // Someone retired a month ago is not due yet.
    expect((await t.db.select().from(employees).where(eq(employees.id, org.report2.id)))[0]!.dataRemoved).toBeNull();
  });

  it('erases in erase mode; a person others’ records name as author stays as a placeholder without personal data', async () => {
    await admin.put('/api/v1/admin/retention', { retiredRetentionMonths: 1, mode: 'erase' });
    // The manager wrote in another person's interview (a shared note stays there; their private memo goes).
    const other = (await (await hr.get(`/api/v1/rounds/${fx.ids.round}/interviews`)).json()) as {
      items: { id: string; employee: { id: string } }[];
    };
    const interviewId = other.items.find((i) => i.employee.id === org.otherReport.id)!.id;
    await t.db.insert(interviewNotes).values([
      { interviewId, authorId: org.manager.id, visibility: 'shared', body: '共有: 同席して助言した' },
      { interviewId, authorId: org.manager.id, visibility: 'private', body: '非公開: 上司の所感' },
    ]);
    await retire(org.manager.id, 60);
    await sweep();
    expect(await t.db.select().from(employees).where(eq(employees.id, org.report2.id))).toEqual([]);
    const [manager] = await t.db.select().from(employees).where(eq(employees.id, org.manager.id));
    expect(manager).toMatchObject({ familyName: '削除済み', givenName: '', dataRemoved: 'erased', retiredOn: null, passwordHash: null });
    const notes = await t.db.select({ body: interviewNotes.body }).from(interviewNotes).where(eq(interviewNotes.interviewId, interviewId));
    expect(notes.map((n) => n.body)).toEqual(['共有: 同席して助言した']);
    expect(await whereFound(t.db, [org.manager.email, `${org.manager.familyName}${org.manager.givenName}`, org.report2.email])).toEqual([]);
    // Erased people are gone from the directory, even under "all".
    const list = (await (await hr.get('/api/v1/employees?status=all')).json()) as { items: { id: string }[] };
    expect(list.items.map((i) => i.id)).not.toContain(org.manager.id);
    // A second run finds nobody left to do.
    expect((await (await admin.get('/api/v1/admin/retention')).json()).due).toBe(0);
  });
});
