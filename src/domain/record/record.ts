import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { preparedQuery } from '../../db/prepared';
import { employees, interviewRecords, interviews } from '../../db/schema';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, forbidden } from '../errors';
import { type LoadedInterview, loadInterview } from '../interviews/access';
import { notify } from '../notify/notify';
import { interviewChanged } from '../rounds/figures';
import { companyDate, companyToday } from '../shared/calendar';
import { formatDate } from '../shared/format';
import { canMarkHeld, canReadShared, canReadWorkspace, canWriteRecord, recordCan } from './policy';
import type { RecordFieldsView } from './responses';
import type { RecordField, RecordFields } from './schemas';

type RecordRow = typeof interviewRecords.$inferSelect;

export const EMPTY_RECORD: RecordFields = {
  landingPoint: '',
  agenda: [],
  alignmentWish: '',
  alignmentPolicy: '',
  alignmentGrowth: '',
  alignmentDirection: '',
  nextInterviewOn: null,
  followRhythm: 'none',
};

const fieldsOf = (r: RecordRow | undefined): RecordFields =>
  r
    ? {
        landingPoint: r.landingPoint,
        agenda: r.agenda,
        alignmentWish: r.alignment.wish,
        alignmentPolicy: r.alignment.policy,
        alignmentGrowth: r.alignment.growth,
        alignmentDirection: r.alignment.direction,
        nextInterviewOn: r.nextInterviewOn,
        followRhythm: r.followRhythm as RecordFields['followRhythm'],
      }
    : EMPTY_RECORD;

const columnsOf = (f: RecordFields) => ({
  landingPoint: f.landingPoint,
  agenda: f.agenda,
  alignment: { wish: f.alignmentWish, policy: f.alignmentPolicy, growth: f.alignmentGrowth, direction: f.alignmentDirection },
  nextInterviewOn: f.nextInterviewOn,
  followRhythm: f.followRhythm,
});

/** Structural equality for JSON values (jsonb hands keys back in its own order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Fields of a stale patch that someone else changed meanwhile. A field the client changed whose stored
 * value is still the one the client started from merges silently; anything else is a conflict.
 */
export function clashingFields(current: RecordFields, changes: Partial<RecordFields>, base: Partial<RecordFields>): RecordField[] {
  return (Object.keys(changes) as RecordField[]).filter((k) => !(k in base) || !sameValue(current[k], base[k]));
}

// Prepared: the record, the prep page and the plan all read it.
const recordRow = preparedQuery((db) =>
  db
    .select()
    .from(interviewRecords)
    .where(eq(interviewRecords.interviewId, sql.placeholder('interviewId')))
    .prepare('record_row'),
);

export async function loadRecordRow(db: Db, interviewId: string) {
  const [row] = await recordRow(db).execute({ interviewId });
  return row;
}

/** The record's own fields as this reader may see them. */
export function presentRecord(x: LoadedInterview, row: RecordRow | undefined): RecordFieldsView {
  const f = fieldsOf(row);
  const shared = canReadShared(x.facts);
  return {
    version: row?.version ?? 1,
    heldAt: row?.heldAt?.toISOString() ?? null,
    workspace: canReadWorkspace(x.facts) ? { landingPoint: f.landingPoint, agenda: f.agenda } : null,
    shared: shared
      ? {
          alignmentWish: f.alignmentWish,
          alignmentPolicy: f.alignmentPolicy,
          alignmentGrowth: f.alignmentGrowth,
          alignmentDirection: f.alignmentDirection,
          nextInterviewOn: f.nextInterviewOn,
          followRhythm: f.followRhythm,
        }
      : null,
    can: recordCan(x.facts),
  };
}

export async function patchRecord(
  db: Db,
  opts: { actor: Actor; interviewId: string; version: number; changes: Partial<RecordFields>; base: Partial<RecordFields> },
): Promise<RecordFieldsView> {
  const { actor, interviewId, version, changes, base } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (!canWriteRecord(x.facts)) throw forbidden();
  const row = await db.transaction(async (tx) => {
    await tx.insert(interviewRecords).values({ interviewId }).onConflictDoNothing();
    const [cur] = await tx.select().from(interviewRecords).where(eq(interviewRecords.interviewId, interviewId)).for('update');
    const current = fieldsOf(cur);
    if (cur!.version !== version) {
      const clash = clashingFields(current, changes, base);
      if (clash.length) throw conflict('record.errors.stale');
    }
    const [next] = await tx
      .update(interviewRecords)
      .set({ ...columnsOf({ ...current, ...changes }), version: sql`${interviewRecords.version} + 1`, updatedAt: new Date() })
      .where(eq(interviewRecords.interviewId, interviewId))
      .returning();
    await audit(tx, {
      actor,
      action: 'record.update',
      entityType: 'interview',
      entityId: interviewId,
      detail: { fields: Object.keys(changes) },
    });
    return next;
  });
  return presentRecord(x, row);
}

/**
 * The interviewer marks the interview held: the shared record opens to the employee, who is told to confirm the plan.
 * Before the appointment's day (the company's calendar) it is refused unless the interviewer confirms `early`: a slip
 * of the button would otherwise show the employee a record of a talk that has not happened.
 */
export async function markHeld(db: Db, opts: { actor: Actor; interviewId: string; early?: boolean; jobs: JobQueue }) {
  const { actor, interviewId } = opts;
  const x = await loadInterview(db, actor, interviewId);
  // Who may comes first: someone who may not is told so, whatever the interview's state.
  if (!canWriteRecord(x.facts)) throw forbidden();
  if (!canMarkHeld(x.facts)) throw conflict('record.errors.alreadyHeld');
  const scheduledOn = x.interview.scheduledStart ? companyDate(x.interview.scheduledStart) : null;
  const early = !!scheduledOn && scheduledOn > companyToday();
  if (early && !opts.early) throw conflict('record.errors.heldBeforeScheduled', { date: formatDate(scheduledOn, actor.locale) });
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(interviews)
      .set({ status: 'done', version: sql`${interviews.version} + 1`, updatedAt: now })
      .where(and(eq(interviews.id, interviewId), eq(interviews.status, x.interview.status)));
    await tx
      .insert(interviewRecords)
      .values({ interviewId, heldAt: now })
      .onConflictDoUpdate({ target: interviewRecords.interviewId, set: { heldAt: now, updatedAt: now } });
    await tx.update(employees).set({ lastInterviewAt: now }).where(eq(employees.id, x.employee.id));
    await notify(tx, [
      { recipientId: x.employee.id, kind: 'recordShared', params: { round: x.round.name }, link: `/prep/${interviewId}?tab=record` },
    ]);
    await audit(tx, {
      actor,
      action: 'interview.held',
      entityType: 'interview',
      entityId: interviewId,
      ...(early ? { detail: { beforeScheduled: scheduledOn } } : {}),
    });
    await interviewChanged({ db: tx, jobs: opts.jobs }, x.interview);
  });
  return { ok: true };
}
