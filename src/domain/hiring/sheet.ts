import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { hearingRequests, hearings } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, invalid } from '../errors';
import { type AnswerValue, missingRequired } from '../forms/definition';
import { parseAnswers } from '../forms/answers';
import { templateVersion } from '../forms/templates';
import { loadOwn, writeDraft } from './own-sheet';
import { performerRefs } from './performer';
import { canEditSheet } from './policy';
import type { HearingSheet, HearingTask, PerformerRef } from './responses';

export async function getSheet(db: Db, opts: { actor: Actor; id: string }): Promise<HearingSheet> {
  const { r, h } = await loadOwn(db, opts.actor, opts.id);
  const [{ definition }, refs] = await Promise.all([templateVersion(db, h.templateVersionId), performerRefs(db, [r.performerId])]);
  return { ...presentSheet(r, h, definition, refs), can: { edit: canEditSheet(opts.actor, r) } };
}

/**
 * One sheet as its page shows it (role, due date, status, answers, the performer by name): the manager's own page,
 * and the data export of the manager and of the person it names (rights/export.ts, decision 0022).
 */
export function presentSheet(
  r: typeof hearingRequests.$inferSelect,
  h: typeof hearings.$inferSelect,
  definition: HearingSheet['definition'],
  refs: Map<string, PerformerRef>,
): Omit<HearingSheet, 'can'> {
  const answers = r.answers as Record<string, AnswerValue>;
  return {
    id: r.id,
    role: { name: h.roleName },
    dueOn: h.dueOn,
    message: h.message,
    status: r.status as HearingSheet['status'],
    submittedAt: r.submittedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    definition,
    performer: (r.performerId && refs.get(r.performerId)) || null,
    // The sheet has no 人事のみ: the whole sheet is for HR already (the shape is the career sheet's, for FormFiller).
    answers: Object.fromEntries(Object.entries(answers).map(([k, value]) => [k, { value, hrOnly: false }])),
  };
}

/** Autosave: merges the given answers (any subset) into the draft. The audit row names fields, never text. */
export async function saveSheet(db: Db, opts: { actor: Actor; id: string; answers: Record<string, { value: unknown }> }) {
  return db.transaction(async (tx) => {
    const { r, h } = await loadOwn(tx, opts.actor, opts.id, true);
    if (!canEditSheet(opts.actor, r)) throw conflict('hiring.errors.submitted');
    const { definition } = await templateVersion(tx, h.templateVersionId);
    const parsed = Object.fromEntries(parseAnswers(definition, opts.answers).map((a) => [a.fieldId, a.value]));
    const answers = sql`${hearingRequests.answers} || ${JSON.stringify(parsed)}::jsonb`;
    const now = await writeDraft(tx, opts.actor, { r, h }, { answers }, Object.keys(parsed));
    return { savedAt: now.toISOString() };
  });
}

/** Submit: every required field answered; then HR sees it in the summary. */
export async function submitSheet(db: Db, opts: { actor: Actor; id: string }): Promise<HearingSheet> {
  await db.transaction(async (tx) => {
    const { r, h } = await loadOwn(tx, opts.actor, opts.id, true);
    if (!canEditSheet(opts.actor, r)) throw conflict('hiring.errors.submitted');
    const { definition } = await templateVersion(tx, h.templateVersionId);
    const missing = missingRequired(definition, r.answers as Record<string, AnswerValue>).map((id) => `answers.${id}`);
    // The high performer is picked, not a form field (hiring/performer.ts), and every sheet is about one.
    if (!r.performerId) missing.unshift('performerId');
    if (missing.length)
      throw invalid(Object.fromEntries(missing.map((key) => [key, { key: 'errors.required' }])), 'prep.errors.missingRequired');
    const now = new Date();
    await tx.update(hearingRequests).set({ status: 'submitted', submittedAt: now, updatedAt: now }).where(eq(hearingRequests.id, r.id));
    await audit(tx, { actor: opts.actor, action: 'hearing.submit', entityType: 'hearing', entityId: h.id });
  });
  return getSheet(db, opts);
}

/** The home to-do: the actor's sheets not yet submitted, earliest due first (through hearing_requests_manager_idx). */
export async function hearingTasks(db: Db, actor: Actor, today: string): Promise<HearingTask[]> {
  const rows = await db
    .select({ id: hearingRequests.id, roleName: hearings.roleName, dueOn: hearings.dueOn, status: hearingRequests.status })
    .from(hearingRequests)
    .innerJoin(hearings, eq(hearings.id, hearingRequests.hearingId))
    .where(and(eq(hearingRequests.managerId, actor.id), eq(hearingRequests.status, 'draft')))
    .orderBy(asc(hearings.dueOn), asc(hearingRequests.createdAt))
    .limit(20);
  return rows.map((r) => ({ ...r, status: 'draft' as const, overdue: !!r.dueOn && r.dueOn < today }));
}
