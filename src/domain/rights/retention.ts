import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { appSettings } from '../../db/schema';
import type { DueJob, JobQueue } from '../../jobs/queue';
import type { Logger } from '../../log';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { forbidden } from '../errors';
import { queueCount } from '../insight/themes-batch';
import { addDays, atCompanyTime, companyToday } from '../shared/calendar';
import { companyTodaySql } from '../shared/calendar-sql';
import { removePerson } from './erase';
import type { RetentionSettingsView } from './responses';
import { RETENTION_DEFAULT, RetentionSettings } from './schemas';

/** app_settings key of the retention setting. Absent: keep for good (the default). */
const KEY = 'retention';
/** The daily run starts at this company time: a quiet hour. */
export const SWEEP_AT = '03:30';
/** People per run at most: a first run after years of "keep" does not hold one transaction per thousand people. */
const SWEEP_BATCH = 200;

export async function readRetention(db: Db): Promise<RetentionSettings> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY));
  const parsed = RetentionSettings.safeParse(row?.value);
  return parsed.success ? parsed.data : RETENTION_DEFAULT;
}

/** Retired people whose period has passed and whose records are still there (or only anonymised, when erasing). */
function dueWhere(s: RetentionSettings) {
  const pending = s.mode === 'erase' ? sql`coalesce(data_removed, '') <> 'erased'` : sql`data_removed is null`;
  return sql`status = 'retired' and retired_on is not null and ${pending}
    and retired_on + make_interval(months => ${s.retiredRetentionMonths}) <= ${companyTodaySql()}`;
}

async function duePeople(db: Db, s: RetentionSettings, limit: number): Promise<string[]> {
  if (s.retiredRetentionMonths === null) return [];
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`select id from employees where ${dueWhere(s)} order by retired_on, id limit ${limit}`),
  );
  return rows.map((r) => r.id);
}

async function dueCount(db: Db, s: RetentionSettings): Promise<number> {
  if (s.retiredRetentionMonths === null) return 0;
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from employees where ${dueWhere(s)}`));
  return Number(row?.n ?? 0);
}

export async function getRetention(db: Db, opts: { actor: Actor }): Promise<RetentionSettingsView> {
  if (!can(opts.actor, 'manageRetention')) throw forbidden();
  const s = await readRetention(db);
  return { ...s, due: await dueCount(db, s) };
}

export async function setRetention(db: Db, opts: { actor: Actor; settings: RetentionSettings }): Promise<RetentionSettingsView> {
  const { actor, settings } = opts;
  if (!can(actor, 'manageRetention')) throw forbidden();
  await db.transaction(async (tx) => {
    const before = await readRetention(tx);
    await tx
      .insert(appSettings)
      .values({ key: KEY, value: settings })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: settings, updatedAt: new Date() } });
    await audit(tx, {
      actor,
      action: 'settings.retention.update',
      entityType: 'settings',
      entityId: KEY,
      detail: { before, after: settings },
    });
  });
  return { ...settings, due: await dueCount(db, settings) };
}

/** The daily run of one company day: its key makes it once per day across every server. */
export function sweepJob(day: string): DueJob {
  return {
    name: 'retention.sweep',
    data: { day },
    opts: { singletonKey: `retention:${day}`, startAfter: atCompanyTime(day, SWEEP_AT), retryLimit: 5, retryDelay: 300 },
  };
}
/** The next run still ahead: today's if its time has not come, else tomorrow's. */
export function nextSweepJob(now = new Date()): DueJob {
  const today = companyToday(now);
  return sweepJob(atCompanyTime(today, SWEEP_AT) > now ? today : addDays(today, 1));
}

/** Stored themes of the rounds a removal touched are counted again, without the person's words. */
export async function recountAfterRemoval(db: Db, jobs: JobQueue, roundIds: string[]) {
  for (const roundId of roundIds) await queueCount(db, jobs, roundId);
}

/**
 * The scheduled job: everyone past the company's period is erased or anonymised, each in their own transaction
 * (one failure does not undo the others; the job retries). Then tomorrow's run is queued.
 */
export async function runRetentionSweep(deps: { db: Db; jobs: JobQueue; log: Logger }, job: { day: string }): Promise<void> {
  const { db, jobs, log } = deps;
  const s = await readRetention(db);
  const ids = await duePeople(db, s, SWEEP_BATCH);
  const rounds = new Set<string>();
  for (const employeeId of ids) {
    const done = await removePerson(db, { actor: null, employeeId, mode: s.mode, via: 'retention' });
    for (const r of done.roundIds) rounds.add(r);
  }
  await recountAfterRemoval(db, jobs, [...rounds]);
  if (ids.length) log.info({ removed: ids.length, mode: s.mode }, 'retention run');
  // More than one batch due: the rest go in the next run, queued at once; else tomorrow's.
  await jobs.sendJob(
    db,
    ids.length === SWEEP_BATCH
      ? { ...sweepJob(job.day), opts: { singletonKey: `retention:${job.day}:more:${ids.at(-1)}` } }
      : sweepJob(addDays(job.day, 1)),
  );
}
