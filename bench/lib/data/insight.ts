// Bench data for HR insight, on top of the record data: what the dashboards read, at the size of a
// large company. Surveys (five scales, a transfer wish, a free-text idea) in the last four career
// rounds; the previous round held and written up for 90 % (plan, confirmations, follow-ups, ratings) and
// the running round's held 10 %; last-interview dates; department moves; wishes, skills and open
// positions. Generated in SQL. Never used by tests or the app.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../src/db/client';
import { queryRows } from '../databases';
import { BENCH_USERS } from './org';
import { LATEST_ROUND, ROUNDS } from './rounds';

/** Career rounds whose surveys carry answers: the latest four (trends read up to eight). */
export const SURVEYED_ROUNDS = 4;
/** The closed round before the running one: held for 90 % and fully written up. */
export const HELD_ROUND = `ベンチ ${ROUNDS - 1}期 キャリア面談`;
export const POSITIONS = 40;

const SKILLS = [
  'TypeScript',
  'Java',
  'Python',
  'SQL',
  '設計',
  'プロジェクト管理',
  '英語',
  '中国語',
  '法人営業',
  '提案書作成',
  '品質管理',
  '生産管理',
  '原価計算',
  '財務会計',
  '労務管理',
  '採用',
  'データ分析',
  '統計',
  '機械学習',
  'クラウド',
  'ネットワーク',
  'セキュリティ',
  'UXデザイン',
  '広報',
  'マーケティング',
  '物流管理',
  '購買',
  '契約法務',
  '研究開発',
  'コーチング',
];

const IDEAS = [
  '会議が多く、資料作成に時間を取られている。定例を減らしたい。',
  '部署間の連携が弱く、情報共有の仕組みが必要だと思う。',
  '評価の基準が分かりにくい。目標設定の面談をもっと丁寧にしてほしい。',
  '若手の育成に時間が取れない。OJTの計画を作りたい。',
  '残業が多い時期があり、業務量の平準化が必要。',
  'リモートワークの制度をもっと柔軟にしてほしい。',
  '新しいツールの導入で業務を効率化したい。',
  '研修の機会を増やしてほしい。特に英語とマネジメント。',
  'キャリアの相談ができる相手が社内にほしい。',
  '顧客からの要望が多様化しており、提案の質を上げたい。',
  '品質のチェック体制を見直したい。',
  '承認のプロセスが長く、意思決定に時間がかかる。',
  'チームの目標が曖昧で、優先順位が分からないことがある。',
  '異動の希望を伝える機会がもっとほしい。',
  '資格取得の支援制度を充実させてほしい。',
  '海外拠点とのやり取りが増え、語学力を伸ばしたい。',
];

/** A text[] literal (drizzle expands a bare array parameter into a list). */
const textArray = (list: string[]): SQL =>
  sql`ARRAY[${sql.join(
    list.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[]`;
const skills = textArray(SKILLS);

/** True when the insight data is there (the record data is checked by its own function). */
export async function insightIsReady(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ answered: number; records: number; wishes: number; positions: number; moves: number }>(
    db,
    sql`SELECT (SELECT count(DISTINCT r.id)::int FROM rounds r JOIN interviews i ON i.round_id = r.id
          JOIN form_responses s ON s.interview_id = i.id AND s.kind = 'survey'
          JOIN form_answers a ON a.response_id = s.id AND a.field_id = 'careerAnxiety' WHERE r.name LIKE 'ベンチ %') AS answered,
        (SELECT count(*)::int FROM interview_records) AS records,
        (SELECT count(*)::int FROM career_wishes) AS wishes,
        (SELECT count(*)::int FROM positions) AS positions,
        (SELECT count(*)::int FROM department_moves) AS moves`,
  );
  return (
    !!row && row.answered === SURVEYED_ROUNDS && row.records > 50_000 && row.wishes > 1000 && row.positions === POSITIONS && row.moves > 0
  );
}

