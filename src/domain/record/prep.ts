import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionItems, interviewRecords, interviews, questions, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { loadInterview } from '../interviews/access';
import type { QuestionCategory } from '../forms/default-questions';
import { readForm } from '../interviews/forms';

import { getInventory } from '../skills/inventory';
import { historyAccess } from './access';
import { carriedItems, presentItem } from './plan';
import { canReadWorkspace, type HistoryAccess, seesInterview } from './policy';
import { loadRecordRow } from './record';
import type { InterviewPrep } from './responses';
import { activeRules } from './rules';
import { suggest } from './suggest';
import { companyToday } from '../shared/calendar';

/** The employee's last interview before this one, if the actor may see it: its direction and plan. */
async function previousInterview(db: Db, access: HistoryAccess, employeeId: string, before: Date) {
  const [prev] = await db
    .select({
      id: interviews.id,
      interviewerId: interviews.interviewerId,
      status: interviews.status,
      round: rounds.name,
      heldAt: interviewRecords.heldAt,
      alignment: interviewRecords.alignment,
    })
    .from(interviews)
    .innerJoin(rounds, eq(rounds.id, interviews.roundId))
    .leftJoin(interviewRecords, eq(interviewRecords.interviewId, interviews.id))
    .where(and(eq(interviews.employeeId, employeeId), eq(interviews.status, 'done'), lt(interviews.createdAt, before)))
    .orderBy(desc(interviews.createdAt))
    .limit(1);
  if (!prev) return null;
  if (seesInterview(access, prev) === 'none') return { hidden: true as const };
  const items = await db.select().from(actionItems).where(eq(actionItems.interviewId, prev.id)).orderBy(actionItems.position);
  return {
    hidden: false as const,
    id: prev.id,
    round: prev.round,
    heldAt: prev.heldAt?.toISOString() ?? null,
    direction: prev.alignment?.direction ?? '',
    items: items.map((i) => presentItem(i)),
  };
}

/**
 * The interviewer's prep page: sheet and survey as this reader may see them (人事のみ removed for a
 * manager), the previous plan and what is carried over, strengths and achievements on record, the
 * landing point, and suggested questions each with the rule and answer that suggested it.
 */
export async function getPrep(db: Db, opts: { actor: Actor; interviewId: string; locale: string }): Promise<InterviewPrep> {
  const { actor, interviewId, locale } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (!canReadWorkspace(x.facts)) throw notFound();
  const access = await historyAccess(db, actor, x.employee.id);
  const [sheet, survey, row, carried, previous, inventory, rules] = await Promise.all([
    x.round.sheetVersionId ? readForm(db, actor, x, 'sheet') : null,
    x.round.surveyVersionId ? readForm(db, actor, x, 'survey') : null,
    loadRecordRow(db, interviewId),
    carriedItems(db, actor, x, access),
    previousInterview(db, access, x.employee.id, x.interview.createdAt),
    getInventory(db, { actor, employeeId: x.employee.id }),
    activeRules(db),
  ]);
  const forms = {
    ...(sheet && sheet.status === 'submitted' ? { sheet } : {}),
    ...(survey && survey.status === 'submitted' ? { survey } : {}),
  };
  const suggestions = suggest(rules, forms, carried.items, companyToday(), locale);
  const qs = suggestions.length
    ? await db
        .select({ id: questions.id, category: questions.category, text: questions.text })
        .from(questions)
        .where(inArray(questions.id, [...new Set(suggestions.map((s) => s.questionId))]))
    : [];
  const byId = new Map(qs.map((q) => [q.id, q]));
  return {
    sheet,
    survey,
    landingPoint: row?.landingPoint ?? '',
    recordVersion: row?.version ?? 1,
    previous,
    carried: carried.items,
    hiddenCarried: carried.hidden,
    strengths: {
      skills: inventory.skills.filter((s) => s.level >= 4),
      achievements: inventory.items.filter((i) => i.kind === 'achievement'),
    },
    suggestions: suggestions.flatMap((s) => {
      const q = byId.get(s.questionId);
      return q ? [{ ruleId: s.ruleId, question: { ...q, category: q.category as QuestionCategory }, reason: s.reason }] : [];
    }),
  };
}
