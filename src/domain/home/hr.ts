import { desc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf } from '../../db/rows';
import { insightSnapshots, mailOutbox, rounds } from '../../db/schema';
import type { Actor } from '../actor';
import { type AggregateDeps, queueRefresh } from '../aggregates/read';
import { type SnapshotMeta, snapshotMeta } from '../aggregates/store';
import { can } from '../capabilities';
import { risksAggregate, risksKey, RISKS_VERSION } from '../insight/risks';
import { keptFromFlags } from '../insight/risks-answers';
import { isFresh, isServable } from '../insight/trends-policy';
import { PROGRESS_TTL_MS, progressAggregate, progressKey } from '../rounds/progress';
import { cappedCount } from '../shared/paging';
import { HR_ROUNDS, laggingDepartments, shownSteps, type StepCounts } from './policy';
import type { HrTodo, RoundTodo } from './responses';
import { recordVisit } from './visits';

type Running = { id: string; name: string; periodEnd: string; prepDueOn: string | null; status: string; updatedAt: Date; forms: Forms };
type Forms = { hasSheet: boolean; hasSurvey: boolean };
type Dept = StepCounts & { id: string | null; name: string | null; nameEn: string | null };

// HR's home reads the stored aggregates the round and risk pages keep (decision 0008) and never computes
// one: a missing or stale one is queued for a refresh job and shown as being counted. What it reads of
// them is taken apart in SQL, so a 100,000-person round's per-interviewer rows never leave the database.

/** Queues a refresh of one round's aggregate unless what is stored is fresh: a home page never computes one. */
async function refreshUnlessFresh(deps: AggregateDeps, kind: Kind, roundId: string, m: SnapshotMeta | undefined, fresh: boolean) {
  if (!m || !fresh) await queueRefresh(deps, kind, { roundId }, m?.computedAt ?? null);
}
type Kind = typeof progressAggregate | typeof risksAggregate;

/** Each running round's funnel as counted last, and its departments furthest behind. */
async function roundsTodo(deps: AggregateDeps, running: Running[], now: Date): Promise<RoundTodo[]> {
  const meta = await snapshotMeta(
    deps.db,
    running.map((r) => progressKey(r.id)),
  );
  for (const r of running) {
    const m = meta.get(progressKey(r.id));
    await refreshUnlessFresh(deps, progressAggregate, r.id, m, !!m && now.getTime() - m.computedAt.getTime() < PROGRESS_TTL_MS);
  }
  const stored = running.length
    ? await deps.db
        .select({
          key: insightSnapshots.key,
          computedAt: insightSnapshots.computedAt,
          total: sql<StepCounts>`${insightSnapshots.data}->'total'`,
          byDepartment: sql<Dept[]>`${insightSnapshots.data}->'byDepartment'`,
        })
        .from(insightSnapshots)
        .where(
          inArray(
            insightSnapshots.key,
            running.map((r) => progressKey(r.id)),
          ),
        )
    : [];
  const byKey = new Map(stored.map((s) => [s.key, s]));
  return running.map((r) => {
    const s = byKey.get(progressKey(r.id));
    return {
      round: { id: r.id, name: r.name },
      periodEnd: r.periodEnd,
      prepDueOn: r.prepDueOn,
      progress: s
        ? {
            asOf: s.computedAt.toISOString(),
            total: shownSteps(s.total, r.forms),
            lagging: laggingDepartments(s.total, s.byDepartment, r.forms),
          }
        : null,
    };
  });
}

/** A text[] literal for `= any(…)` (an empty one matches nothing). */
const textArray = (ids: string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;

/**
 * Each running round's retention-risk signs as the risk page shows them to this reader (its stored flags,
 * less those resting only on 「人事のみ」 answers the employee keeps from the reader: keptFromFlags), and how
 * many of them were submitted since the reader's previous visit. One index probe per flagged interview.
 */
async function risksTodo(deps: AggregateDeps, actor: Actor, running: Running[], now: Date): Promise<NonNullable<HrTodo['risks']>> {
  const since = await recordVisit(deps.db, actor, now);
  const key = (r: Running) => risksKey(r.id);
  const meta = await snapshotMeta(deps.db, running.map(key));
  const out: NonNullable<HrTodo['risks']>['rounds'] = [];
  for (const r of running) {
    const m = meta.get(key(r));
    await refreshUnlessFresh(deps, risksAggregate, r.id, m, isFresh(m, r, { now: now.getTime(), version: RISKS_VERSION }));
    // Past the stated bound the home shows 「集計中」 too, as the risk page does.
    if (!m || !isServable(m, r, { now: now.getTime(), version: RISKS_VERSION })) {
      out.push({ round: { id: r.id, name: r.name }, counts: null });
      continue;
    }
    const hidden = (await keptFromFlags(deps.db, actor, r.id, [])).filter((e) => e.all.length && !e.shown.length).map((e) => e.interviewId);
    const [c] = rowsOf<{ total: number; new: number }>(
      await deps.db.execute(sql`
        select count(*)::int as total,
          count(*) filter (where f.status = 'submitted' ${since ? sql`and f.submitted_at > ${since.toISOString()}` : sql``})::int as new
        from insight_snapshots s
        cross join lateral jsonb_array_elements_text(s.data->'ids') x(id)
        left join form_responses f on f.interview_id = x.id::uuid and f.kind = 'survey'
        where s.key = ${key(r)} and x.id <> all(${textArray(hidden)})`),
    );
    out.push({
      round: { id: r.id, name: r.name },
      counts: { total: Number(c?.total ?? 0), new: Number(c?.new ?? 0), asOf: m.computedAt.toISOString() },
    });
  }
  return { since: since?.toISOString() ?? null, rounds: out };
}

/**
 * What is due for HR and the system owner, each part only for the capability that already shows it
 * elsewhere: running rounds (manageRounds), risk signs (viewInsight), failed mail (viewOutbox). Null when none.
 */
export async function hrTodo(deps: AggregateDeps, actor: Actor, now: Date): Promise<HrTodo | null> {
  const seesRounds = can(actor, 'manageRounds');
  const seesRisks = can(actor, 'viewInsight');
  const seesMail = can(actor, 'viewOutbox');
  if (!seesRounds && !seesRisks && !seesMail) return null;
  const rows =
    seesRounds || seesRisks
      ? await deps.db
          .select({
            id: rounds.id,
            name: rounds.name,
            periodEnd: rounds.periodEnd,
            prepDueOn: rounds.prepDueOn,
            status: rounds.status,
            updatedAt: rounds.updatedAt,
            hasSheet: sql<boolean>`${rounds.sheetTemplateId} is not null`,
            hasSurvey: sql<boolean>`${rounds.surveyTemplateId} is not null`,
          })
          .from(rounds)
          .where(eq(rounds.status, 'launched'))
          .orderBy(desc(rounds.periodStart), desc(rounds.createdAt))
          .limit(HR_ROUNDS + 1)
      : [];
  const running = rows.slice(0, HR_ROUNDS).map(({ hasSheet, hasSurvey, ...r }) => ({ ...r, forms: { hasSheet, hasSurvey } }));
  const [roundsPart, risks, failedMail] = await Promise.all([
    seesRounds ? roundsTodo(deps, running, now).then((items) => ({ items, more: rows.length > HR_ROUNDS })) : null,
    seesRisks ? risksTodo(deps, actor, running, now) : null,
    seesMail ? cappedCount(deps.db, mailOutbox, eq(mailOutbox.status, 'failed')) : null,
  ]);
  return { rounds: roundsPart, risks, failedMail };
}
