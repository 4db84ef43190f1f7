import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { interviewSlots, interviews } from '../../db/schema';
import { translator } from '../../i18n';
import type { DueJob, JobDeps, JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, DomainError, invalid, notFound } from '../errors';
import { type LoadedInterview, loadInterview } from '../interviews/access';
import { canChooseSlot, canOfferSlots } from '../interviews/policy';
import { loadPeople, mailPeople, notify, personLocale } from '../notify/notify';
import { formatSlot } from '../shared/format';
import { interviewChanged } from '../rounds/figures';
import { buildIcs } from './ics';
import type { SlotsView } from './responses';
import { listSlots, type SchedulingDeps } from './slots';

const HOUR = 3_600_000;
const personName = (p: { familyName: string; givenName: string }) => `${p.familyName} ${p.givenName}`;

/** The reminder goes a day before; for an appointment less than a day away, an hour before; else none. */
export function reminderAt(start: Date, now = new Date()): Date | null {
  for (const before of [24 * HOUR, HOUR]) {
    const at = new Date(start.getTime() - before);
    if (at > now) return at;
  }
  return null;
}

/**
 * When a reminder that went missing (a queue lost by a restore or a move) goes out: the day-before time if
 * still ahead, else at once, as long as the interview is more than an hour away (an appointment fixed less
 * than an hour ahead never had one).
 */
export function catchUpReminderAt(start: Date, now = new Date()): Date | null {
  if (start.getTime() - now.getTime() <= HOUR) return null;
  return new Date(Math.max(start.getTime() - 24 * HOUR, now.getTime()));
}

/** The reminder of one appointment: one per interview and start time, whoever queues it (chooseSlot, reconcile). */
export function interviewReminderJob(interviewId: string, start: Date, at: Date): DueJob {
  return {
    name: 'interview.reminder',
    data: { interviewId, start: start.toISOString() },
    opts: { startAfter: at, singletonKey: `${interviewId}:${start.toISOString()}` },
  };
}

type Appointment = { start: Date; end: Date; locationType: string; location: string };

/** The .ics for an interview, in the reader's language; CANCEL when it was called off. */
export function icsFor(
  x: LoadedInterview,
  a: Appointment,
  locale: 'ja' | 'en',
  publicUrl: string,
  method: 'REQUEST' | 'CANCEL' = 'REQUEST',
) {
  const t = translator(locale);
  const interviewer = x.interviewer ?? x.employee;
  return buildIcs({
    uid: `interview-${x.interview.id}@mendan`,
    sequence: x.interview.version,
    start: a.start,
    end: a.end,
    summary: t('schedule.summary', { employee: personName(x.employee), round: x.round.name }),
    description: t('schedule.description', {
      round: x.round.name,
      interviewer: personName(interviewer),
      url: `${publicUrl}/prep/${x.interview.id}`,
    }),
    location: t(`notify.location.${a.locationType === 'online' ? 'online' : 'room'}`, { place: a.location }),
    organizer: { name: personName(interviewer), email: interviewer.email },
    attendees: [x.employee, ...(x.interviewer ? [x.interviewer] : [])].map((p) => ({ name: personName(p), email: p.email })),
    method,
  });
}

/** Mails both people the appointment with its .ics, each in their own language. */
async function mailAppointment(db: Db, deps: SchedulingDeps, x: LoadedInterview, a: Appointment) {
  const people = await loadPeople(db, [x.employee.id, ...(x.interviewer ? [x.interviewer.id] : [])]);
  for (const p of people) {
    const locale = personLocale(p);
    const t = translator(locale);
    const link = p.id === x.employee.id ? `/prep/${x.interview.id}` : `/interviews/${x.interview.id}`;
    const params = {
      name: t('notify.personName', { family: p.familyName, given: p.givenName }),
      round: x.round.name,
      when: formatSlot(a.start, a.end, locale),
      where: t(`notify.location.${a.locationType === 'online' ? 'online' : 'room'}`, { place: a.location }),
      url: `${deps.publicUrl}${link}`,
    };
    await deps.mailer.send(db, {
      to: p.email,
      subject: t('notify.mail.interviewScheduled.subject', params),
      text: t('notify.mail.interviewScheduled.body', params),
      ics: { method: 'REQUEST', content: icsFor(x, a, locale, deps.publicUrl) },
    });
  }
}

/**
 * Fixes the appointment: the employee picks one of the interviewer's times, or the interviewer accepts
 * the employee's proposal. Other open times are withdrawn, both get the .ics, and the reminder is queued
 * in the same transaction (a restart cannot lose it).
 */
