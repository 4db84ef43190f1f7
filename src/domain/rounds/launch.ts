import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, interviews, rounds } from '../../db/schema';
import { translator } from '../../i18n';
import type { DueJob, JobDeps, JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, DomainError, notFound } from '../errors';
import { localized } from '../forms/definition';
import { lockVersions } from '../forms/templates';
import { rowsOf } from '../../db/rows';
import { loadPeople, mailPeople, notify } from '../notify/notify';
import { formatDate } from '../shared/format';
import { interviewerSql, participantWhere } from './participants';
import { canLaunch } from './policy';
import { queueAutoReminders } from './remind';
import type { RoundView } from './responses';
import { presentRound } from './rounds';
import type { RoundStatus } from './schemas';
import { can } from '../capabilities';
import { changeOf, figuresChanged } from '../aggregates/read';
import { interviewersChanged } from './figures';
import { progressAggregate } from './progress';

/** The order of lists of interviews: furigana, then employee number (stored, so lists page by index). */
export const sortKeySql = sql<string>`left(coalesce(${employees.familyNameKana}, '') || coalesce(${employees.givenNameKana}, '') || ' ' || ${employees.employeeNumber}, 140)`;

/** People per transaction while launching: progress moves in steps this size. */
export const LAUNCH_BATCH = 500;

/**
 * Launch: pins and locks the template versions, marks the round 'launching' and queues the job that
 * creates the interviews and tells everyone. The job is queued in the same transaction, so a launch
 * is never left half-started by a crash.
 */
