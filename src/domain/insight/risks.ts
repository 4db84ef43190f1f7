import { and, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  departments,
  employees,
  formResponses,
  formTemplateVersions,
  insightSnapshots,
  interviews,
  riskActions,
  rounds,
} from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { notFound } from '../errors';
import { hrOnlyVisibleSql } from '../interviews/access';
import { allFields, type FieldDef, type FormDefinition } from '../forms/definition';
import { rowsOf } from '../../db/rows';
import { COUNT_CAP, pageOffset } from '../shared/paging';
import { type Condition, RISK_ACTIONS, RISK_FIELDS, RISK_RULES, type RiskAction } from './risk-rules';
import { adjustFlags, answersOf, keptFromFlags, matchesFor } from './risks-answers';
import type { JobQueue } from '../../jobs/queue';
import { defineAggregate, RoundParams } from '../aggregates/registry';
import { refreshRounds } from '../aggregates/rounds';
import { SNAPSHOT_TTL_MS } from './trends-policy';
import { can } from '../capabilities';
import type { RoundStatus } from '../rounds/schemas';
import type { RiskActionView, RiskPage } from './responses';

/** A text[] literal of ids for `= any(…)` / `<> all(…)` (an empty one matches nothing). */
const textArray = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;

/** Bumped when the stored shape changes: older snapshots are then recomputed, not misread. */
export const RISKS_VERSION = 1;
export const risksKey = (roundId: string) => `risks:${roundId}`;
type Flags = { v: number; total: number; counts: Record<string, number>; ids: string[] };

/** One condition over a response's answers (grouped per interview): the same test as `matches`, in SQL. */
function conditionSql(c: Condition): SQL {
  return c.op === 'lte'
    ? sql`bool_or(a.field_id = ${c.field} and jsonb_typeof(a.value) = 'number' and (a.value)::numeric <= ${c.value})`
    : sql`bool_or(a.field_id = ${c.field} and (a.value = ${JSON.stringify(c.value)}::jsonb or a.value @> ${JSON.stringify([c.value])}::jsonb))`;
}
const ruleSql = (when: readonly Condition[]) => sql`(${sql.join(when.map(conditionSql), sql` and `)})`;

/**
 * The interviews of a round whose submitted survey matches any rule, in the order of the round's lists
 * (furigana, employee number), with a count per rule. One pass over the answers of the rule fields.
 */
export async function computeFlags(db: Db, roundId: string): Promise<Flags> {
  const rows = rowsOf<{ id: string; hits: boolean[] }>(
    await db.execute(sql`
      select i.id, array[${sql.join(
        RISK_RULES.map((r) => ruleSql(r.when)),
        sql`, `,
      )}] as hits
      from interviews i
      join form_responses r on r.interview_id = i.id and r.kind = 'survey' and r.status = 'submitted'
      join form_answers a on a.response_id = r.id and a.field_id in ${RISK_FIELDS}
      where i.round_id = ${roundId} and i.status <> 'cancelled'
      group by i.id, i.sort_key
      having ${sql.join(
        RISK_RULES.map((r) => ruleSql(r.when)),
        sql` or `,
      )}
      order by i.sort_key, i.id`),
  );
  const counts = Object.fromEntries(RISK_RULES.map((r, k) => [r.id, rows.filter((row) => row.hits[k]).length]));
  return { v: RISKS_VERSION, total: rows.length, counts, ids: rows.map((r) => r.id) };
}

export const risksAggregate = defineAggregate({
  name: 'risks',
  params: RoundParams,
  key: (p) => risksKey(p.roundId),
  ttlMs: SNAPSHOT_TTL_MS,
  compute: (db, p) => computeFlags(db, p.roundId),
});

async function loadRoundForRisks(db: Db, actor: Actor, roundId: string) {
  if (!can(actor, 'viewInsight')) throw notFound();
  const [round] = await db
    .select({
      id: rounds.id,
      name: rounds.name,
      status: rounds.status,
      updatedAt: rounds.updatedAt,
      surveyVersionId: rounds.surveyVersionId,
    })
    .from(rounds)
    .where(eq(rounds.id, roundId));
  if (!round) throw notFound();
  return round;
}

async function surveyFields(db: Db, versionId: string | null): Promise<FieldDef[]> {
  if (!versionId) return [];
  const [v] = await db
    .select({ definition: formTemplateVersions.definition })
    .from(formTemplateVersions)
    .where(eq(formTemplateVersions.id, versionId));
  return v ? allFields(v.definition as FormDefinition) : [];
}

