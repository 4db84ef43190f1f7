import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { rounds } from '../../db/schema';
import { allFields, type FieldDef, type FormKind, GOAL_TERMS } from '../forms/definition';
import { templateVersion } from '../forms/templates';
import { rowsOf } from '../../db/rows';

/**
 * Where themes come from: the free-text answers (short and long text, and the career goals' three
 * texts) of submitted sheets and surveys. Interviewers' notes are never read here.
 */
const TEXT_TYPES: readonly FieldDef['type'][] = ['shortText', 'longText', 'goals'];

export type TextField = { kind: FormKind; field: FieldDef };

/** The free-text fields of the versions the round pinned, in form order (sheet first). */
export async function textFields(db: Db, round: typeof rounds.$inferSelect): Promise<TextField[]> {
  const out: TextField[] = [];
  for (const [kind, versionId] of [
    ['sheet', round.sheetVersionId],
    ['survey', round.surveyVersionId],
  ] as const) {
    if (!versionId) continue;
    const { definition } = await templateVersion(db, versionId);
    for (const field of allFields(definition)) if (TEXT_TYPES.includes(field.type)) out.push({ kind, field });
  }
  return out;
}

/** `r` is form_responses, `a` form_answers: the answer is one of the free-text fields. */
export function textFieldSql(fields: readonly TextField[]): SQL {
  if (!fields.length) return sql`false`;
  return sql`(${sql.join(
    fields.map((f) => sql`(r.kind = ${f.kind} and a.field_id = ${f.field.id})`),
    sql` or `,
  )})`;
}

/** Form order of the answers, for listing them as the person wrote them. */
export const fieldOrderSql = (fields: readonly TextField[]): SQL =>
  fields.length
    ? sql`case ${sql.join(
        fields.map((f, i) => sql`when r.kind = ${f.kind} and a.field_id = ${f.field.id} then ${i}`),
        sql` `,
      )} end`
    : sql`0`;

/** The text of an answer value: a string, or the goals' short / mid / long texts one per line. */
export function answerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return '';
  const v = value as Record<string, unknown>;
  return GOAL_TERMS.map((k) => v[k])
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .join('\n');
}

/** The same text in SQL, so the drill-down can search it. */
export const answerTextSql = sql`(case jsonb_typeof(a.value) when 'string' then a.value #>> '{}'
  when 'object' then concat_ws(E'\n', nullif(a.value ->> 'short', ''), nullif(a.value ->> 'mid', ''), nullif(a.value ->> 'long', '')) else '' end)`;

/** Non-cancelled interviews of a round: the size of a batch. */
export async function interviewTotal(db: Db, roundId: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from interviews where round_id = ${roundId} and status <> 'cancelled'`),
  );
  return row?.n ?? 0;
}

export type PersonAnswers = { employeeId: string; texts: string[] };

/**
 * One page of a round's people (by employee id, through the (round, employee) unique index) with
 * their submitted free-text answers. Everyone in the page comes back, answers or not, so the next
 * page starts after the last of them. LATERAL keeps each lookup on the (interview, kind) and answer
 * indexes; as a plain join the planner hashed every response of the round for each page.
 */
export async function answerPage(
  db: Db,
  opts: { roundId: string; fields: readonly TextField[]; after: string; size: number },
): Promise<PersonAnswers[]> {
  const rows = rowsOf<{ employeeId: string; value: unknown }>(
    await db.execute(sql`
      with page as (
        select i.id, i.employee_id from interviews i
        where i.round_id = ${opts.roundId} and i.status <> 'cancelled' and i.employee_id > ${opts.after}
        order by i.employee_id limit ${opts.size})
      select p.employee_id::text as "employeeId", x.value
      from page p
      left join lateral (
        select a.value from form_responses r join form_answers a on a.response_id = r.id
        where r.interview_id = p.id and r.status = 'submitted' and ${textFieldSql(opts.fields)}) x on true
      order by p.employee_id`),
  );
  const people: PersonAnswers[] = [];
  for (const row of rows) {
    if (people.at(-1)?.employeeId !== row.employeeId) people.push({ employeeId: row.employeeId, texts: [] });
    const text = answerText(row.value);
    if (text.trim()) people.at(-1)!.texts.push(text);
  }
  return people;
}