export async function launchRound(db: Db, opts: { actor: Actor; id: string; version: number; jobs: JobQueue }): Promise<RoundView> {
  const { actor, id, version, jobs } = opts;
  if (!can(actor, 'manageRounds')) throw notFound();
  const row = await db.transaction(async (tx) => {
    const [cur] = await tx.select().from(rounds).where(eq(rounds.id, id)).for('update');
    if (!cur) throw notFound();
    if (cur.version !== version) throw conflict();
    if (!canLaunch(cur.status as RoundStatus)) throw conflict('rounds.errors.notEditable');
    const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(employees).where(participantWhere(cur.participants));
    if (!count?.n) throw new DomainError(400, 'rounds.errors.noParticipants');
    const pinned = await lockVersions(tx, [cur.sheetTemplateId, cur.surveyTemplateId]);
    const [r] = await tx
      .update(rounds)
      .set({
        status: 'launching',
        sheetVersionId: cur.sheetTemplateId ? pinned[cur.sheetTemplateId] : null,
        surveyVersionId: cur.surveyTemplateId ? pinned[cur.surveyTemplateId] : null,
        launchTotal: count.n,
        launchDone: 0,
        launchError: null,
        launchedAt: new Date(),
        version: sql`${rounds.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(rounds.id, id))
      .returning();
    await jobs.sendJob(tx, launchJob(id));
    await queueAutoReminders(tx, jobs, r!);
    await audit(tx, { actor, action: 'round.launch', entityType: 'round', entityId: id, detail: { participants: count.n } });
    return r!;
  });
  return presentRound(row, actor);
}

/** The job that creates a launching round's interviews (queued by the launch; reconcile re-queues it if lost). */
export const launchJob = (roundId: string): DueJob => ({
  name: 'round.launch',
  data: { roundId },
  opts: { singletonKey: `round.launch:${roundId}` },
});

type Batch = { id: string; departmentId: string | null; interviewerId: string | null; sortKey: string }[];

/**
 * The launch job. Walks the participants in id order, a batch per transaction: creates each interview
 * (a retry skips those already there), notifies in-app, then mails the people whose interview was new.
 * Progress is the number of interviews that exist, so a retried batch never counts twice.
 */
export async function runLaunch(deps: JobDeps, data: { roundId: string }) {
  const { db } = deps;
  const [round] = await db.select().from(rounds).where(eq(rounds.id, data.roundId));
  if (round?.status !== 'launching') return;
  const where = participantWhere(round.participants);
  const interviewer = interviewerSql(round.interviewerRule as 'manager' | 'hrPartner');
  const link = (interviewId: string) => `/prep/${interviewId}`;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch: Batch = await db
      .select({ id: employees.id, departmentId: employees.departmentId, interviewerId: interviewer, sortKey: sortKeySql })
      .from(employees)
      .where(and(where, gt(employees.id, after)))
      .orderBy(asc(employees.id))
      .limit(LAUNCH_BATCH);
    if (!batch.length) break;
    after = batch.at(-1)!.id;
    const created = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(interviews)
        .values(
          batch.map((p) => ({
            roundId: round.id,
            employeeId: p.id,
            interviewerId: p.interviewerId,
            departmentId: p.departmentId,
            sortKey: p.sortKey,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: interviews.id, employeeId: interviews.employeeId });
      await notify(
        tx,
        rows.map((r) => ({
          recipientId: r.employeeId,
          kind: 'roundLaunched',
          params: { round: round.name, due: round.prepDueOn ?? '' },
          link: link(r.id),
        })),
        deps.jobs,
      );
      await tx
        .update(rounds)
        .set({ launchDone: sql`(select count(*)::int from ${interviews} where ${interviews.roundId} = ${round.id})` })
        .where(eq(rounds.id, round.id));
      return rows;
    });
    const byEmployee = new Map(created.map((r) => [r.employeeId, r.id]));
    const people = await loadPeople(db, [...byEmployee.keys()]);
    await mailPeople(
      db,
      deps.mailer,
      people,
      'roundLaunched',
      (_p, locale) => launchMailParams(round, locale),
      deps.config.publicUrl,
      (p) => link(byEmployee.get(p.id)!),
    );
  }
  await finishLaunch(deps, round.id, round.name);
  // Someone may have opened the round's progress while its interviews were being written.
  await figuresChanged(deps, [changeOf(progressAggregate, { roundId: round.id })]);
}

/** The themes and message as the mail shows them, in the reader's language. */
function launchMailParams(round: typeof rounds.$inferSelect, locale: 'ja' | 'en') {
  const t = translator(locale);
  const themes = round.themes.length
    ? round.themes
        .map((th) => `・${localized(th.title, locale)}${th.description.ja ? `: ${localized(th.description, locale)}` : ''}`)
        .join('\n')
    : t('notify.noThemes');
  return {
    round: round.name,
    themes,
    message: round.message,
    due: round.prepDueOn ?? '',
    period: `${formatDate(round.periodStart, locale)} – ${formatDate(round.periodEnd, locale)}`,
  };
}

/** Marks the round launched and tells each interviewer how many people they interview. */
async function finishLaunch(deps: JobDeps, roundId: string, roundName: string) {
  const { db } = deps;
  const perInterviewer = rowsOf<{ interviewer_id: string; n: number }>(
    await db.execute(sql`select interviewer_id, count(*)::int as n from ${interviews}
      where round_id = ${roundId} and interviewer_id is not null group by interviewer_id`),
  );
  await db.transaction(async (tx) => {
    await tx
      .update(rounds)
      .set({
        status: 'launched',
        launchTotal: sql`(select count(*)::int from ${interviews} where ${interviews.roundId} = ${roundId})`,
        launchDone: sql`(select count(*)::int from ${interviews} where ${interviews.roundId} = ${roundId})`,
        updatedAt: new Date(),
      })
      .where(and(eq(rounds.id, roundId), eq(rounds.status, 'launching')));
    await notify(
      tx,
      perInterviewer.map((r) => ({
        recipientId: r.interviewer_id,
        kind: 'roundAssigned',
        params: { round: roundName, count: String(r.n) },
        link: '/interviews',
      })),
    );
    await audit(tx, {
      actor: null,
      action: 'round.launched',
      entityType: 'round',
      entityId: roundId,
      detail: { interviewers: perInterviewer.length },
    });
    // The round now shows in each interviewer's own funnel.
    await interviewersChanged(
      tx,
      perInterviewer.map((r) => r.interviewer_id),
    );
  });
  const counts = new Map(perInterviewer.map((r) => [r.interviewer_id, r.n]));
  const people = await loadPeople(db, [...counts.keys()]);
  await mailPeople(
    db,
    deps.mailer,
    people,
    'roundAssigned',
    (p) => ({ round: roundName, count: String(counts.get(p.id)) }),
    deps.config.publicUrl,
    () => '/interviews',
  );
}
