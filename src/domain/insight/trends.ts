import { and, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, formTemplateVersions, insightSnapshots, rounds } from '../../db/schema';
import type { LocalizedText } from '../../db/schema';
import type { Actor } from '../actor';
import { notFound } from '../errors';
import { allFields, type FormDefinition } from '../forms/definition';
import { rowsOf } from '../../db/rows';
import { MIN_GROUP } from './policy';
import {
  type Hidden,
  hiddenKeys,
  LOW_MEANS_WORRY,
  present,
  RECOMPUTE_BUDGET_MS,
  SNAPSHOT_TTL_MS,
  type Shown,
  type Stat,
  TENURE_BUCKETS,
  TREND_DIMENSIONS,
  type TrendDimension,
  TRENDS_MAX_ROUNDS,
} from './trends-policy';
import type { JobQueue } from '../../jobs/queue';
import { defineAggregate, RoundParams } from '../aggregates/registry';
import { refreshRounds } from '../aggregates/rounds';
import { can } from '../capabilities';
import type { RoundStatus } from '../rounds/schemas';
import type { Trends } from './responses';

/** Bumped when the stored shape changes: older snapshots are then recomputed, not misread. */
const VERSION = 1;
export const trendsKey = (roundId: string) => `trends:${roundId}`;
/** The group of people whose department, grade or hire date is not recorded. */
const NONE = '~';

export type TrendField = {
  id: string;
  label: LocalizedText;
  lowMeansWorry: boolean;
  scaleLabels: { min: LocalizedText; max: LocalizedText } | null;
};
type Point = Shown | Hidden;
type Snapshot = { v: number; fields: TrendField[]; overall: Record<string, Point> } & Record<
  TrendDimension,
  Record<string, Record<string, Point>>
>;

/** Tenure at the round's start, from TENURE_BUCKETS: one CASE the aggregate groups by. */
function tenureSql(on: string): SQL {
  const arms = TENURE_BUCKETS.map((b) =>
    b.years === null ? sql`else ${b.id}` : sql`when e.hire_date > (${on}::date - make_interval(years => ${b.years}))::date then ${b.id}`,
  );
  return sql`case when e.hire_date is null then null ${sql.join(arms, sql` `)} end`;
}

type Row = {
  dim: 'all' | TrendDimension;
  key: string | null;
  field: string;
  n: number;
  avg: number;
  d1: number;
  d2: number;
  d3: number;
  d4: number;
  d5: number;
};

/**
 * Every scale of one round's submitted surveys (人事のみ answers included: this is HR's view), overall and
 * by department, grade and tenure, in one pass with GROUPING SETS. Suppression is applied here, so the
 * stored snapshot never holds a small group's numbers.
 */
export async function computeTrends(db: Db, roundId: string): Promise<Snapshot> {
  const [round] = await db
    .select({ periodStart: rounds.periodStart, definition: formTemplateVersions.definition })
    .from(rounds)
    .innerJoin(formTemplateVersions, eq(formTemplateVersions.id, rounds.surveyVersionId))
    .where(eq(rounds.id, roundId));
  const scales = round ? allFields(round.definition as FormDefinition).filter((f) => f.type === 'scale') : [];
  const empty: Snapshot = { v: VERSION, fields: [], overall: {}, department: {}, grade: {}, tenure: {} };
  if (!round || !scales.length) return empty;
  const ids = scales.map((f) => f.id);
  const rows = rowsOf<Row>(
    await db.execute(sql`
      with s as (
        select i.department_id, e.grade, ${tenureSql(round.periodStart)} as tenure, a.field_id as field, (a.value)::numeric as v
        from interviews i
        join form_responses r on r.interview_id = i.id and r.kind = 'survey' and r.status = 'submitted'
        join form_answers a on a.response_id = r.id and a.field_id in ${ids} and jsonb_typeof(a.value) = 'number'
        join employees e on e.id = i.employee_id
        where i.round_id = ${roundId} and i.status <> 'cancelled')
      select case when grouping(department_id) = 0 then 'department' when grouping(grade) = 0 then 'grade' when grouping(tenure) = 0 then 'tenure' else 'all' end as dim,
        coalesce(case when grouping(department_id) = 0 then department_id::text end, case when grouping(grade) = 0 then grade end, case when grouping(tenure) = 0 then tenure end) as key,
        field, count(*)::int as n, round(avg(v), 2)::float8 as avg,
        count(*) filter (where v = 1)::int as d1, count(*) filter (where v = 2)::int as d2, count(*) filter (where v = 3)::int as d3,
        count(*) filter (where v = 4)::int as d4, count(*) filter (where v = 5)::int as d5
      from s
      group by grouping sets ((field), (field, department_id), (field, grade), (field, tenure))`),
  );
  const stat = (r: Row): Stat => ({ n: r.n, avg: Number(r.avg), dist: [r.d1, r.d2, r.d3, r.d4, r.d5] });
  const out = { ...empty };
  out.fields = scales.map((f) => ({
    id: f.id,
    label: f.label,
    lowMeansWorry: LOW_MEANS_WORRY.has(f.id),
    scaleLabels: f.scaleLabels ?? null,
  }));
  for (const id of ids) {
    const all = rows.find((r) => r.dim === 'all' && r.field === id);
    if (all) out.overall[id] = present(stat(all), false);
    for (const dim of TREND_DIMENSIONS) {
      const groups = rows.filter((r) => r.dim === dim && r.field === id).map((r) => ({ key: r.key ?? NONE, row: r, n: r.n }));
      const hidden = hiddenKeys(groups);
      out[dim][id] = Object.fromEntries(groups.map((g) => [g.key, present(stat(g.row), hidden.has(g.key))]));
    }
  }
  return out;
}

