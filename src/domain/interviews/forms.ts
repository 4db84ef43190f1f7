import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { answersShared, answersWithHrOnly, hiddenOf, responseOf, saveAnswer, touchResponse } from './form-queries';
import { formAnswers, formResponses, interviews, rounds } from '../../db/schema';
import type { Mailer } from '../../mail/mailer';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, invalid, notFound } from '../errors';
import { type AnswerValue, allFields, type FormKind, missingRequired } from '../forms/definition';
import { keptFromHas, keptFromWith } from '../shared/kept-from';
import { parseAnswers } from '../forms/answers';
import { templateVersion } from '../forms/templates';
import { interviewChanged } from '../rounds/figures';
import { loadPeople, mailPeople, notify } from '../notify/notify';
import { type LoadedInterview, loadInterview } from './access';
import { answerVisibility, canEditForm, canWithdrawForm } from './policy';
import type { AnswersCopied, AnswersSaved, FormView } from './responses';

export type AnswerInput = { value: unknown; hrOnly: boolean };

function pinnedVersion(x: LoadedInterview, kind: FormKind): string {
  const id = kind === 'sheet' ? x.round.sheetVersionId : x.round.surveyVersionId;
  if (!id) throw notFound();
  return id;
}

async function loadResponse(db: Db, interviewId: string, kind: FormKind) {
  const [r] = await responseOf(db).execute({ interviewId, kind });
  return r ?? null;
}

/**
 * The sheet or survey as this reader may see it. Answers the reader may not see are filtered in the
 * query itself: an interviewer's query cannot return a 「人事のみ」 row or an unsubmitted draft.
 */
export async function getForm(db: Db, opts: { actor: Actor; interviewId: string; kind: FormKind }): Promise<FormView> {
  return readForm(db, opts.actor, await loadInterview(db, opts.actor, opts.interviewId), opts.kind);
}

/** getForm for an interview already loaded (and checked) for this actor. */
export async function readForm(db: Db, actor: Actor, x: LoadedInterview, kind: FormKind): Promise<FormView> {
  const interviewId = x.interview.id;
  const response = await loadResponse(db, interviewId, kind);
  const version = await templateVersion(db, response?.templateVersionId ?? pinnedVersion(x, kind));
  const vis = answerVisibility(x.facts);
  const readable = response && (vis.drafts || response.status === 'submitted');
  const [rows, hidden] = readable
    ? await Promise.all([
        (vis.hrOnly ? answersWithHrOnly : answersShared)(db).execute({ responseId: response.id }),
        vis.hrOnly ? [] : hiddenFields(db, response.id),
      ])
    : [[], []];
  if (readable && x.facts.relation !== 'self') {
    await audit(db, {
      actor,
      action: 'form.read',
      entityType: 'interview',
      entityId: interviewId,
      detail: { kind, hrOnlyShown: vis.hrOnly, answers: rows.length, hidden: hidden.length },
    });
  }
  const status = (response?.status ?? 'notStarted') as 'notStarted' | 'draft' | 'submitted';
  const responseStatus = response ? (response.status as 'draft' | 'submitted') : null;
  return {
    kind,
    status,
    submittedAt: response?.submittedAt?.toISOString() ?? null,
    updatedAt: response?.updatedAt.toISOString() ?? null,
    definition: version.definition,
    answers: Object.fromEntries(rows.map((r) => [r.fieldId, { value: r.value as AnswerValue, hrOnly: r.hrOnly }])),
    hidden,
    can: {
      edit: canEditForm(x.facts, responseStatus),
      withdraw: canWithdrawForm(x.facts, responseStatus),
      markHrOnly: x.facts.relation === 'self',
    },
  };
}

/**
 * The fields of a response whose answer the employee shared with HR only: a reader kept from them is told that
 * an answer is there (so an empty box does not read as "nothing to say"), never what it is. The value column is
 * not even selected. Blank answers are left out: there is nothing kept from anyone.
 */
async function hiddenFields(db: Db, responseId: string): Promise<string[]> {
  const rows = await hiddenOf(db).execute({ responseId });
  return rows.map((r) => r.fieldId);
}

/**
 * Whoever is the employee's manager and this interview's interviewer while they answer joins those the
 * 人事のみ answers are kept from for good (shared/kept-from.ts): moving the employee away later unlocks nothing.
 */
