// Bench data for the interview record: on top of the rounds data (~970,000 interviews), forty past
// quarterly 1on1 rounds of one 部 (~80,000 interviews, so the database holds over 1,000,000), and for a
// few people of that 部 a full record of every interview they had: agreed direction, a plan of 2–3
// items confirmed by both sides, a follow-up, notes, a rating, a submitted sheet and survey. Their
// running interview has both forms submitted (満足度 2, so a suggestion fires). Generated in SQL
// (generate_series / INSERT … SELECT). Never used by tests or the app.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { queryRows } from '../databases';
import { LATEST_ROUND, participantsSql } from './rounds';

/** Past 1on1 rounds added on top of the ten career rounds. */
export const HISTORY_ROUNDS = 40;
/** People whose every past interview carries a full record (the bench's history subjects). */
export const HISTORY_PEOPLE = 5;
const PREFIX = '履歴ベンチ';
/** The 部 whose people take part in the past 1on1 rounds; the history subjects sit in its first 課. */
const DEPT = 'BD01-01';
const SECTION = `${DEPT}-01`;

const idList = (ids: string[]): SQL =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;

/** The history subjects: the people holding records (empty until generated). */
export async function historyPeople(db: Db): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT i.employee_id AS id FROM interview_records r JOIN interviews i ON i.id = r.interview_id
      JOIN rounds ro ON ro.id = i.round_id AND ro.name LIKE ${`${PREFIX} %`}
      JOIN employees e ON e.id = i.employee_id GROUP BY i.employee_id, e.employee_number ORDER BY e.employee_number`,
  );
  return rows.map((r) => r.id);
}

/** True when the past rounds, the subjects' full records and the suggestion rules are all there. */
export async function recordIsReady(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ rounds: number; people: number; records: number; rules: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM rounds WHERE name LIKE ${`${PREFIX} %`}) AS rounds,
        (SELECT count(DISTINCT i.employee_id)::int FROM interview_records r JOIN interviews i ON i.id = r.interview_id
          JOIN rounds ro ON ro.id = i.round_id AND ro.name LIKE ${`${PREFIX} %`}) AS people,
        (SELECT count(*)::int FROM interview_records r JOIN interviews i ON i.id = r.interview_id
          JOIN rounds ro ON ro.id = i.round_id AND ro.name LIKE ${`${PREFIX} %`}) AS records,
        (SELECT count(*)::int FROM suggestion_rules WHERE active) AS rules`,
  );
  return (
    !!row &&
    row.rounds === HISTORY_ROUNDS &&
    row.people === HISTORY_PEOPLE &&
    row.records === HISTORY_PEOPLE * HISTORY_ROUNDS &&
    row.rules > 0
  );
}