export async function chooseSlot(
  db: Db,
  opts: {
    actor: Actor;
    interviewId: string;
    slotId: string;
    locationType?: 'room' | 'online';
    location?: string;
    jobs: JobQueue;
  } & SchedulingDeps,
): Promise<SlotsView> {
  const { actor, interviewId, slotId, jobs } = opts;
  const { x, appointment } = await db.transaction(async (tx) => {
    const x = await loadInterview(tx, actor, interviewId);
    const chooserSide = x.facts.relation === 'self' ? 'interviewer' : 'employee';
    if (x.facts.relation === 'self' ? !canChooseSlot(x.facts) : !canOfferSlots(x.facts)) throw conflict('prep.errors.notEditable');
    const [slot] = await tx
      .select()
      .from(interviewSlots)
      .where(and(eq(interviewSlots.id, slotId), eq(interviewSlots.interviewId, interviewId)))
      .for('update');
    // Each side chooses from what the other side put up.
    if (!slot || slot.proposedBy !== chooserSide) throw notFound();
    if (slot.status !== 'open') throw new DomainError(409, 'schedule.errors.slotGone');
    if (slot.startsAt.getTime() <= Date.now()) throw invalid({ slotId: { key: 'schedule.errors.inPast' } });
    const locationType = opts.locationType ?? slot.locationType;
    const location = opts.location ?? slot.location;
    if (!location) throw invalid({ location: { key: 'schedule.errors.needLocation' } });
    await tx.update(interviewSlots).set({ status: 'chosen', locationType, location }).where(eq(interviewSlots.id, slotId));
    await tx
      .update(interviewSlots)
      .set({ status: 'withdrawn' })
      .where(and(eq(interviewSlots.interviewId, interviewId), eq(interviewSlots.status, 'open'), ne(interviewSlots.id, slotId)));
    const [updated] = await tx
      .update(interviews)
      .set({
        status: 'scheduled',
        scheduledStart: slot.startsAt,
        scheduledEnd: slot.endsAt,
        locationType,
        location,
        version: sql`${interviews.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(interviews.id, interviewId))
      .returning({ version: interviews.version });
    const appointment = { start: slot.startsAt, end: slot.endsAt, locationType, location };
    const at = reminderAt(slot.startsAt);
    if (at) await jobs.sendJob(tx, interviewReminderJob(interviewId, slot.startsAt, at));
    const params = { round: x.round.name, start: slot.startsAt.toISOString(), end: slot.endsAt.toISOString() };
    await notify(tx, [
      { recipientId: x.employee.id, kind: 'interviewScheduled', params, link: `/prep/${interviewId}` },
      ...(x.interviewer
        ? [{ recipientId: x.interviewer.id, kind: 'interviewScheduled' as const, params, link: `/interviews/${interviewId}` }]
        : []),
    ]);
    await audit(tx, {
      actor,
      action: 'interview.schedule',
      entityType: 'interview',
      entityId: interviewId,
      detail: { slotId, start: params.start },
    });
    await interviewChanged({ db: tx, jobs }, x.interview);
    return { x: { ...x, interview: { ...x.interview, version: updated!.version } }, appointment };
  });
  await mailAppointment(db, opts, x, appointment);
  return listSlots(db, { actor, interviewId });
}

/** Calls a fixed time off (the interviewer's side): back to choosing; the queued reminder then does nothing. */
export async function unschedule(db: Db, opts: { actor: Actor; interviewId: string; jobs: JobQueue } & SchedulingDeps): Promise<SlotsView> {
  const { actor, interviewId } = opts;
  await db.transaction(async (tx) => {
    const x = await loadInterview(tx, actor, interviewId);
    if (!canOfferSlots(x.facts)) throw x.facts.relation === 'self' ? notFound() : conflict('prep.errors.notEditable');
    if (x.interview.status !== 'scheduled') throw conflict('schedule.errors.notScheduled');
    await tx
      .update(interviewSlots)
      .set({ status: 'withdrawn' })
      .where(and(eq(interviewSlots.interviewId, interviewId), eq(interviewSlots.status, 'chosen')));
    await tx
      .update(interviews)
      .set({
        status: 'preparing',
        scheduledStart: null,
        scheduledEnd: null,
        locationType: null,
        location: null,
        version: sql`${interviews.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(interviews.id, interviewId));
    await audit(tx, { actor, action: 'interview.unschedule', entityType: 'interview', entityId: interviewId });
    await interviewChanged({ db: tx, jobs: opts.jobs }, x.interview);
  });
  return listSlots(db, { actor, interviewId });
}

/** The invitation to download, for either participant (or HR). */
export async function downloadIcs(db: Db, opts: { actor: Actor; interviewId: string; publicUrl: string }) {
  const x = await loadInterview(db, opts.actor, opts.interviewId);
  const i = x.interview;
  if (!i.scheduledStart || !i.scheduledEnd) throw conflict('schedule.errors.notScheduled');
  return icsFor(
    x,
    { start: i.scheduledStart, end: i.scheduledEnd, locationType: i.locationType ?? 'room', location: i.location ?? '' },
    opts.actor.locale,
    opts.publicUrl,
  );
}

/** The reminder job: only if the interview is still fixed at the time the job was queued for. */
export async function runInterviewReminder(deps: JobDeps, data: { interviewId: string; start: string }) {
  const { db } = deps;
  const [i] = await db.select().from(interviews).where(eq(interviews.id, data.interviewId));
  if (i?.status !== 'scheduled' || i.scheduledStart?.toISOString() !== data.start) return;
  const x = await loadInterview(db, { id: i.employeeId, roles: new Set(['employee']), locale: 'ja' }, i.id);
  const people = await loadPeople(db, [i.employeeId, ...(i.interviewerId ? [i.interviewerId] : [])]);
  const params = { round: x.round.name, start: data.start, end: i.scheduledEnd!.toISOString() };
  await notify(
    db,
    people.map((p) => ({
      recipientId: p.id,
      kind: 'interviewReminder',
      params,
      link: p.id === i.employeeId ? `/prep/${i.id}` : `/interviews/${i.id}`,
    })),
    deps.jobs,
  );
  await mailPeople(
    db,
    deps.mailer,
    people,
    'interviewReminder',
    (_p, locale) => ({
      ...params,
      where: translator(locale)(`notify.location.${i.locationType === 'online' ? 'online' : 'room'}`, { place: i.location ?? '' }),
    }),
    deps.config.publicUrl,
    (p) => (p.id === i.employeeId ? `/prep/${i.id}` : `/interviews/${i.id}`),
  );
}
