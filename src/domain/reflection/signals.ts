import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { companyTimeZone } from '../shared/calendar';
import { companyTodaySql } from '../shared/calendar-sql';
import { type Caution, type Period, periodRange, round2 } from './rules';
import type { Signal } from './responses';

/**
 * Signals from the record itself, each with its rule (stated the same way on the card, in i18n
 * `reflection.signals.*.rule`). All count interviews the interviewer held in the period, except
 * itemsOnTime, which counts plan items due in it:
 * - sharedNotes (listen): a note shared with the employee (本人と共有) was written.
 * - strengths (strengths): a question on achievements & strengths was on the agenda, or 強み・成果・できた・得意
 *   appear in the landing point, the すり合わせ or a note that is not a private memo.
 * - confirmed (support): the plan has items and both sides confirmed its current revision.
 * - continuity (support): of interviews whose employee had a plan before, the agenda took up the last plan.
 * - followUpsOnTime (followUp): of interviews with a follow-up rhythm whose first follow-up is due by today,
 *   a follow-up was held within the rhythm plus 14 days.
 * - itemsOnTime (followUp): of plan items due in the period (and by today), done on or before their due date.
 */
export const SIGNALS = [
  { id: 'sharedNotes', caution: 'listen' },
  { id: 'strengths', caution: 'strengths' },
  { id: 'confirmed', caution: 'support' },
  { id: 'continuity', caution: 'support' },
  { id: 'followUpsOnTime', caution: 'followUp' },
  { id: 'itemsOnTime', caution: 'followUp' },
] as const satisfies readonly { id: string; caution: Caution }[];
type SignalId = (typeof SIGNALS)[number]['id'];
/** Days a follow-up is late after, by rhythm: the rhythm's interval plus 14 days of grace. */
const GRACE = 14;

type Row = { interviewer: string } & Record<`${SignalId}Met` | `${SignalId}Of`, number>;

const STRENGTH_WORDS = '(強み|成果|できた|得意|strength|achiev)';

/** Every interviewer's signals for one period (one pass); counts only, no text leaves the database. */
export async function countSignals(db: Db, period: Period): Promise<Map<string, Signal[]>> {
  const { from, to } = periodRange(period);
  const tz = companyTimeZone();
  const today = companyTodaySql();
  const rows = rowsOf<Row>(
    await db.execute(sql`with held as (
        select i.id, i.interviewer_id, i.employee_id, r.held_at, (r.held_at at time zone ${tz})::date as day, r.agenda,
          r.landing_point, r.alignment, r.follow_rhythm, r.plan_revision, r.employee_confirmed_rev, r.interviewer_confirmed_rev
        from interviews i join interview_records r on r.interview_id = i.id
        where i.interviewer_id is not null and r.held_at is not null
          and (r.held_at at time zone ${tz})::date between ${from}::date and ${to}::date
      ), facts as (
        select h.interviewer_id,
          exists (select 1 from interview_notes n where n.interview_id = h.id and n.visibility = 'shared') as shared,
          (exists (select 1 from jsonb_array_elements(h.agenda) a join questions q on 'q:' || q.id::text = a->>'id'
                   where q.category = 'achievements')
            or h.landing_point ~* ${STRENGTH_WORDS} or h.alignment::text ~* ${STRENGTH_WORDS}
            or exists (select 1 from interview_notes n where n.interview_id = h.id and n.visibility <> 'private'
                       and n.body ~* ${STRENGTH_WORDS})) as strengths,
          exists (select 1 from action_items a where a.interview_id = h.id) as has_plan,
          (h.employee_confirmed_rev = h.plan_revision and h.interviewer_confirmed_rev = h.plan_revision) as confirmed,
          exists (select 1 from action_items a join interview_records p on p.interview_id = a.interview_id
                  where a.employee_id = h.employee_id and a.interview_id <> h.id and p.held_at < h.held_at) as had_plan,
          exists (select 1 from jsonb_array_elements(h.agenda) a where a->>'kind' = 'plan') as took_up,
          case h.follow_rhythm when 'weekly' then 7 when 'biweekly' then 14 when 'monthly' then 31 when 'quarterly' then 92 end as every,
          h.day, h.id
        from held h
      ), per as (
        select f.interviewer_id as interviewer,
          count(*) filter (where f.shared)::int as "sharedNotesMet", count(*)::int as "sharedNotesOf",
          count(*) filter (where f.strengths)::int as "strengthsMet", count(*)::int as "strengthsOf",
          count(*) filter (where f.has_plan and f.confirmed)::int as "confirmedMet", count(*) filter (where f.has_plan)::int as "confirmedOf",
          count(*) filter (where f.had_plan and f.took_up)::int as "continuityMet", count(*) filter (where f.had_plan)::int as "continuityOf",
          count(*) filter (where f.every is not null and f.day + f.every <= ${today} and exists (
            select 1 from follow_ups u where u.interview_id = f.id and u.held_on <= f.day + f.every + ${GRACE}::int))::int as "followUpsOnTimeMet",
          count(*) filter (where f.every is not null and f.day + f.every <= ${today})::int as "followUpsOnTimeOf"
        from facts f group by f.interviewer_id
      ), items as (
        select i.interviewer_id as interviewer,
          count(*) filter (where a.status = 'done' and (a.updated_at at time zone ${tz})::date <= a.due_on)::int as "itemsOnTimeMet",
          count(*)::int as "itemsOnTimeOf"
        from action_items a join interviews i on i.id = a.interview_id
        where i.interviewer_id is not null and a.status <> 'dropped' and a.due_on between ${from}::date and ${to}::date
          and a.due_on < ${today}
        group by i.interviewer_id
      )
      select coalesce(per.interviewer, items.interviewer) as interviewer, per.*, items."itemsOnTimeMet", items."itemsOnTimeOf"
      from per full join items on items.interviewer = per.interviewer`),
  );
  const out = new Map<string, Signal[]>();
  for (const r of rows)
    out.set(
      r.interviewer,
      present((id) => [r[`${id}Met`] ?? 0, r[`${id}Of`] ?? 0]),
    );
  return out;
}

const present = (count: (id: SignalId) => [number, number]): Signal[] =>
  SIGNALS.map((s) => {
    const [met, of] = count(s.id);
    return { id: s.id, caution: s.caution, met, of, rate: of ? round2(met / of) : null };
  });

/** The company's signals: every interviewer's counts added up. */
export function companySignals(all: Map<string, Signal[]>): Signal[] {
  const sum = (id: SignalId, k: 'met' | 'of') => [...all.values()].reduce((s, list) => s + (list.find((x) => x.id === id)?.[k] ?? 0), 0);
  return present((id) => [sum(id, 'met'), sum(id, 'of')]);
}

export const noSignals = (): Signal[] => present(() => [0, 0]);

/** Per caution, the mean rate of its signals that had cases (null when none had). */
export function signalRates(signals: Signal[]): Partial<Record<Caution, number | null>> {
  const out: Partial<Record<Caution, number | null>> = {};
  for (const s of signals) {
    if (s.rate === null) continue;
    const prev = out[s.caution];
    out[s.caution] = prev == null ? s.rate : (prev + s.rate) / 2;
  }
  return out;
}