async function rememberKeptFrom(tx: Db, interviewId: string) {
  const people = [sql`e.manager_id`, sql`${interviews.interviewerId}`];
  await tx.execute(sql`update ${interviews} set kept_from = ${keptFromWith(interviews.keptFrom, people)}
    from employees e where e.id = ${interviews.employeeId} and ${interviews.id} = ${interviewId} and not ${keptFromHas(interviews.keptFrom, people)}`);
}

/** Autosave: writes the given answers (any subset) into the draft, creating it on the first save. */
export async function saveAnswers(
  db: Db,
  opts: { actor: Actor; interviewId: string; kind: FormKind; answers: Record<string, AnswerInput> },
): Promise<AnswersSaved> {
  const { actor, interviewId, kind, answers } = opts;
  return db.transaction(async (tx) => {
    const x = await loadInterview(tx, actor, interviewId);
    if (x.facts.relation !== 'self') throw notFound();
    // Autosave runs every few seconds: the statement only when someone is missing (submit always runs it). Before the
    // response's row, as submit does: the same two rows locked in the same order cannot deadlock.
    const keptFrom = x.interview.keptFrom;
    if ([x.employee.managerId, x.interview.interviewerId].some((id) => id && !keptFrom.includes(id)))
      await rememberKeptFrom(tx, interviewId);
    const now = new Date();
    // Made on the first save, touched on every other: one statement that also says its state, read under the
    // row's lock (a submit in between cannot slip past). Not editable: the transaction undoes the touch.
    const [response] = await touchResponse(tx).execute({ interviewId, kind, versionId: pinnedVersion(x, kind), now });
    if (!canEditForm(x.facts, response!.status as 'draft' | 'submitted')) throw conflict('prep.errors.notEditable');
    const { definition } = await templateVersion(tx, response!.templateVersionId);
    const parsed = parseAnswers(definition, answers);
    const [one, ...more] = parsed;
    if (one && !more.length) {
      await saveAnswer(tx).execute({
        responseId: response!.id,
        fieldId: one.fieldId,
        value: JSON.stringify(one.value),
        hrOnly: one.hrOnly,
        now,
      });
    } else if (one) {
      await tx
        .insert(formAnswers)
        .values(parsed.map((p) => ({ responseId: response!.id, fieldId: p.fieldId, value: p.value, hrOnly: p.hrOnly, updatedAt: now })))
        .onConflictDoUpdate({
          target: [formAnswers.responseId, formAnswers.fieldId],
          set: { value: sql`excluded.value`, hrOnly: sql`excluded.hr_only`, updatedAt: now },
        });
    }
    // The audit row names the fields, never their text.
    await audit(tx, {
      actor,
      action: 'form.save',
      entityType: 'interview',
      entityId: interviewId,
      detail: { kind, fields: parsed.map((p) => p.fieldId) },
    });
    return { savedAt: now.toISOString() };
  });
}

type Deps = { mailer: Mailer; publicUrl: string; jobs: JobQueue };

/** Submit: every required field answered; then the interviewer can read it and is told (without content). */
export async function submitForm(db: Db, opts: { actor: Actor; interviewId: string; kind: FormKind } & Deps): Promise<FormView> {
  const { actor, interviewId, kind } = opts;
  const x = await db.transaction(async (tx) => {
    const x = await loadInterview(tx, actor, interviewId);
    if (x.facts.relation !== 'self') throw notFound();
    const response = await loadResponse(tx, interviewId, kind);
    if (!canEditForm(x.facts, response ? (response.status as 'draft' | 'submitted') : null)) throw conflict('prep.errors.notEditable');
    const { definition } = await templateVersion(tx, response?.templateVersionId ?? pinnedVersion(x, kind));
    const rows = response ? await tx.select().from(formAnswers).where(eq(formAnswers.responseId, response.id)) : [];
    const values = Object.fromEntries(rows.map((r) => [r.fieldId, r.value as AnswerValue]));
    const missing = missingRequired(definition, values);
    if (missing.length)
      throw invalid(Object.fromEntries(missing.map((id) => [`answers.${id}`, { key: 'errors.required' }])), 'prep.errors.missingRequired');
    await rememberKeptFrom(tx, interviewId);
    await tx
      .update(formResponses)
      .set({ status: 'submitted', submittedAt: new Date(), updatedAt: new Date() })
      .where(eq(formResponses.id, response!.id));
    if (x.interviewer) {
      await notify(tx, [
        {
          recipientId: x.interviewer.id,
          kind: 'formSubmitted',
          params: { employee: `${x.employee.familyName} ${x.employee.givenName}`, form: kind, round: x.round.name },
          link: `/interviews/${interviewId}`,
        },
      ]);
    }
    await audit(tx, { actor, action: 'form.submit', entityType: 'interview', entityId: interviewId, detail: { kind } });
    await interviewChanged({ db: tx, jobs: opts.jobs }, x.interview);
    return x;
  });
  if (x.interviewer) {
    const people = await loadPeople(db, [x.interviewer.id]);
    const employee = `${x.employee.familyName} ${x.employee.givenName}`;
    await mailPeople(
      db,
      opts.mailer,
      people,
      'formSubmitted',
      () => ({ employee, form: kind, round: x.round.name }),
      opts.publicUrl,
      () => `/interviews/${interviewId}`,
    );
  }
  return getForm(db, { actor, interviewId, kind });
}