/** Adds the past rounds and the records to a database that already holds the rounds data. */
export async function generateRecord(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // Subjects whose running interview is still ahead (preparing or scheduled): the prep page's case.
    const ids = (
      await queryRows<{ id: string }>(
        tx,
        sql`SELECT e.id FROM employees e JOIN departments d ON d.id = e.department_id
          JOIN interviews i ON i.employee_id = e.id JOIN rounds r ON r.id = i.round_id
          WHERE d.code = ${SECTION} AND e.employee_number LIKE 'M%' AND e.status = 'active'
            AND r.name = ${LATEST_ROUND} AND i.status IN ('preparing', 'scheduled')
          ORDER BY e.employee_number LIMIT ${HISTORY_PEOPLE}`,
      )
    ).map((r) => r.id);
    if (ids.length !== HISTORY_PEOPLE) throw new Error(`only ${ids.length} history subjects found in ${SECTION}`);
    const bench = idList(ids);

    // Forty quarterly 1on1 rounds, 2007–2016, before the first career round (2017-10).
    await tx.execute(sql`INSERT INTO rounds (name, type, status, period_start, period_end, themes, message,
        sheet_template_id, survey_template_id, sheet_version_id, survey_version_id, participants, launch_total, launch_done,
        launched_at, created_at, updated_at)
      SELECT ${PREFIX}::text || ' 第' || k || '回 1on1', 'oneOnOne', 'closed', q.start, (q.start + interval '3 months' - interval '1 day')::date,
        '[]'::jsonb, '', s.id, v.id, sv.id, svv.id,
        jsonb_build_object('all', false, 'departmentIds', jsonb_build_array(d.id), 'grades', '[]'::jsonb, 'employeeIds', '[]'::jsonb),
        0, 0, q.start, q.start, q.start
      FROM generate_series(1, ${HISTORY_ROUNDS}) k
        CROSS JOIN LATERAL (SELECT (date '2007-01-01' + (k - 1) * interval '3 months')::date AS start) q,
        departments d,
        form_templates s JOIN form_template_versions sv ON sv.template_id = s.id,
        form_templates v JOIN form_template_versions svv ON svv.template_id = v.id
      WHERE d.code = ${DEPT} AND s.kind = 'sheet' AND s.is_default AND v.kind = 'survey' AND v.is_default`);
    // Everyone of the 部 (its 部長, 課長 and members) in each, interviewed by their manager; all held.
    await tx.execute(sql`INSERT INTO interviews (round_id, employee_id, interviewer_id, department_id, sort_key, status,
        scheduled_start, scheduled_end, location_type, location, created_at, updated_at)
      SELECT r.id, p.id, p.manager_id, p.department_id, p.sort_key, 'done',
        r.period_start + (p.n % 60) * interval '1 day' + interval '14 hours',
        r.period_start + (p.n % 60) * interval '1 day' + interval '15 hours',
        'room', '第' || (1 + p.n % 9) || '会議室', r.period_start, r.period_start + (p.n % 60) * interval '1 day'
      FROM rounds r,
        (SELECT p.*, row_number() OVER (ORDER BY p.id) AS n FROM (${participantsSql}) p
          JOIN departments d ON d.id = p.department_id WHERE d.code LIKE ${`${DEPT}%`}) p
      WHERE r.name LIKE ${`${PREFIX} %`}`);
    await tx.execute(sql`UPDATE rounds r SET launch_total = c.n, launch_done = c.n
      FROM (SELECT round_id, count(*)::int AS n FROM interviews GROUP BY round_id) c
      WHERE c.round_id = r.id AND r.name LIKE ${`${PREFIX} %`}`);
    // The career rounds made all their interviews in one transaction (one created_at); the record
    // orders a person's interviews by created_at, so the subjects' get their round's launch date.
    await tx.execute(sql`UPDATE interviews i SET created_at = r.launched_at FROM rounds r
      WHERE r.id = i.round_id AND i.employee_id IN ${bench} AND r.name NOT LIKE ${`${PREFIX} %`}`);

    // The subjects' held interviews, newest first per person (rk 1 = the latest held).
    const held = sql`SELECT i.id, i.employee_id, i.interviewer_id, i.scheduled_start, r.name AS round, r.period_start,
        r.sheet_version_id, r.survey_version_id,
        row_number() OVER (PARTITION BY i.employee_id ORDER BY r.period_start DESC)::int AS rk
      FROM interviews i JOIN rounds r ON r.id = i.round_id
      WHERE i.employee_id IN ${bench} AND i.status = 'done'`;
    await tx.execute(sql`INSERT INTO interview_records (interview_id, landing_point, agenda, alignment, next_interview_on,
        follow_rhythm, held_at, plan_revision, employee_confirmed_rev, interviewer_confirmed_rev, created_at, updated_at)
      SELECT h.id, '次の半期で担う役割の合意', jsonb_build_array(
          jsonb_build_object('id', 'a1', 'kind', 'theme', 'label', '業務満足度・現在の課題', 'done', true),
          jsonb_build_object('id', 'a2', 'kind', 'plan', 'label', '前回のアクションの振り返り', 'done', true)),
        jsonb_build_object('wish', '設計をリードしたい', 'policy', '品質向上を担う人材が必要',
          'growth', 'レビュー主担当を任せる', 'direction', h.round || ': 設計レビューの主担当として後輩を指導する'),
        (h.period_start + 90), 'quarterly', h.scheduled_start, 1, 1, 1, h.scheduled_start, h.scheduled_start
      FROM (${held}) h`);
    // 2–3 items per interview; the last item of the six latest interviews is still open (overdue).
    await tx.execute(sql`INSERT INTO action_items (interview_id, employee_id, position, what, owner, due_on, target, status,
        progress_note, created_at, updated_at)
      SELECT h.id, h.employee_id, k - 1, h.round || ' アクション' || k,
        (ARRAY['employee', 'manager', 'hr'])[k], h.period_start + 60 + 30 * k, '月次で進捗を確認',
        CASE WHEN h.rk <= 6 AND k = 2 + h.rk % 2 THEN (CASE WHEN h.rk % 2 = 0 THEN 'open' ELSE 'inProgress' END) ELSE 'done' END,
        CASE WHEN h.rk <= 6 THEN '着手済み' ELSE '完了' END, h.scheduled_start, h.scheduled_start
      FROM (${held}) h, generate_series(1, 3) k WHERE k <= 2 + h.rk % 2`);
    await tx.execute(sql`INSERT INTO plan_confirmations (interview_id, revision, party, person_id, items, confirmed_at)
      SELECT h.id, 1, party.name, CASE WHEN party.name = 'employee' THEN h.employee_id ELSE h.interviewer_id END,
        (SELECT jsonb_agg(jsonb_build_object('what', a.what, 'owner', a.owner, 'dueOn', a.due_on) ORDER BY a.position)
          FROM action_items a WHERE a.interview_id = h.id),
        h.scheduled_start + interval '1 day'
      FROM (${held}) h, (VALUES ('employee'), ('interviewer')) party(name)`);
    await tx.execute(sql`INSERT INTO follow_ups (interview_id, employee_id, author_id, held_on, note, created_at)
      SELECT h.id, h.employee_id, h.interviewer_id, h.period_start + 45, '進捗確認。障害なし、予定どおり。', h.scheduled_start + interval '45 days'
      FROM (${held}) h`);
    await tx.execute(sql`INSERT INTO follow_up_items (follow_up_id, item_id, status, note)
      SELECT f.id, a.id, CASE WHEN a.status = 'done' THEN 'done' ELSE 'inProgress' END, '順調'
      FROM follow_ups f JOIN action_items a ON a.interview_id = f.interview_id WHERE f.employee_id IN ${bench}`);
    await tx.execute(sql`INSERT INTO interview_notes (interview_id, author_id, visibility, body, created_at, updated_at)
      SELECT h.id, h.interviewer_id, v.visibility, v.body, h.scheduled_start, h.scheduled_start
      FROM (${held}) h, (VALUES ('shared', '本人の希望と組織の方針をすり合わせた。'), ('hr_manager', '次期リーダー候補として育成する。')) v(visibility, body)`);
    await tx.execute(sql`INSERT INTO interview_ratings (interview_id, rating, comment, created_at)
      SELECT h.id, 3 + h.rk % 3, '話しやすかった', h.scheduled_start + interval '2 days' FROM (${held}) h`);
    // A submitted sheet and survey for every held interview (one 人事のみ answer each).
    await tx.execute(sql`INSERT INTO form_responses (interview_id, kind, template_version_id, status, submitted_at, created_at, updated_at)
      SELECT h.id, f.kind, CASE WHEN f.kind = 'sheet' THEN h.sheet_version_id ELSE h.survey_version_id END, 'submitted',
        h.scheduled_start - interval '7 days', h.scheduled_start - interval '10 days', h.scheduled_start - interval '7 days'
      FROM (${held}) h, (VALUES ('sheet'), ('survey')) f(kind)`);
    // The running interview: both forms submitted, whatever state the rounds data left them in.
    await tx.execute(sql`INSERT INTO form_responses (interview_id, kind, template_version_id, status, submitted_at)
      SELECT i.id, f.kind, CASE WHEN f.kind = 'sheet' THEN r.sheet_version_id ELSE r.survey_version_id END, 'submitted', now() - interval '3 days'
      FROM interviews i JOIN rounds r ON r.id = i.round_id, (VALUES ('sheet'), ('survey')) f(kind)
      WHERE r.name = ${LATEST_ROUND} AND i.employee_id IN ${bench}
      ON CONFLICT (interview_id, kind) DO UPDATE SET status = 'submitted', submitted_at = excluded.submitted_at`);
    await tx.execute(sql`INSERT INTO form_answers (response_id, field_id, value, hr_only)
      SELECT fr.id, a.field, a.value, a.hr_only
      FROM form_responses fr JOIN interviews i ON i.id = fr.interview_id
      JOIN (VALUES
        ('sheet', 'currentIssues', '"後輩の育成に時間が取れない。チームの目標も曖昧です。"'::jsonb, false),
        ('sheet', 'careerGoals', '{"short":"リーダー経験","mid":"課長","long":"事業部長"}'::jsonb, false),
        ('sheet', 'careerTrack', '"undecided"'::jsonb, false),
        ('sheet', 'currentEfforts', '"設計レビューの主担当"'::jsonb, false),
        ('sheet', 'supportDetail', '"家庭の事情で時短勤務を相談したい"'::jsonb, true),
        ('survey', 'jobSatisfaction', '2'::jsonb, false),
        ('survey', 'rewarding', '3'::jsonb, false),
        ('survey', 'workload', '4'::jsonb, false),
        ('survey', 'qualifications', '"応用情報技術者"'::jsonb, false)) AS a(kind, field, value, hr_only) ON a.kind = fr.kind
      WHERE i.employee_id IN ${bench}
      ON CONFLICT (response_id, field_id) DO UPDATE SET value = excluded.value, hr_only = excluded.hr_only`);
    // The skills inventory the prep page shows as strengths.
    await tx.execute(sql`INSERT INTO employee_skills (employee_id, name, name_key, level, years, note)
      SELECT e.id, s.name, lower(s.name), s.level, s.years, '' FROM employees e,
        (VALUES ('TypeScript', 5, 6), ('PostgreSQL', 4, 5), ('プロジェクト管理', 3, 2)) s(name, level, years)
      WHERE e.id IN ${bench}`);
    await tx.execute(sql`INSERT INTO employee_career_items (employee_id, kind, title, description, period_from, period_to)
      SELECT e.id, c.kind, c.title, c.description, c.period_from, c.period_to FROM employees e,
        (VALUES ('achievement', '受注管理システム刷新', '設計を主導し、障害件数を半減', '2023-04', '2024-03'),
                ('experience', '海外拠点との共同開発', '英語での仕様調整', '2020-10', '2022-03')) c(kind, title, description, period_from, period_to)
      WHERE e.id IN ${bench}`);
  });
  await db.execute(sql`VACUUM ANALYZE`);
}