/** Adds the insight data to a database holding the record data. */
export async function generateInsight(db: Db): Promise<void> {
  const surveyed = Array.from({ length: SURVEYED_ROUNDS }, (_, k) => `ベンチ ${ROUNDS - k}期 キャリア面談`);
  const names = sql`(${sql.join(
    surveyed.map((n) => sql`${n}`),
    sql`, `,
  )})`;
  await db.transaction(async (tx) => {
    // Surveys: everyone in the closed rounds (the running round already has half submitted).
    await tx.execute(sql`INSERT INTO form_responses (interview_id, kind, template_version_id, status, submitted_at, created_at, updated_at)
      SELECT i.id, 'survey', r.survey_version_id, 'submitted', r.period_start + 20, r.period_start + 15, r.period_start + 20
      FROM interviews i JOIN rounds r ON r.id = i.round_id
      WHERE r.name IN ${names} AND r.name <> ${LATEST_ROUND}
      ON CONFLICT (interview_id, kind) DO NOTHING`);
    // Scales 1–5 from a hash (a little lower in some departments), a transfer wish, one free-text idea.
    await tx.execute(sql`INSERT INTO form_answers (response_id, field_id, value, hr_only)
      SELECT s.id, f.field,
        CASE f.field
          WHEN 'transferWish' THEN to_jsonb((ARRAY['stay', 'stay', 'stay', 'move', 'either'])[1 + ((hashtext(s.id::text || 'tw')::bigint & 2147483647) % 5)::int])
          WHEN 'improvementIdeas' THEN to_jsonb((${textArray(IDEAS)})[1 + ((hashtext(s.id::text || 'idea')::bigint & 2147483647) % ${IDEAS.length})::int])
          ELSE to_jsonb(greatest(1, 1 + (hashtext(s.id::text || f.field)::bigint & 2147483647) % 5 - ((hashtext(i.department_id::text)::bigint & 2147483647) % 3 = 0)::int))
        END,
        f.field = 'careerAnxiety' AND (hashtext(s.id::text)::bigint & 2147483647) % 20 = 0
      FROM form_responses s JOIN interviews i ON i.id = s.interview_id JOIN rounds r ON r.id = i.round_id,
        (VALUES ('jobSatisfaction'), ('rewarding'), ('workload'), ('teamAtmosphere'), ('careerAnxiety'), ('transferWish'), ('improvementIdeas')) f(field)
      WHERE r.name IN ${names} AND s.kind = 'survey' AND s.status = 'submitted'
      ON CONFLICT (response_id, field_id) DO NOTHING`);

    // The previous round held and written up for 90 %; the running round's held ones too.
    const held = sql`SELECT i.id, i.employee_id, i.interviewer_id, i.scheduled_start, (hashtext(i.id::text)::bigint & 2147483647) % 100 AS h
      FROM interviews i JOIN rounds r ON r.id = i.round_id
      WHERE i.status = 'done' AND i.interviewer_id IS NOT NULL AND (r.name = ${HELD_ROUND} OR r.name = ${LATEST_ROUND})
        AND (hashtext(i.id::text)::bigint & 2147483647) % 10 <> 0
        AND NOT EXISTS (SELECT 1 FROM interview_records x WHERE x.interview_id = i.id)`;
    await tx.execute(sql`CREATE TEMP TABLE bench_held ON COMMIT DROP AS ${held}`);
    await tx.execute(sql`INSERT INTO interview_records (interview_id, landing_point, agenda, alignment, next_interview_on, follow_rhythm, held_at,
        plan_revision, employee_confirmed_rev, interviewer_confirmed_rev, created_at, updated_at)
      SELECT h.id, '次の半期の役割の合意', '[]'::jsonb,
        jsonb_build_object('wish', '専門性を深めたい', 'policy', '若手の育成', 'growth', 'レビューを任せる', 'direction', '設計の主担当を目指す'),
        (h.scheduled_start + interval '180 days')::date, 'quarterly', h.scheduled_start,
        1, CASE WHEN h.h < 90 THEN 1 END, CASE WHEN h.h < 80 THEN 1 END, h.scheduled_start, h.scheduled_start
      FROM bench_held h`);
    await tx.execute(sql`INSERT INTO action_items (interview_id, employee_id, position, what, owner, due_on, target, status, progress_note, created_at, updated_at)
      SELECT h.id, h.employee_id, k - 1, 'アクション' || k, (ARRAY['employee', 'manager'])[k], (h.scheduled_start + (60 * k) * interval '1 day')::date,
        '月次で確認', CASE WHEN (h.h + k) % 20 < 12 THEN 'done' WHEN (h.h + k) % 20 < 17 THEN 'inProgress' ELSE 'open' END, '', h.scheduled_start, h.scheduled_start
      FROM bench_held h, generate_series(1, 2) k`);
    await tx.execute(sql`INSERT INTO plan_confirmations (interview_id, revision, party, person_id, items, confirmed_at)
      SELECT h.id, 1, p.party, CASE WHEN p.party = 'employee' THEN h.employee_id ELSE h.interviewer_id END, '[]'::jsonb, h.scheduled_start + interval '1 day'
      FROM bench_held h, (VALUES ('employee', 90), ('interviewer', 80)) p(party, upto) WHERE h.h < p.upto`);
    await tx.execute(sql`INSERT INTO follow_ups (interview_id, employee_id, author_id, held_on, note, created_at)
      SELECT h.id, h.employee_id, h.interviewer_id, (h.scheduled_start + interval '45 days')::date, '進捗確認。', h.scheduled_start + interval '45 days'
      FROM bench_held h WHERE h.h % 10 < 6`);
    await tx.execute(sql`INSERT INTO interview_ratings (interview_id, rating, comment, created_at)
      SELECT h.id, 2 + h.h % 4, '', h.scheduled_start + interval '2 days' FROM bench_held h WHERE h.h % 2 = 0`);
    await tx.execute(sql`UPDATE employees e SET last_interview_at = x.held
      FROM (SELECT i.employee_id, max(r.held_at) AS held FROM interview_records r JOIN interviews i ON i.id = r.interview_id GROUP BY 1) x
      WHERE x.employee_id = e.id`);
    // Internal moves, as the trigger would record them (the people stay put): 3 % of people, in the last two years.
    await tx.execute(sql`INSERT INTO department_moves (employee_id, from_department_id, to_department_id, moved_on)
      SELECT e.id, (SELECT id FROM departments ORDER BY code OFFSET (hashtext(e.id::text)::bigint & 2147483647) % 200 LIMIT 1), e.department_id,
        date '2024-10-01' + ((hashtext(e.id::text)::bigint & 2147483647) % 700)::int
      FROM employees e WHERE (hashtext(e.id::text || 'mv')::bigint & 2147483647) % 33 = 0`);

    // Skills: eight per person from thirty; wishes from one person in six; forty open positions (three different
    // skills each, as the app requires).
    await tx.execute(sql`INSERT INTO employee_skills (employee_id, name, name_key, level, years, note)
      SELECT e.id, (${skills})[1 + (s.n * 7 + k * 11) % ${SKILLS.length}], lower((${skills})[1 + (s.n * 7 + k * 11) % ${SKILLS.length}]),
        1 + (s.n + k) % 5, (s.n + k) % 12, ''
      FROM employees e CROSS JOIN LATERAL (SELECT ((hashtext(e.id::text)::bigint & 2147483647) % 1000000)::int AS n) s, generate_series(1, 8) k
      WHERE e.employee_number LIKE 'M%'
      ON CONFLICT (employee_id, name_key) DO NOTHING`);
    await tx.execute(sql`INSERT INTO career_wishes (employee_id, kind, desired_role, desired_department_id, track, timeframe, relocation, note, disclosure)
      SELECT e.id, (ARRAY['transfer', 'careerPath'])[1 + s.n % 2], (ARRAY['', 'リーダー', 'マネージャー', 'スペシャリスト', 'プロジェクトマネージャー'])[1 + s.n % 5],
        (SELECT id FROM departments ORDER BY code OFFSET s.n % 200 LIMIT 1),
        (ARRAY['management', 'specialist', 'undecided'])[1 + s.n % 3], (ARRAY['within1y', 'in1to3y', 'over3y'])[1 + s.n % 3],
        (ARRAY['ok', 'no', 'depends'])[1 + s.n % 3], '将来は新しい領域に挑戦したい。', CASE WHEN s.n % 5 = 0 THEN 'hr_only' ELSE 'manager_hr' END
      FROM employees e CROSS JOIN LATERAL (SELECT ((hashtext(e.id::text || 'w')::bigint & 2147483647) % 1000000)::int AS n) s
      WHERE e.employee_number LIKE 'M%' AND e.status = 'active' AND s.n % 6 = 0`);
    await tx.execute(sql`INSERT INTO wish_decisions (wish_id, decision, message, note, decided_by)
      SELECT w.id, (ARRAY['considered', 'offered', 'notNow'])[1 + ((hashtext(w.id::text)::bigint & 2147483647) % 3)::int], '検討しました。', '', hr.id
      FROM career_wishes w, employees hr WHERE hr.email = ${BENCH_USERS.hr} AND (hashtext(w.id::text || 'd')::bigint & 2147483647) % 5 = 0`);
    await tx.execute(sql`INSERT INTO positions (kind, title, department_id, description, required_skills, track, status)
      SELECT (ARRAY['position', 'project'])[1 + k % 2], (ARRAY['リーダー', 'マネージャー', 'スペシャリスト', 'プロジェクトマネージャー'])[1 + k % 4] || ' 募集' || k,
        (SELECT id FROM departments ORDER BY code OFFSET (k * 5) % 200 LIMIT 1), '新規事業の立ち上げメンバー',
        jsonb_build_array((${skills})[1 + k % 30], (${skills})[1 + (k + 7) % 30], (${skills})[1 + (k + 19) % 30]),
        (ARRAY['management', 'specialist', 'undecided'])[1 + k % 3], 'open'
      FROM generate_series(1, ${POSITIONS}) k`);
  });
  await db.execute(sql`VACUUM ANALYZE`);
}
