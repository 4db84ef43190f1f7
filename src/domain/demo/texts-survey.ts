import type { Weighted } from './random';
import type { Area, Track } from './texts-sheet';

// Demo data only: the pre-survey's free text (skill-up plan, ideas to improve the work, the future you
// want), the skills people name, and life events they keep for HR only.

export const SKILLS: Record<Area, readonly string[]> = {
  sales: [
    '法人営業',
    '提案書作成',
    '交渉',
    '業界知識',
    'プレゼンテーション',
    'データ分析',
    '英語',
    'マーケティング',
    'プロジェクト管理',
    'コーチング',
  ],
  dev: [
    'TypeScript',
    'Java',
    'Python',
    'SQL',
    'AWS',
    '設計',
    'テスト自動化',
    'セキュリティ',
    'プロジェクト管理',
    'データ分析',
    '英語',
    'コーチング',
  ],
  corp: ['財務会計', '原価計算', '労務管理', '採用', '社内システム', 'セキュリティ', 'データ分析', '契約法務', '英語', 'プロジェクト管理'],
};

const rising = (text: string): Weighted => ({ text, w: [0, 0.2, 0.8, 3] });
const falling = (text: string): Weighted => ({ text, w: [3, 3, 1, 0.4] });

export const SKILL_PLANS: Record<Area, readonly Weighted[]> = {
  sales: [
    '業界知識を深めるため、専門誌を毎月読み、勉強会にも参加します。',
    'データ分析を学び、提案に数字の裏づけを持たせたいです。',
    '英語を学び直し、海外の顧客とも話せるようになりたいです。',
    'コーチングを学び、後輩の育成に活かしたいです。',
    rising('生成AIの使い方を学び、提案書づくりを効率化したいです。'),
  ],
  dev: [
    'AWSの認定資格を半年以内に取る計画です。',
    'セキュリティの基礎を学び、設計の段階で考えられるようにしたいです。',
    'テスト自動化の手法を体系的に学びたいです。',
    'データ分析とSQLを深め、データ基盤の仕事に関わりたいです。',
    'プロジェクト管理を学び、見積もりの精度を上げたいです。',
    rising('生成AIを開発にどう組み込むか、社外の事例を調べて試したいです。'),
  ],
  corp: [
    '簿記の上位級を目指して勉強を続けます。',
    '労務管理の知識を深め、社会保険労務士の資格を取りたいです。',
    'データ分析を学び、管理資料の作成を自動化したいです。',
    '契約法務の基礎を研修で学びたいです。',
    rising('生成AIで定型の書類作成を効率化する方法を学びたいです。'),
  ],
};

export const SKILL_IMAGES: Record<Track, readonly string[]> = {
  management: [
    'チームのメンバーが力を発揮できるよう支える立場になりたいです。',
    '後輩から相談される存在になり、チーム全体の成果を上げたいです。',
  ],
  specialist: [
    '専門分野で「この人に聞けば分かる」と言われる存在になりたいです。',
    '難しい案件を任され、自分の判断で進められるようになりたいです。',
  ],
  undecided: ['今より自信を持って仕事を進められるようになりたいです。', 'できることを増やして、選べる道を広げたいです。'],
};

export const IDEAS: Record<Area | 'any', readonly Weighted[]> = {
  sales: [
    '提案書のひな形を部内で共有すれば、作成時間を減らせると思います。',
    '営業支援ツールへの入力を一本化してほしいです。',
    '成功した提案の事例をチームで共有する場がほしいです。',
    falling('繁忙期の業務量を平準化して、残業を減らしたいです。'),
  ],
  dev: [
    '定例会議を減らし、開発に集中できる時間をまとめて取りたいです。',
    'テスト自動化への投資を増やしてほしいです。',
    '障害対応の当番制を見直し、負担を分散したいです。',
    '設計レビューの基準を明文化したいです。',
    rising('生成AIの利用ルールを早く決めて、安心して使えるようにしてほしいです。'),
  ],
  corp: [
    '紙の申請を電子化し、承認の流れを短くしたいです。',
    '問い合わせ窓口を一本化して、同じ質問への回答を減らしたいです。',
    '業務マニュアルを整備し、属人化を解消したいです。',
    falling('月末の締め作業の段取りを見直し、残業を減らしたいです。'),
  ],
  any: [
    '部署間の情報共有の仕組みがあると、調整の手間が減ると思います。',
    '在宅勤務の日のコミュニケーションのルールを決めたいです。',
    '評価の基準と目標設定のすり合わせを、もっと丁寧にしてほしいです。',
    '研修の機会を増やしてほしいです。特にマネジメント研修に関心があります。',
  ],
};

export const DESIRED_ROLES: Record<Area, Record<Track, readonly string[]>> = {
  sales: { management: ['チームリーダー', '営業課長'], specialist: ['業界担当スペシャリスト', '営業企画'], undecided: ['主任'] },
  dev: {
    management: ['開発マネージャー', 'プロジェクトマネージャー'],
    specialist: ['アーキテクト', 'テックリード', 'セキュリティ担当'],
    undecided: ['主任'],
  },
  corp: { management: ['課長', 'チームリーダー'], specialist: ['経理スペシャリスト', '労務担当', '社内SE'], undecided: ['主任'] },
};

export const PAY = ['今の水準を維持できれば十分です', '500万円程度', '600万円程度', '700万円以上', '昇格に合わせて上がれば十分です'];

export const QUALIFICATIONS: Record<Area, readonly string[]> = {
  sales: ['中小企業診断士', 'TOEIC 800点', '宅地建物取引士', 'ITパスポート'],
  dev: ['AWS認定ソリューションアーキテクト', '応用情報技術者', '情報処理安全確保支援士', 'プロジェクトマネージャ試験'],
  corp: ['日商簿記1級', '社会保険労務士', 'ビジネス実務法務検定2級', '衛生管理者'],
};

export type Life = 'childcare' | 'care' | 'none';

/** Answers people usually mark 人事のみ: the seed's 育児・介護 and other life events. */
export const LIFE_EVENTS: Record<Exclude<Life, 'none'>, readonly string[]> = {
  childcare: [
    '来年、第二子が生まれる予定です。育児休業を取りたいと考えています。',
    '子どもの保育園の送り迎えがあり、当面は時短勤務を続けたいです。',
    '子どもの小学校入学に合わせて、在宅勤務を増やしたいです。',
  ],
  care: [
    '親の介護が始まり、通院の付き添いで休むことが増えそうです。',
    '遠方に住む親の介護のため、将来は実家の近くで働けないか考えています。',
    '家族の介護で、しばらくは出張を控えたいです。',
  ],
};
