import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';

const count = async (db: Db, q: SQL) => rowsOf<unknown>(await db.execute(q)).length;

/**
 * Anonymise (docs/decisions/0022): the rows that feed counts stay — the interview and its state, the sheet's scales
 * and choices, plan items and their status, wishes by kind and track, skills by name and level — and every word the
 * person or others wrote about them goes: text answers, notes, the alignment table, plan texts, follow-up notes,
 * ratings' comments, wish texts and decisions' messages, the interview's place. Returns the rows touched.
 */
export async function anonymiseContent(db: Db, id: string): Promise<number> {
  const mine = sql`(select i.id from interviews i where i.employee_id = ${id})`;
  const statements: SQL[] = [
    // A text answer becomes empty; goals keep their shape; numbers and chosen options stay (they are counted).
    sql`update form_answers a set value = case
          when jsonb_typeof(a.value) = 'string' then '""'::jsonb
          when jsonb_typeof(a.value) = 'object' then '{"short":"","mid":"","long":""}'::jsonb
          else a.value end
        from form_responses r where r.id = a.response_id and r.interview_id in ${mine} returning 1`,
    sql`delete from interview_notes where interview_id in ${mine} returning 1`,
    sql`update interview_records set landing_point = '', agenda = '[]'::jsonb,
          alignment = '{"wish":"","policy":"","growth":"","direction":""}'::jsonb where interview_id in ${mine} returning 1`,
    sql`update action_items set what = '-', target = '', progress_note = '' where employee_id = ${id} returning 1`,
    sql`update plan_confirmations set items = '[]'::jsonb where interview_id in ${mine} returning 1`,
    sql`update follow_ups set note = '' where employee_id = ${id} returning 1`,
    sql`update follow_up_items fi set note = '' from follow_ups f where f.id = fi.follow_up_id and f.employee_id = ${id} returning 1`,
    sql`update interview_ratings set comment = '' where interview_id in ${mine} returning 1`,
    sql`update interview_reflections set comment = '' where interview_id in ${mine} returning 1`,
    sql`update interview_slots set note = '', location = '' where interview_id in ${mine} returning 1`,
    sql`update interviews set location = null, sort_key = '' where employee_id = ${id} returning 1`,
    sql`update career_wishes set desired_role = '', note = '' where employee_id = ${id} returning 1`,
    sql`update wish_decisions d set message = '', note = '' from career_wishes w where w.id = d.wish_id and w.employee_id = ${id} returning 1`,
    sql`update employee_skills set note = '' where employee_id = ${id} returning 1`,
    sql`update risk_actions set note = '' where employee_id = ${id} returning 1`,
  ];
  let n = 0;
  for (const q of statements) n += await count(db, q);
  return n;
}