type RoundRow = { id: string; name: string; status: string; periodStart: string; updatedAt: Date };

/** The latest launched or closed rounds that asked a survey, newest first. */
async function latestRounds(db: Db, n: number): Promise<RoundRow[]> {
  return db
    .select({ id: rounds.id, name: rounds.name, status: rounds.status, periodStart: rounds.periodStart, updatedAt: rounds.updatedAt })
    .from(rounds)
    .where(and(inArray(rounds.status, ['launched', 'closed']), isNotNull(rounds.surveyVersionId)))
    .orderBy(desc(rounds.periodStart), desc(rounds.createdAt))
    .limit(n);
}

/** Group labels: departments by their current name (ordered by code); grades as written; tenure by bucket id. */
async function groupOrder(db: Db, dim: TrendDimension, keys: string[]) {
  const real = keys.filter((k) => k !== NONE);
  if (dim === 'department') {
    const rows = real.length
      ? await db
          .select({ id: departments.id, code: departments.code, name: departments.name, nameEn: departments.nameEn })
          .from(departments)
          .where(inArray(departments.id, real))
      : [];
    const byId = new Map(rows.map((d) => [d.id, d]));
    return real
      .map((k) => ({ key: k, code: byId.get(k)?.code ?? '\uffff', name: byId.get(k)?.name ?? null, nameEn: byId.get(k)?.nameEn ?? null }))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(({ code: _c, ...g }) => g);
  }
  if (dim === 'tenure') {
    const order = TENURE_BUCKETS.map((b) => b.id as string);
    return real.sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((k) => ({ key: k, name: null, nameEn: null }));
  }
  return real.sort((a, b) => a.localeCompare(b, 'ja', { numeric: true })).map((k) => ({ key: k, name: k, nameEn: null }));
}

/** A round's trends, stored (a closed round's once, a launched round's for SNAPSHOT_TTL_MS): see aggregates/rounds.ts. */
const trendsAggregate = defineAggregate({
  name: 'trends',
  params: RoundParams,
  key: (p) => trendsKey(p.roundId),
  ttlMs: SNAPSHOT_TTL_MS,
  compute: (db, p) => computeTrends(db, p.roundId),
});

/**
 * GET /insight/trends: one scale across the latest rounds, overall and per group, read from the rounds'
 * snapshots (a few rows of JSON, whatever the size of the company). Stale snapshots are brought up to date
 * first, within RECOMPUTE_BUDGET_MS; a round not counted yet is marked `pending` and the UI asks again.
 */
export async function trends(
  db: Db,
  opts: { actor: Actor; jobs: JobQueue; dimension: TrendDimension; field: string; rounds?: number; refresh?: boolean; budgetMs?: number },
): Promise<Trends> {
  if (!can(opts.actor, 'viewInsight')) throw notFound();
  const newestFirst = await latestRounds(db, Math.min(opts.rounds ?? TRENDS_MAX_ROUNDS, TRENDS_MAX_ROUNDS));
  const pending = await refreshRounds({ db, jobs: opts.jobs }, trendsAggregate, newestFirst, {
    version: VERSION,
    refresh: opts.refresh,
    budgetMs: opts.budgetMs ?? RECOMPUTE_BUDGET_MS,
  });
  const { dimension: dim, field } = opts;
  const keys = newestFirst.map((r) => trendsKey(r.id));
  // Only the asked-for slice of each snapshot leaves the database.
  const snaps = keys.length
    ? await db
        .select({
          key: insightSnapshots.key,
          computedAt: insightSnapshots.computedAt,
          version: sql<number>`(${insightSnapshots.data}->>'v')::int`,
          fields: sql<TrendField[] | null>`${insightSnapshots.data}->'fields'`,
          overall: sql<Point | null>`${insightSnapshots.data}->'overall'->${field}`,
          groups: sql<Record<string, Point> | null>`${insightSnapshots.data}->${dim}->${field}`,
        })
        .from(insightSnapshots)
        .where(inArray(insightSnapshots.key, keys))
    : [];
  // Figures past the bound are not shown while their recount runs: the round reads 「集計中」.
  const expired = new Set([...pending].map(trendsKey));
  const byKey = new Map(snaps.filter((s) => Number(s.version) === VERSION && !expired.has(s.key)).map((s) => [s.key, s]));
  const ordered = [...newestFirst].reverse();
  const fields = new Map<string, TrendField>();
  for (const r of newestFirst) for (const f of byKey.get(trendsKey(r.id))?.fields ?? []) if (!fields.has(f.id)) fields.set(f.id, f);
  const groupKeys = [...new Set(snaps.flatMap((s) => Object.keys(s.groups ?? {})))];
  const point = (r: RoundRow, key: string): Point | null => byKey.get(trendsKey(r.id))?.groups?.[key] ?? null;
  const groups = [
    ...(await groupOrder(db, dim, groupKeys)),
    ...(groupKeys.includes(NONE) ? [{ key: NONE, name: null, nameEn: null }] : []),
  ];
  return {
    dimension: dim,
    field,
    minGroup: MIN_GROUP,
    fields: [...fields.values()],
    rounds: ordered.map((r) => {
      const s = byKey.get(trendsKey(r.id));
      return {
        id: r.id,
        name: r.name,
        status: r.status as RoundStatus,
        periodStart: r.periodStart,
        asOf: s?.computedAt.toISOString() ?? null,
        pending: pending.has(r.id),
      };
    }),
    overall: ordered.map((r) => byKey.get(trendsKey(r.id))?.overall ?? null),
    groups: groups.map((g) => ({
      key: g.key === NONE ? null : g.key,
      name: g.name,
      nameEn: g.nameEn,
      points: ordered.map((r) => point(r, g.key)),
    })),
  };
}
