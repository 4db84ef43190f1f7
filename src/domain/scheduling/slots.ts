import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { interviewSlots } from '../../db/schema';
import type { Mailer } from '../../mail/mailer';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, DomainError, invalid, notFound } from '../errors';
import { loadInterview, presentInterview } from '../interviews/access';
import { canChooseSlot, canOfferSlots } from '../interviews/policy';
import { loadPeople, mailPeople, notify } from '../notify/notify';
import { slotWarnings } from './guidance';
import type { ProposeBody, SlotInput } from './schemas';
import { SLOT_LIMITS } from './schemas';
import type { InterviewSlot, SlotsView } from './responses';
import { getSchedulingSettings } from './settings';

export type SchedulingDeps = { mailer: Mailer; publicUrl: string; jobs: JobQueue };

const personName = (p: { familyName: string; givenName: string }) => `${p.familyName} ${p.givenName}`;

/** The slots of an interview with the guidance for each, the appointment, and what the actor may do. */
export async function listSlots(db: Db, opts: { actor: Actor; interviewId: string }): Promise<SlotsView> {
  const x = await loadInterview(db, opts.actor, opts.interviewId);
  const settings = await getSchedulingSettings(db);
  const rows = await db
    .select()
    .from(interviewSlots)
    .where(and(eq(interviewSlots.interviewId, opts.interviewId), sql`${interviewSlots.status} <> 'withdrawn'`))
    .orderBy(asc(interviewSlots.startsAt));
  const now = Date.now();
  return {
    interview: presentInterview(x),
    settings,
    slots: rows.map((s) => ({
      id: s.id,
      start: s.startsAt.toISOString(),
      end: s.endsAt.toISOString(),
      locationType: s.locationType as InterviewSlot['locationType'],
      location: s.location,
      proposedBy: s.proposedBy as InterviewSlot['proposedBy'],
      status: s.status as InterviewSlot['status'],
      note: s.note,
      past: s.startsAt.getTime() <= now,
      warnings: slotWarnings(s.startsAt, s.endsAt, settings),
    })),
  };
}

function assertFuture(fields: string, start: string) {
  if (new Date(start).getTime() <= Date.now()) throw invalid({ [fields]: { key: 'schedule.errors.inPast' } });
}

/** The interviewer (or HR) offers times; the employee is told by mail and in the app. */
export async function offerSlots(
  db: Db,
  opts: { actor: Actor; interviewId: string; slots: z.infer<typeof SlotInput>[] } & SchedulingDeps,
): Promise<SlotsView> {
  const { actor, interviewId, slots } = opts;
  const x = await db.transaction(async (tx) => {
    const x = await loadInterview(tx, actor, interviewId);
    if (!canOfferSlots(x.facts)) throw x.facts.relation === 'self' ? notFound() : conflict('prep.errors.notEditable');
    for (const [i, s] of slots.entries()) assertFuture(`slots.${i}.start`, s.start);
    const [open] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(interviewSlots)
      .where(
        and(eq(interviewSlots.interviewId, interviewId), eq(interviewSlots.status, 'open'), eq(interviewSlots.proposedBy, 'interviewer')),
      );
    if ((open?.n ?? 0) + slots.length > SLOT_LIMITS.offers) throw new DomainError(400, 'schedule.errors.tooManyOpen');
    await tx.insert(interviewSlots).values(
      slots.map((s) => ({
        interviewId,
        startsAt: new Date(s.start),
        endsAt: new Date(s.end),
        locationType: s.locationType,
        location: s.location,
        note: s.note,
        proposedBy: 'interviewer',
      })),
    );
    const by = x.interviewer ?? x.employee;
    await notify(
      tx,
      [
        {
          recipientId: x.employee.id,
          kind: 'slotsOffered',
          params: { interviewer: personName(by), round: x.round.name },
          link: `/prep/${interviewId}`,
        },
      ],
      opts.jobs,
    );
    await audit(tx, { actor, action: 'slots.offer', entityType: 'interview', entityId: interviewId, detail: { count: slots.length } });
    return x;
  });
  const interviewer = personName(x.interviewer ?? x.employee);
  await mailPeople(
    db,
    opts.mailer,
    await loadPeople(db, [x.employee.id]),
    'slotsOffered',
    () => ({ interviewer, round: x.round.name }),
    opts.publicUrl,
    () => `/prep/${interviewId}`,
  );
  return listSlots(db, { actor, interviewId });
}

/** The employee proposes another time (none of the offers suits them); the interviewer is told. */
export async function proposeSlot(
  db: Db,
  opts: { actor: Actor; interviewId: string } & z.infer<typeof ProposeBody> & SchedulingDeps,
): Promise<SlotsView> {
  const { actor, interviewId } = opts;
  const x = await db.transaction(async (tx) => {
    const x = await loadInterview(tx, actor, interviewId);
    if (x.facts.relation !== 'self') throw notFound();
    if (!canChooseSlot(x.facts)) throw conflict('prep.errors.notEditable');
    assertFuture('start', opts.start);
    await tx.insert(interviewSlots).values({
      interviewId,
      startsAt: new Date(opts.start),
      endsAt: new Date(opts.end),
      locationType: opts.locationType,
      location: opts.location,
      note: opts.note,
      proposedBy: 'employee',
    });
    if (x.interviewer) {
      await notify(
        tx,
        [
          {
            recipientId: x.interviewer.id,
            kind: 'slotProposed',
            params: { employee: personName(x.employee), round: x.round.name, start: opts.start, end: opts.end },
            link: `/interviews/${interviewId}`,
          },
        ],
        opts.jobs,
      );
    }
    await audit(tx, { actor, action: 'slots.propose', entityType: 'interview', entityId: interviewId });
    return x;
  });
  if (x.interviewer) {
    const params = { employee: personName(x.employee), round: x.round.name, start: opts.start, end: opts.end };
    await mailPeople(
      db,
      opts.mailer,
      await loadPeople(db, [x.interviewer.id]),
      'slotProposed',
      () => params,
      opts.publicUrl,
      () => `/interviews/${interviewId}`,
    );
  }
  return listSlots(db, { actor, interviewId });
}

/** Whoever put a time up may take it back while it is open. */
export async function withdrawSlot(db: Db, opts: { actor: Actor; interviewId: string; slotId: string }): Promise<SlotsView> {
  const { actor, interviewId, slotId } = opts;
  await db.transaction(async (tx) => {
    const x = await loadInterview(tx, actor, interviewId);
    const side = x.facts.relation === 'self' ? 'employee' : canOfferSlots(x.facts) ? 'interviewer' : null;
    if (!side) throw notFound();
    const res = await tx
      .update(interviewSlots)
      .set({ status: 'withdrawn' })
      .where(
        and(
          eq(interviewSlots.id, slotId),
          eq(interviewSlots.interviewId, interviewId),
          eq(interviewSlots.proposedBy, side),
          eq(interviewSlots.status, 'open'),
        ),
      )
      .returning({ id: interviewSlots.id });
    if (!res.length) throw notFound();
    await audit(tx, { actor, action: 'slots.withdraw', entityType: 'interview', entityId: interviewId, detail: { slotId } });
  });
  return listSlots(db, { actor, interviewId });
}
