import type { Area, Track } from './texts-sheet';

// Demo data only: the skills inventory's experience and achievements, career wishes with HR's answers,
// and the open positions and projects placement ranks people for (最適な人材配置).

export const EXPERIENCES: Record<Area, readonly { title: string; description: string }[]> = {
  sales: [
    { title: '製造業向けの法人営業', description: '中堅メーカー約30社を担当。既存顧客の深耕と新規開拓。' },
    { title: '新商品の販売企画', description: '営業企画部と組み、販促資料と価格表を作成。' },
  ],
  dev: [
    { title: '基幹システムの保守開発', description: '受発注システムの改修と障害対応を担当。' },
    { title: 'クラウド移行プロジェクト', description: 'オンプレミスのサーバーをAWSへ移行。設計とテストを担当。' },
  ],
  corp: [
    { title: '月次・年次決算', description: '月次決算の取りまとめと監査対応の補佐。' },
    { title: '新卒採用の運営', description: '説明会の企画と面接日程の調整を担当。' },
  ],
};

export const ACHIEVEMENTS: Record<Area, readonly { title: string; description: string }[]> = {
  sales: [
    { title: '年間売上目標 120% 達成', description: '既存顧客への追加提案で大型案件を受注。' },
    { title: '提案書テンプレートの整備', description: '部内の提案書作成時間を約3割短縮。' },
  ],
  dev: [
    { title: 'テスト自動化の導入', description: '回帰テストの工数を半分に削減。' },
    { title: '障害対応手順の整備', description: '夜間の障害対応を当番制にし、復旧時間を短縮。' },
  ],
  corp: [
    { title: '経費精算の電子化', description: '紙の申請をなくし、精算までの日数を5日短縮。' },
    { title: '決算早期化', description: '月次決算を3営業日早めた。' },
  ],
};

export const TRANSFER_NOTES: readonly string[] = [
  '営業で得た顧客の声を、商品づくりに活かしたいです。',
  '開発の経験を活かして、社内システムの企画に関わりたいです。',
  '今の部署で学べることは一通り経験したので、新しい環境で挑戦したいです。',
  '家族の事情で、出張の少ない部署を希望します。',
];

/** A career-path wish says which way the person leans (the sheet's マネジメント職 / 専門職 question). */
export const PATH_NOTES: Record<Track, readonly string[]> = {
  management: ['数年以内にチームをまとめる立場を目指したいです。', 'プロジェクトマネージャーとして大きな案件を任されたいです。'],
  specialist: ['管理職よりも、専門を深める道に進みたいです。', '資格を活かして、専門職として頼られる存在になりたいです。'],
  undecided: ['管理職と専門職のどちらに進むか、経験を積みながら考えたいです。'],
};

export const DECISION_MESSAGES = {
  considered: '希望を受け止め、次の配置の検討に入れました。上司とも共有しています。',
  offered: '希望に合うポジションがあります。詳しくは人事から個別にご連絡します。',
  moved: '希望どおり異動が決まりました。新しい部署での活躍を期待しています。',
  notNow: '今期は組織の体制上、見送りとなりました。来期の配置であらためて検討します。',
} as const;

export const DECISION_NOTES = {
  considered: '来期の人員計画で検討。',
  offered: '営業企画部の欠員補充の候補。',
  moved: '本人・上司・受け入れ先の合意済み。',
  notNow: '現部署の主力のため、1年後に再検討。',
} as const;

export type PositionSeed = {
  kind: 'position' | 'project';
  title: string;
  department: string;
  description: string;
  skills: readonly string[];
  track: Track;
  open: boolean;
  /** The career-path role it is (career-paths.ts): its candidates are ranked on the role's expected levels. */
  careerRole?: string;
};

/** Each names skills people of the demo hold (texts-survey.ts SKILLS), so the candidate lists fill. */
export const POSITIONS: readonly PositionSeed[] = [
  {
    kind: 'position',
    title: '営業企画 リーダー',
    department: 'SALES-PL',
    description: '新商品の販売戦略づくりと、営業部門への展開を担うリーダー。',
    skills: ['マーケティング', 'データ分析', 'プレゼンテーション'],
    track: 'management',
    open: true,
  },
  {
    kind: 'position',
    title: 'クラウドアーキテクト',
    department: 'DEV-1',
    description: '基幹システムのクラウド移行で設計全体に責任を持つ専門職。',
    skills: ['AWS', '設計', 'セキュリティ'],
    track: 'specialist',
    open: true,
    careerRole: 'E-S4',
  },
  {
    kind: 'project',
    title: '生成AI活用推進プロジェクト',
    department: 'DEV',
    description: '全社での生成AIの利用ルールづくりと、業務への導入を進める横断プロジェクト。',
    skills: ['Python', 'データ分析', 'プロジェクト管理'],
    track: 'undecided',
    open: true,
  },
  {
    kind: 'position',
    title: 'テスト自動化 テックリード',
    department: 'DEV-QA',
    description: '全社のテスト自動化の方針を決め、各チームを支援する。',
    skills: ['テスト自動化', 'TypeScript', '設計'],
    track: 'specialist',
    open: true,
  },
  {
    kind: 'position',
    title: '第二営業部 課長候補',
    department: 'SALES-2',
    description: '10名のチームをまとめ、若手の育成を担う管理職候補。',
    skills: ['法人営業', 'コーチング', '交渉'],
    track: 'management',
    open: true,
  },
  {
    kind: 'project',
    title: '申請電子化プロジェクト',
    department: 'ADM',
    description: '管理部門の紙の申請をなくし、承認の流れを短くする。',
    skills: ['社内システム', 'プロジェクト管理', '労務管理'],
    track: 'undecided',
    open: true,
  },
  {
    kind: 'position',
    title: '経理 決算担当',
    department: 'ADM-FIN',
    description: '連結決算と監査対応を担う専門職。',
    skills: ['財務会計', '原価計算', '英語'],
    track: 'specialist',
    open: false,
  },
];
