import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { formAnswers } from '../../db/schema';
import type { AnswerValue, FieldDef } from '../forms/definition';
import { rowsOf } from '../imports/write';
import { keptFromSql } from '../shared/kept-from';
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
 * The rules a response matches for a reader. A reader the employee keeps 「人事のみ」 answers from (their
 * manager, now or when they answered — even when HR) is matched on the other answers alone, exactly as
 * the interview screens show them: a flag that rests on a hidden answer does not exist for them.
 */
export function matchesFor(a: RiskAnswers | undefined, fields: readonly FieldDef[], keptFrom: boolean): Match[] {
  if (!a) return [];
  if (!keptFrom) return evaluateRisk(a.values, fields, a.hrOnly);
  const shown = Object.fromEntries(Object.entries(a.values).filter(([f]) => !a.hrOnly.has(f)));
  return evaluateRisk(shown, fields);
}

/**
 * A round's submitted surveys whose 「人事のみ」 answers the reader may not see, each with the rules it
 * matches on all answers and on those the reader sees. Usually a handful (the reader's own team), found
 * through indexes (reports by manager, kept_from by GIN), never a pass over the round.
 */
export async function keptFromFlags(db: Db, actorId: string, roundId: string, fields: readonly FieldDef[]) {
  const rows = rowsOf<{ interviewId: string; responseId: string }>(
    await db.execute(sql`select i.id as "interviewId", r.id as "responseId"
      from interviews i
      join employees e on e.id = i.employee_id
      join form_responses r on r.interview_id = i.id and r.kind = 'survey' and r.status = 'submitted'
      where i.round_id = ${roundId} and i.status <> 'cancelled'
        and (i.employee_id = any(array(select m.id from employees m where m.manager_id = ${actorId})) or i.kept_from @> array[${actorId}]::uuid[])
        and ${keptFromSql(actorId, sql`e.manager_id`, sql`i.kept_from`)}`),
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
