import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, formAnswers, formResponses, interviews } from '../../db/schema';
import type { Actor } from '../actor';
import type { AnswerValue, FieldDef } from '../forms/definition';
import { hrOnlyVisibleSql } from '../interviews/access';
import { evaluateRisk, type Match, RISK_FIELDS } from './risk-rules';

/** The rule fields' answers of one response, and which of them are 「人事のみ」. */
export type RiskAnswers = { values: Record<string, AnswerValue>; hrOnly: Set<string> };

/** The rule fields' answers of these responses, per response. */
export async function answersOf(db: Db, responseIds: string[]): Promise<Map<string, RiskAnswers>> {
  const rows = responseIds.length
    ? await db
        .select({ responseId: formAnswers.responseId, fieldId: formAnswers.fieldId, value: formAnswers.value, hrOnly: formAnswers.hrOnly })
        .from(formAnswers)
        .where(and(inArray(formAnswers.responseId, responseIds), inArray(formAnswers.fieldId, [...RISK_FIELDS])))
    : [];
  const out = new Map<string, RiskAnswers>();
  for (const r of rows) {
    const a = out.get(r.responseId) ?? { values: {}, hrOnly: new Set<string>() };
    a.values[r.fieldId] = r.value as AnswerValue;
    if (r.hrOnly) a.hrOnly.add(r.fieldId);
    out.set(r.responseId, a);
  }
  return out;
}

/**
 * The rules a response matches for a reader. A reader who may not see its 「人事のみ」 answers (see
 * keptFromFlags) is matched on the other answers alone, exactly as the interview screens show them: a
 * flag that rests on a hidden answer does not exist for them.
 */
export function matchesFor(a: RiskAnswers | undefined, fields: readonly FieldDef[], hideHrOnly: boolean): Match[] {
  if (!a) return [];
  if (!hideHrOnly) return evaluateRisk(a.values, fields, a.hrOnly);
  const shown = Object.fromEntries(Object.entries(a.values).filter(([f]) => !a.hrOnly.has(f)));
  return evaluateRisk(shown, fields);
}

/**
 * A round's submitted surveys whose 「人事のみ」 answers the reader may not see (answerVisibility, as on the
 * interview screens: the reader interviews the employee, or the employee keeps them from the reader), each
 * with the rules it matches on all answers and on those the reader sees. Usually a handful (the reader's
 * own people), found through indexes (reports, interviewer, kept_from by GIN), never a pass over the round.
 */
export async function keptFromFlags(db: Db, actor: Actor, roundId: string, fields: readonly FieldDef[]) {
  const rows = await db
    .select({ interviewId: interviews.id, responseId: formResponses.id })
    .from(interviews)
    .innerJoin(employees, eq(employees.id, interviews.employeeId))
    .innerJoin(
      formResponses,
      and(eq(formResponses.interviewId, interviews.id), eq(formResponses.kind, 'survey'), eq(formResponses.status, 'submitted')),
    )
    .where(
      and(
        eq(interviews.roundId, roundId),
        ne(interviews.status, 'cancelled'),
        sql`(${interviews.employeeId} = any(array(select m.id from employees m where m.manager_id = ${actor.id}))
          or ${interviews.interviewerId} = ${actor.id} or ${interviews.keptFrom} @> array[${actor.id}]::uuid[])`,
        sql`not ${hrOnlyVisibleSql(actor, employees.managerId)}`,
      ),
    );
  const answers = await answersOf(
    db,
    rows.map((r) => r.responseId),
  );
  return rows.map((r) => ({
    interviewId: r.interviewId,
    all: matchesFor(answers.get(r.responseId), fields, false).map((m) => m.rule),
    shown: matchesFor(answers.get(r.responseId), fields, true).map((m) => m.rule),
  }));
}

/**
 * How a round's stored flags change for a reader, from keptFromFlags over the flagged interviews the
 * stored set holds: `hidden`, flagged only because of answers kept from them; `lost`, per rule, the
 * flags that vanish for them.
 */
export function adjustFlags(entries: Awaited<ReturnType<typeof keptFromFlags>>, stored: ReadonlySet<string>) {
  const hidden: string[] = [];
  const lost: Record<string, number> = {};
  for (const e of entries) {
    if (!stored.has(e.interviewId)) continue;
    if (!e.shown.length) hidden.push(e.interviewId);
    for (const rule of e.all) if (!e.shown.includes(rule)) lost[rule] = (lost[rule] ?? 0) + 1;
  }
  return { hidden, lost };
}