const presentAction = (a: {
  id: string;
  action: string;
  note: string;
  createdAt: Date;
  actorId: string;
  familyName: string | null;
  givenName: string | null;
}): RiskActionView => ({
  id: a.id,
  action: a.action as RiskAction,
  note: a.note,
  at: a.createdAt.toISOString(),
  actor: { id: a.actorId, familyName: a.familyName ?? '', givenName: a.givenName ?? '' },
});

/** Who did what about these people's flags in this round, latest first. */
async function actionsOf(db: Db, roundId: string, employeeIds: string[]) {
  const rows = employeeIds.length
    ? await db
        .select({
          id: riskActions.id,
          employeeId: riskActions.employeeId,
          action: riskActions.action,
          note: riskActions.note,
          createdAt: riskActions.createdAt,
          actorId: riskActions.actorId,
          familyName: employees.familyName,
          givenName: employees.givenName,
        })
        .from(riskActions)
        .leftJoin(employees, eq(employees.id, riskActions.actorId))
        .where(and(eq(riskActions.roundId, roundId), inArray(riskActions.employeeId, employeeIds)))
        .orderBy(desc(riskActions.createdAt), desc(riskActions.id))
    : [];
  const out = new Map<string, ReturnType<typeof presentAction>[]>();
  for (const r of rows) out.set(r.employeeId, [...(out.get(r.employeeId) ?? []), presentAction(r)]);
  return out;
}

/**
 * GET /rounds/{id}/risks — HR only (anyone else: 404). The flagged people of a round, a page at a time,
 * each with the rules matched and the answers behind them, and what HR has done about it. The set is kept
 * as a snapshot like the trends (a closed round's once, a launched round's for five minutes); reasons and
 * actions are read live for the page. Every read is audited with the people it showed.
 */
export async function listRisks(
  db: Db,
  opts: { actor: Actor; roundId: string; page?: number; pageSize?: number; refresh?: boolean; jobs: JobQueue },
): Promise<RiskPage> {
  const { actor, page = 1, pageSize = 20 } = opts;
  const round = await loadRoundForRisks(db, actor, opts.roundId);
  const offset = pageOffset(page, pageSize);
  const pending = await refreshRounds({ db, jobs: opts.jobs }, risksAggregate, [round], {
    version: RISKS_VERSION,
    refresh: opts.refresh,
    budgetMs: Infinity,
  });
  const fields = await surveyFields(db, round.surveyVersionId);
  // The stored flags are everyone's; those resting on answers the employee keeps from this reader are taken out.
  const kept = await keptFromFlags(db, actor, round.id, fields);
  const candidates = textArray(kept.filter((e) => e.all.length && !e.shown.length).map((e) => e.interviewId));
  const ids = sql`${insightSnapshots.data}->'ids'`;
  const [snap] = await db
    .select({
      computedAt: insightSnapshots.computedAt,
      version: sql<number>`(${insightSnapshots.data}->>'v')::int`,
      total: sql<number>`(${insightSnapshots.data}->>'total')::int`,
      counts: sql<Record<string, number>>`${insightSnapshots.data}->'counts'`,
      stored: sql<
        string[]
      >`array(select x from jsonb_array_elements_text(${ids}) x where x = any(${textArray(kept.map((e) => e.interviewId))}))`,
      // Only this page's ids leave the database.
      ids: sql<
        string[]
      >`array(select x from jsonb_array_elements_text(${ids}) with ordinality t(x, n) where x <> all(${candidates}) order by n offset ${offset} limit ${pageSize})`,
    })
    .from(insightSnapshots)
    .where(eq(insightSnapshots.key, risksKey(round.id)));
  // Someone else is computing the very first snapshot (or one past the bound): count for this answer without storing it.
  const stored =
    snap && Number(snap.version) === RISKS_VERSION && !pending.has(round.id)
      ? { total: Number(snap.total), counts: snap.counts, ids: snap.ids, held: new Set(snap.stored), asOf: snap.computedAt.toISOString() }
      : await computeFlags(db, round.id).then((f) => {
          const gone = new Set(kept.filter((e) => e.all.length && !e.shown.length).map((e) => e.interviewId));
          const ids = f.ids.filter((id) => !gone.has(id)).slice(offset, offset + pageSize);
          return { ...f, ids, held: new Set(f.ids), asOf: new Date().toISOString() };
        });
  const { hidden, lost } = adjustFlags(kept, stored.held);
  const flags = {
    ...stored,
    total: Math.max(0, stored.total - hidden.length),
    counts: Object.fromEntries(Object.entries(stored.counts).map(([rule, n]) => [rule, Math.max(0, n - (lost[rule] ?? 0))])),
  };
  const keptFrom = new Set(kept.map((e) => e.interviewId));
  const rows = flags.ids.length
    ? await db
        .select({
          interviewId: interviews.id,
          employee: {
            id: employees.id,
            employeeNumber: employees.employeeNumber,
            familyName: employees.familyName,
            givenName: employees.givenName,
          },
          department: { id: departments.id, name: departments.name, nameEn: departments.nameEn },
          responseId: formResponses.id,
        })
        .from(interviews)
        .innerJoin(employees, eq(employees.id, interviews.employeeId))
        .leftJoin(departments, eq(departments.id, interviews.departmentId))
        .leftJoin(
          formResponses,
          and(eq(formResponses.interviewId, interviews.id), eq(formResponses.kind, 'survey'), eq(formResponses.status, 'submitted')),
        )
        .where(inArray(interviews.id, flags.ids))
    : [];
  const [answers, actions] = await Promise.all([
    answersOf(
      db,
      rows.flatMap((r) => (r.responseId ? [r.responseId] : [])),
    ),
    actionsOf(
      db,
      round.id,
      rows.map((r) => r.employee.id),
    ),
  ]);
  const byId = new Map(rows.map((r) => [r.interviewId, r]));
  const items = flags.ids.flatMap((id) => {
    const r = byId.get(id);
    // A survey withdrawn since the snapshot no longer matches: it is left out rather than shown without reasons.
    const matched = matchesFor(r?.responseId ? answers.get(r.responseId) : undefined, fields, keptFrom.has(id));
    if (!r || !matched.length) return [];
    const history = actions.get(r.employee.id) ?? [];
    return [
      {
        interviewId: id,
        employee: r.employee,
        department: r.department?.id ? r.department : null,
        matched,
        latest: history[0] ?? null,
        history,
      },
    ];
  });
  await audit(db, {
    actor,
    action: 'risk.read',
    entityType: 'round',
    entityId: round.id,
    detail: { page, employeeIds: items.map((i) => i.employee.id) },
  });
  return {
    round: { id: round.id, name: round.name, status: round.status as RoundStatus, hasSurvey: !!round.surveyVersionId },
    rules: RISK_RULES.map((r) => ({ id: r.id, when: [...r.when] })),
    actions: [...RISK_ACTIONS],
    counts: flags.counts,
    asOf: flags.asOf,
    items,
    page,
    pageSize,
    total: Math.min(flags.total, COUNT_CAP),
    totalCapped: flags.total > COUNT_CAP,
  };
}

