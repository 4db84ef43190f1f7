import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, hearingCriteria, hearingRequests } from '../../db/schema';
import { currentFramework } from '../career/framework';
import { openHearing } from '../hiring/hearings';
import { hearingTemplateVersion } from '../hiring/install';
import { addDays, companyToday } from '../shared/calendar';
import type { DemoCompany } from './company';

// Demo data only: one hiring-criteria hearing (decision 0026) for シニアセールス, answered by two sales section heads,
// still open for the printed manager (it is on their home to-do), with HR's draft criteria. No mail, no notice.

const ANSWERS = [
  {
    performerTenure: '入社8年目・大手製造業の担当',
    situation: '大口顧客3社を担当し、既存取引の深耕と新規部門の開拓を同時に進めている。',
    results: '担当顧客の売上を2年で1.4倍にした。顧客アンケートの満足度は部内1位。',
    behaviourKeywords: ['顧客の課題を先回りして確認する', '社内の技術者を巻き込む', '期限前に相談する'],
    behaviourDetail: '提案前に必ず顧客の現場を見学し、課題を自分の言葉でまとめてから技術者と提案を組み立てる。',
    skillKeywords: ['法人営業', '業界知識', '提案書作成'],
    skillsBeforeJoining: '業界知識は入社後に身につけた。提案書の型は前職で習得。',
    traitKeywords: ['粘り強い', '素直', '好奇心が強い'],
    traitDetail: '失注しても原因を振り返り、次の提案に活かしている。',
    hiringRoute: 'agency',
    hiringNotes: '前職は商社の法人営業。面接では失敗経験の振り返りが具体的だった。',
    mustHave: '顧客の課題を聞き出す力と、失敗から学ぶ姿勢。',
    commonGround: '社内の専門家に頼るのがうまい。',
  },
  {
    performerTenure: '入社5年目・中堅企業向けの新規開拓',
    situation: '新規開拓チームで、業界を絞った提案活動を自ら企画して進めている。',
    results: '新規受注件数が2期連続で部内トップ。',
    behaviourKeywords: ['顧客の課題を先回りして確認する', '数字で振り返る'],
    behaviourDetail: '週次で商談の進み具合を数字で振り返り、打ち手を変えている。',
    skillKeywords: ['法人営業', '交渉', 'データ分析'],
    skillsBeforeJoining: '新卒入社。交渉は先輩との同行で身につけた。',
    traitKeywords: ['粘り強い', '前向き'],
    traitDetail: '断られても次の提案の糸口を探す。',
    hiringRoute: 'newGraduate',
    hiringNotes: '学生時代に営業のアルバイトで成果を出していた。',
    mustHave: '粘り強さと、数字で考える習慣。',
    commonGround: '顧客の話をよく聞き、先回りして動く。',
  },
];

const CRITERIA = [
  { section: 'skills', text: '法人顧客の課題を聞き出し、提案につなげられる', skill: '法人営業' },
  { section: 'skills', text: '担当業界の知識を自ら学び続けられる', skill: '業界知識' },
  { section: 'behaviours', text: '顧客の課題を先回りして確認し、社内の専門家を巻き込める', skill: null },
  { section: 'traits', text: '失注から学び、粘り強く取り組める', skill: null },
] as const;

export async function loadHearing(db: Db, company: DemoCompany) {
  const f = await currentFramework(db);
  const role = f?.roles.find((r) => r.code === 'S-S4');
  const versionId = await hearingTemplateVersion(db);
  if (!role || !versionId) return;
  const heads = company.people
    .filter(
      (p) => p.status === 'active' && p.level === 'sectionHead' && p.departmentCode.startsWith('SALES-') && p !== company.signIns.manager,
    )
    .slice(0, 2);
  // Each head names one active member of their own team as the high performer (a picked person, never a typed name).
  const picks = heads.map((h) => company.people.find((p) => p.manager === h && p.status === 'active')?.number);
  const headNumbers = heads.map((p) => p.number);
  const numbers = [...new Set([...headNumbers, company.signIns.manager.number, ...picks.filter((n): n is string => !!n)])];
  const rows = await db
    .select({ id: employees.id, number: employees.employeeNumber })
    .from(employees)
    .where(inArray(employees.employeeNumber, numbers));
  const idOf = (n: string) => rows.find((r) => r.number === n)?.id;
  const hr = await db.select({ id: employees.id }).from(employees).where(eq(employees.employeeNumber, company.signIns.hr.number));
  const today = companyToday();
  const sentAt = new Date(Date.now() - 10 * 86_400_000);
  await db.transaction(async (tx) => {
    const hearingId = await openHearing(tx, {
      careerRoleId: role.id,
      roleName: role.name,
      templateVersionId: versionId,
      dueOn: addDays(today, 7),
      message: 'シニアセールスの採用基準を見直します。チームで活躍している方を1名思い浮かべてご記入ください。',
      createdBy: hr[0]?.id ?? null,
      createdAt: sentAt,
      updatedAt: sentAt,
    });
    const sheets = [...headNumbers, company.signIns.manager.number]
      .filter((n, i, all) => all.indexOf(n) === i)
      .map((n, i) => ({
        managerId: idOf(n),
        answers: headNumbers.includes(n) ? ANSWERS[i] : undefined,
        performerId: headNumbers.includes(n) && picks[i] ? (idOf(picks[i]) ?? null) : null,
      }))
      .filter((s): s is { managerId: string; answers: (typeof ANSWERS)[number] | undefined; performerId: string | null } => !!s.managerId);
    await tx.insert(hearingRequests).values(
      sheets.map((s) => ({
        hearingId: hearingId,
        managerId: s.managerId,
        performerId: s.performerId,
        status: s.answers ? 'submitted' : 'draft',
        answers: s.answers ?? {},
        submittedAt: s.answers ? new Date(sentAt.getTime() + 3 * 86_400_000) : null,
        createdAt: sentAt,
        updatedAt: sentAt,
      })),
    );
    await tx.insert(hearingCriteria).values(CRITERIA.map((c, i) => ({ hearingId: hearingId, position: i, ...c })));
  });
}
