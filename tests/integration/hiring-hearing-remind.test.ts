import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/rows';
import { hearingRequests, mailOutbox, notifications } from '../../src/db/schema';
import { jobHandlers } from '../../src/jobs/handlers';
import { drainJobs, startQueue } from '../../src/jobs/queue';
import { reconcileJobs } from '../../src/jobs/reconcile';
import { createLogger } from '../../src/log';
import { addDays, atCompanyTime, companyToday } from '../../src/domain/shared/calendar';
import { makeEmployee } from '../support/factories';
import { makeTestApp, type TestApp, type TestClient } from '../support/harness';

// The hearing's automatic reminder before the due date (decision 0026): a `hearing.remind` job queued with the hearing
// for two days before the due date at 09:00 (as a round's), kept as a job row (a restart or a lost queue re-derives it
// through reconcile.ts with the same key), sent once, only to the managers who have not submitted, and not at all
// for a deleted hearing.

let t: TestApp;
let hr: TestClient;
const people: Record<string, { id: string; email: string }> = {};

async function send(managers: string[], dueOn: string) {
  const res = await hr.post('/api/v1/hiring/hearings', { roleName: '法人営業', managerIds: managers.map((m) => people[m]!.id), dueOn });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const sheets = await t.db.select().from(hearingRequests).where(eq(hearingRequests.hearingId, id));
  return { id, sheetOf: (m: string) => sheets.find((s) => s.managerId === people[m]!.id)!.id };
}
/** The hearing's automatic reminder jobs, in any state. */
const autoJobs = async (hearingId: string) =>
  rowsOf<{ state: string; at: Date; data: unknown }>(
    await t.db.execute(
      sql`select state::text as state, start_after as at, data from pgboss.job where name = 'hearing.remind' and singleton_key = ${`auto:${hearingId}`}`,
    ),
  );
/** Time passes: the hearing's automatic reminder falls due now. */
const fallsDue = (hearingId: string) =>
  t.db.execute(sql`update pgboss.job set start_after = now() where name = 'hearing.remind' and singleton_key = ${`auto:${hearingId}`}`);
const reminderMails = async (who: string) =>
  (await t.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, people[who]!.email))).filter((m) =>
    m.subject.includes('提出のお願い'),
  );
const reminders = (who: string) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, people[who]!.id), eq(notifications.kind, 'hearingReminder')));

beforeAll(async () => {
  t = await makeTestApp();
  hr = await t.client().login((await makeEmployee(t.db, { roles: ['hr'] })).email);
  for (const name of ['a', 'b', 'c', 'd', 'e']) people[name] = await makeEmployee(t.db);
}, 120_000);
afterAll(() => t.close());

describe('the automatic reminder before a hearing’s due date', () => {
  it('is a job row queued with the hearing, two days before the due date at 09:00 (company time)', async () => {
    const dueOn = addDays(companyToday(), 10);
    const { id } = await send(['a'], dueOn);
    const jobs = await autoJobs(id);
    expect(jobs.map((j) => [j.state, new Date(j.at).toISOString(), j.data])).toEqual([
      ['created', atCompanyTime(addDays(dueOn, -2), '09:00').toISOString(), { hearingId: id }],
    ]);
    await t.drain();
    expect(await reminders('a')).toEqual([]); // not due yet
  });

  it('is not queued when that time has passed already (due tomorrow)', async () => {
    const { id } = await send(['a'], addDays(companyToday(), 1));
    expect(await autoJobs(id)).toEqual([]);
    expect((await reconcileJobs(t.deps))['hearing.remind']).toBeUndefined();
  });

  it('goes once, only to managers whose sheet is not submitted, in the app and by mail', async () => {
    const { id, sheetOf } = await send(['b', 'c'], addDays(companyToday(), 10));
    await t.db
      .update(hearingRequests)
      .set({ status: 'submitted', submittedAt: new Date() })
      .where(eq(hearingRequests.id, sheetOf('b')));
    await fallsDue(id);
    await t.drain();
    const notices = await reminders('c');
    expect(notices.map((n) => n.link)).toEqual([`/hearings/${sheetOf('c')}`]);
    expect(await reminders('b')).toEqual([]);
    expect((await reminderMails('c')).map((m) => m.bodyText.includes(`/hearings/${sheetOf('c')}`))).toEqual([true]);
    expect(await reminderMails('b')).toEqual([]);
    // Done: draining again, or a server start reconciling the queue, sends nothing more.
    expect(await reconcileJobs(t.deps)).not.toHaveProperty('hearing.remind');
    await t.drain();
    expect(await reminders('c')).toHaveLength(1);
    expect(await reminderMails('c')).toHaveLength(1);
    expect((await autoJobs(id)).map((j) => j.state)).toEqual(['completed']);
  });

  it('survives a restart: a new queue, with nothing in memory, finds the job in the database and runs it when due', async () => {
    const { id, sheetOf } = await send(['e'], addDays(companyToday(), 10));
    const restarted = await startQueue(t.handle, createLogger('silent'));
    try {
      await fallsDue(id);
      expect(await drainJobs({ ...t.deps, jobs: restarted }, jobHandlers)).toBeGreaterThan(0);
      expect((await reminders('e')).map((n) => n.link)).toEqual([`/hearings/${sheetOf('e')}`]);
      expect(await drainJobs({ ...t.deps, jobs: restarted }, jobHandlers)).toBe(0);
    } finally {
      await restarted.stop();
    }
    expect(await reminders('e')).toHaveLength(1);
  });

  it('survives a lost queue: a server start queues it again from the hearing, once, with the same key and time', async () => {
    const dueOn = addDays(companyToday(), 12);
    const { id } = await send(['d'], dueOn);
    // The queue still holds it: a start queues nothing.
    expect(await reconcileJobs(t.deps)).not.toHaveProperty('hearing.remind');
    // The queue is lost (a restore, a move from PGlite to PostgreSQL): derived again from the hearing.
    await t.db.execute(sql`delete from pgboss.job where name = 'hearing.remind' and singleton_key = ${`auto:${id}`}`);
    expect((await reconcileJobs(t.deps))['hearing.remind']).toBe(1);
    expect((await autoJobs(id)).map((j) => [j.state, new Date(j.at).toISOString()])).toEqual([
      ['created', atCompanyTime(addDays(dueOn, -2), '09:00').toISOString()],
    ]);
    expect(await reconcileJobs(t.deps)).not.toHaveProperty('hearing.remind');
    await fallsDue(id);
    await t.drain();
    expect(await reminders('d')).toHaveLength(1);
  });

  it('sends nothing for a deleted hearing, and is not derived for it again', async () => {
    const { id } = await send(['a'], addDays(companyToday(), 10));
    const before = (await reminders('a')).length;
    expect((await hr.delete(`/api/v1/hiring/hearings/${id}`)).status).toBe(204);
    await fallsDue(id);
    await t.drain();
    expect(await reminders('a')).toHaveLength(before);
    await t.db.execute(sql`delete from pgboss.job where name = 'hearing.remind' and singleton_key = ${`auto:${id}`}`);
    await reconcileJobs(t.deps);
    expect(await autoJobs(id)).toEqual([]);
  });
});