/** Takes a submitted form back to draft (before the interview), e.g. to correct something. */
export async function withdrawForm(db: Db, opts: { actor: Actor; interviewId: string; kind: FormKind; jobs: JobQueue }): Promise<FormView> {
  const { actor, interviewId, kind } = opts;
  await db.transaction(async (tx) => {
    const x = await loadInterview(tx, actor, interviewId);
    if (x.facts.relation !== 'self') throw notFound();
    const response = await loadResponse(tx, interviewId, kind);
    if (!canWithdrawForm(x.facts, response ? (response.status as 'draft' | 'submitted') : null)) throw conflict('prep.errors.notSubmitted');
    await tx
      .update(formResponses)
      .set({ status: 'draft', submittedAt: null, updatedAt: new Date() })
      .where(eq(formResponses.id, response!.id));
    await audit(tx, { actor, action: 'form.withdraw', entityType: 'interview', entityId: interviewId, detail: { kind } });
    await interviewChanged({ db: tx, jobs: opts.jobs }, x.interview);
  });
  return getForm(db, { actor, interviewId, kind });
}

/**
 * Copies the previous round's answers forward: fields with the same id and type, only where the
 * current draft is still empty, 「人事のみ」 marks included. Returns how many were copied.
 */
export async function copyPrevious(db: Db, opts: { actor: Actor; interviewId: string; kind: FormKind }): Promise<AnswersCopied> {
  const { actor, interviewId, kind } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (x.facts.relation !== 'self') throw notFound();
  const [prev] = await db
    .select({ id: formResponses.id, versionId: formResponses.templateVersionId, keptFrom: interviews.keptFrom })
    .from(formResponses)
    .innerJoin(interviews, eq(interviews.id, formResponses.interviewId))
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .where(
      and(
        eq(interviews.employeeId, actor.id),
        eq(formResponses.kind, kind),
        sql`${interviews.id} <> ${interviewId}`,
        lt(interviews.createdAt, x.interview.createdAt),
      ),
    )
    .orderBy(desc(interviews.createdAt))
    .limit(1);
  if (!prev) return { copied: 0 };
  const current = await getForm(db, { actor, interviewId, kind });
  if (!current.can.edit) throw conflict('prep.errors.notEditable');
  const prevDef = (await templateVersion(db, prev.versionId)).definition;
  const prevTypes = new Map(allFields(prevDef).map((f) => [f.id, f.type]));
  const targets = allFields(current.definition).filter((f) => prevTypes.get(f.id) === f.type && current.answers[f.id] === undefined);
  if (!targets.length) return { copied: 0 };
  const rows = await db
    .select()
    .from(formAnswers)
    .where(
      and(
        eq(formAnswers.responseId, prev.id),
        inArray(
          formAnswers.fieldId,
          targets.map((f) => f.id),
        ),
      ),
    );
  if (!rows.length) return { copied: 0 };
  // Carried answers stay kept from whoever the originals were kept from (first, so no moment lacks it).
  const people = prev.keptFrom.map((id) => sql`${id}`);
  if (people.length) {
    await db.execute(sql`update ${interviews} set kept_from = ${keptFromWith(interviews.keptFrom, people)}
      where ${interviews.id} = ${interviewId} and not ${keptFromHas(interviews.keptFrom, people)}`);
  }
  await saveAnswers(db, {
    actor,
    interviewId,
    kind,
    answers: Object.fromEntries(rows.map((r) => [r.fieldId, { value: r.value, hrOnly: r.hrOnly }])),
  });
  return { copied: rows.length };
}
