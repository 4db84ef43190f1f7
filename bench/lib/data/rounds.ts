// Bench data for rounds: on top of the generated company, ten career rounds with one interview per
// person each (1,000,000 interviews at 100,000 people); the latest is running, with sheets and surveys
// in every state. Generated in SQL (generate_series / INSERT … SELECT). Never used by tests or the app.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { queryRows } from '../databases';

export const ROUNDS = 10;
export const LATEST_ROUND = `ベンチ ${ROUNDS}期 キャリア面談`;

/** True when the rounds and their interviews are all there (for `employees` people). */
export async function roundsAreReady(db: Db, people: number): Promise<boolean> {
  const [row] = await queryRows<{ rounds: number; interviews: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM rounds WHERE name LIKE 'ベンチ %') AS rounds,
               (SELECT count(*)::int FROM interviews i JOIN rounds r ON r.id = i.round_id WHERE r.name LIKE 'ベンチ %') AS interviews`,
  );
  const [keyed] = await queryRows<{ missing: boolean }>(db, sql`SELECT exists (SELECT 1 FROM interviews WHERE sort_key = '') AS missing`);
  return !!row && row.rounds === ROUNDS && row.interviews === ROUNDS * people && !keyed?.missing;
}

/** Everyone active who is not HR/admin staff: the people every bench round interviews. */
export const participantsSql = sql`SELECT e.id, e.department_id, e.manager_id,
    left(coalesce(e.family_name_kana, '') || coalesce(e.given_name_kana, '') || ' ' || e.employee_number, 140) AS sort_key
  FROM employees e WHERE e.status = 'active' AND e.employee_number NOT LIKE 'S%'`;

export async function countParticipants(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (${participantsSql}) p`);
  return row!.n;
}

/**
 * Locks the form versions the bench's rounds pin, as a launch does (and as every real launched round's are): the
 * app keeps locked versions in memory, so unlocked ones would make the bench read them on every request. Cheap
 * and idempotent: run on every prepared database, so data generated before this step is right too.
 */
export async function lockPinnedVersions(db: Db): Promise<void> {
  await db.execute(sql`UPDATE form_template_versions SET locked = true WHERE NOT locked AND id IN (
    SELECT sheet_version_id FROM rounds UNION SELECT survey_version_id FROM rounds)`);
}

/** Adds the rounds to a database that already holds the generated company. */
export async function generateRounds(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (let r = 1; r <= ROUNDS; r++) {
      const latest = r === ROUNDS;
      const start = `${2016 + r}-10-01`;
      await tx.execute(sql`INSERT INTO rounds (name, type, status, period_start, period_end, prep_due_on, themes, message,
          sheet_template_id, survey_template_id, sheet_version_id, survey_version_id, participants, launch_total, launch_done, launched_at)
        SELECT ${`ベンチ ${r}期 キャリア面談`}, 'career', ${latest ? 'launched' : 'closed'}, ${start}::date, ${start}::date + 90, ${start}::date + 30,
          '[{"title":{"ja":"業務満足度・現在の課題"},"description":{"ja":"やりがい、不満、困っていること"}}]'::jsonb, '率直に話しましょう。',
          s.id, v.id, sv.id, svv.id, '{"all":true,"departmentIds":[],"grades":[],"employeeIds":[]}'::jsonb, 0, 0, ${start}::date
        FROM form_templates s JOIN form_template_versions sv ON sv.template_id = s.id,
             form_templates v JOIN form_template_versions svv ON svv.template_id = v.id
        WHERE s.kind = 'sheet' AND s.is_default AND v.kind = 'survey' AND v.is_default`);
      // Held interviews in past rounds; in the running one a mix of preparing, scheduled and held.
      await tx.execute(sql`INSERT INTO interviews (round_id, employee_id, interviewer_id, department_id, sort_key, status, scheduled_start, scheduled_end, location_type, location)
        SELECT (SELECT id FROM rounds WHERE name = ${`ベンチ ${r}期 キャリア面談`}), p.id, p.manager_id, p.department_id, p.sort_key,
          CASE WHEN NOT ${latest} THEN 'done' WHEN n % 10 < 3 THEN 'scheduled' WHEN n % 10 = 3 THEN 'done' ELSE 'preparing' END,
          CASE WHEN NOT ${latest} OR n % 10 <= 3 THEN ${start}::timestamptz + (n % 60) * interval '1 day' + interval '14 hours' END,
          CASE WHEN NOT ${latest} OR n % 10 <= 3 THEN ${start}::timestamptz + (n % 60) * interval '1 day' + interval '15 hours' END,
          CASE WHEN NOT ${latest} OR n % 10 <= 3 THEN 'room' END,
          CASE WHEN NOT ${latest} OR n % 10 <= 3 THEN '第' || (1 + n % 9) || '会議室' END
        FROM (SELECT p.*, row_number() OVER (ORDER BY p.id) AS n FROM (${participantsSql}) p) p`);
    }
    // The running round: sheets submitted by 60 %, drafts by 20 %; surveys submitted by 50 %.
    await tx.execute(sql`WITH latest AS (SELECT id, sheet_version_id, survey_version_id FROM rounds WHERE name = ${LATEST_ROUND}),
      numbered AS (SELECT i.id, row_number() OVER (ORDER BY i.id) AS n FROM interviews i, latest WHERE i.round_id = latest.id)
      INSERT INTO form_responses (interview_id, kind, template_version_id, status, submitted_at)
      SELECT n.id, 'sheet', latest.sheet_version_id, CASE WHEN n.n % 10 < 6 THEN 'submitted' ELSE 'draft' END,
        CASE WHEN n.n % 10 < 6 THEN now() - (n.n % 20) * interval '1 day' END
      FROM numbered n, latest WHERE n.n % 10 < 8
      UNION ALL
      SELECT n.id, 'survey', latest.survey_version_id, 'submitted', now() - (n.n % 20) * interval '1 day'
      FROM numbered n, latest WHERE n.n % 10 < 5`);
    await tx.execute(sql`INSERT INTO form_answers (response_id, field_id, value, hr_only)
      SELECT r.id, f.field, f.value, f.field = 'supportDetail' AND r.id::text LIKE '%a'
      FROM form_responses r JOIN interviews i ON i.id = r.interview_id JOIN rounds ro ON ro.id = i.round_id,
      (VALUES ('currentIssues', '"後輩の育成に時間が取れない。チームの目標も曖昧です。"'::jsonb),
              ('careerGoals', '{"short":"リーダー経験","mid":"課長","long":"事業部長"}'::jsonb),
              ('currentEfforts', '"設計レビューの主担当"'::jsonb),
              ('supportDetail', '"研修に参加したい"'::jsonb)) AS f(field, value)
      WHERE ro.name = ${LATEST_ROUND} AND r.kind = 'sheet'`);
    await tx.execute(sql`UPDATE rounds r SET launch_total = c.n, launch_done = c.n
      FROM (SELECT round_id, count(*)::int AS n FROM interviews GROUP BY round_id) c WHERE c.round_id = r.id`);
  });
  await db.execute(sql`VACUUM ANALYZE`);
}