/**
 * POST /rounds/{id}/risks/{employeeId}/actions — HR records what they did about a flag. Only a person the
 * rules flag in that round can be acted on (else 404); the action and who took it are audited.
 */
export async function recordRiskAction(
  db: Db,
  opts: { actor: Actor; roundId: string; employeeId: string; action: RiskAction; note: string },
): Promise<RiskActionView> {
  const { actor, employeeId, action, note } = opts;
  const round = await loadRoundForRisks(db, actor, opts.roundId);
  const [iv] = await db
    .select({ responseId: formResponses.id, hidden: sql<boolean>`not ${hrOnlyVisibleSql(actor, employees.managerId)}` })
    .from(interviews)
    .innerJoin(employees, eq(employees.id, interviews.employeeId))
    .innerJoin(
      formResponses,
      and(eq(formResponses.interviewId, interviews.id), eq(formResponses.kind, 'survey'), eq(formResponses.status, 'submitted')),
    )
    .where(and(eq(interviews.roundId, round.id), eq(interviews.employeeId, employeeId), ne(interviews.status, 'cancelled')));
  if (!iv) throw notFound();
  const [fields, answers] = await Promise.all([surveyFields(db, round.surveyVersionId), answersOf(db, [iv.responseId])]);
  // A flag that rests on answers kept from this reader does not exist for them (as in the list).
  if (!matchesFor(answers.get(iv.responseId), fields, !!iv.hidden).length) throw notFound();
  const row = await db.transaction(async (tx) => {
    const [a] = await tx.insert(riskActions).values({ roundId: round.id, employeeId, action, note, actorId: actor.id }).returning();
    await audit(tx, { actor, action: 'risk.action', entityType: 'employee', entityId: employeeId, detail: { roundId: round.id, action } });
    return a!;
  });
  const [me] = await db
    .select({ familyName: employees.familyName, givenName: employees.givenName })
    .from(employees)
    .where(eq(employees.id, actor.id));
  return presentAction({ ...row, familyName: me?.familyName ?? null, givenName: me?.givenName ?? null });
}
