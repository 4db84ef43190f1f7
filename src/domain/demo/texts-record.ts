import type { Area, Track } from './texts-sheet';

// Demo data only: what interviewers write (landing point, notes of each visibility, the alignment
// table) and the action plans both sides agree on, in the seed's words (〇〇研修を受講する, △△業務への
// アサインを調整する, 月1でフォローアップの面談を行う).

export const LANDING: Record<Track, readonly string[]> = {
  management: ['次期はリーダー候補として後輩の育成を任せる方向で合意したい。', 'マネジメント志向を確認し、来期の研修受講につなげたい。'],
  specialist: ['専門性を深める方向を尊重し、資格取得と担当領域の拡大で合意したい。', '強みの分野を軸に、来期のアサインを一緒に考えたい。'],
  undecided: [
    'まずは本人の関心を丁寧に聞き、次回までに方向を考える材料をそろえたい。',
    '業務の負担を確認し、やりがいを感じている点を伸ばす方向で話したい。',
  ],
};

export type Alignment = { wish: string; policy: string; growth: string; direction: string };

export const ALIGNMENTS: Record<Area, Record<Track, readonly Alignment[]>> = {
  sales: {
    management: [
      {
        wish: 'チームをまとめる役割に挑戦したい。',
        policy: '来期は若手が3名増えるため、育成を担える人材が必要。',
        growth: '新人の同行指導とOJT計画づくりを任せる。',
        direction: '主任として後輩2名の育成を担当し、1年後にリーダーを目指す。',
      },
    ],
    specialist: [
      {
        wish: '業界に詳しい営業として大型案件を担当したい。',
        policy: '製造業向けの提案を強化する方針。',
        growth: '大型案件のサブ担当としてプロジェクトにアサインする。',
        direction: '製造業担当のスペシャリストを目指し、業界知識の研修を受講する。',
      },
    ],
    undecided: [
      {
        wish: 'まずは担当業務を一通りこなせるようになりたい。',
        policy: '既存顧客の深耕に力を入れる。',
        growth: '先輩との同行で提案の進め方を学ぶ。',
        direction: '半年で担当顧客を自走できるようにし、次回の面談で方向を話し合う。',
      },
    ],
  },
  dev: {
    management: [
      {
        wish: '技術が分かるマネージャーになりたい。',
        policy: '開発チームの拡大に向けてリーダー層を育てたい。',
        growth: 'サブPMとして次のプロジェクトにアサインする。',
        direction: 'プロジェクト管理の研修を受講し、来期にサブPMを務める。',
      },
    ],
    specialist: [
      {
        wish: 'クラウドの設計を専門にしたい。',
        policy: 'オンプレミスからクラウドへの移行を進める。',
        growth: '移行プロジェクトの設計担当にアサインし、AWSの資格取得を支援する。',
        direction: 'クラウド設計の専門家を目指し、半年で認定資格を取る。',
      },
      {
        wish: 'テスト自動化を極めたい。',
        policy: '品質を保ちながらリリースの頻度を上げたい。',
        growth: 'テスト自動化の推進役を任せる。',
        direction: 'チームの自動テストの範囲を広げ、品質保証部との勉強会を主催する。',
      },
    ],
    undecided: [
      {
        wish: '担当システムの全体を理解したい。',
        policy: '属人化の解消を進めている。',
        growth: '障害対応と手順書の整備を一緒に担当する。',
        direction: '半年で担当システムの運用を一人で回せるようにする。',
      },
    ],
  },
  corp: {
    management: [
      {
        wish: '業務改善を主導する立場になりたい。',
        policy: '管理部門の電子化を進める方針。',
        growth: '申請電子化プロジェクトのリーダーを任せる。',
        direction: 'プロジェクトを通じてリーダー経験を積み、課長候補を目指す。',
      },
    ],
    specialist: [
      {
        wish: '専門資格を取り、専門家として頼られたい。',
        policy: '専門性の高い人材を社内で育てたい。',
        growth: '資格取得の支援制度を使い、監査対応の補佐を任せる。',
        direction: '資格取得を目標に、学習時間を業務内で確保する。',
      },
    ],
    undecided: [
      {
        wish: '今の業務の幅を広げたい。',
        policy: '業務の平準化と引き継ぎを進めている。',
        growth: '隣の担当業務を少しずつ経験する。',
        direction: 'マニュアル整備を担当しながら、次回の面談で方向を考える。',
      },
    ],
  },
};

export const NOTES = {
  shared: [
    '本人の強みは、顧客や周りの話を丁寧に聞けること。周囲からの信頼も厚い。',
    '前回のアクションプランはおおむね達成。特に手順書の整備は部内で評価されている。',
    '業務量の偏りについて、次の1か月で分担を見直すことで合意した。',
    '資格の勉強を続けていることを確認。試験前は業務量を調整する。',
    '在宅勤務の日の情報共有について、朝会で予定を共有することにした。',
    '本人が感じている不安を共有し、来期の役割を一緒に考えることにした。',
  ],
  hr_manager: [
    '異動の希望あり。営業企画部への配置を検討する材料として人事と共有したい。',
    'リーダー候補として来期の配置で考慮したい。',
    '業務負荷が高い状態が続いている。人員の補充を人事と相談する。',
    '専門職コースへの関心が強い。評価の際に考慮したい。',
  ],
  private: [
    '次回は、前回話せなかった評価への不満をもう一度確認する。',
    '本人の話をさえぎらないよう気をつける。実績を具体的に伝えること。',
    '家庭の事情に触れるときは、本人から話が出るまで待つ。',
  ],
} as const;

export type PlanItem = { what: string; owner: 'employee' | 'manager' | 'hr'; target: string };

export const ITEMS: Record<Area, Record<Track, readonly PlanItem[]>> = {
  sales: {
    management: [
      { what: 'コーチング研修を受講する', owner: 'employee', target: '後輩との面談で学んだことを使ってみる' },
      { what: '新人の同行指導のアサインを調整する', owner: 'manager', target: '新人1名を担当し、OJT計画を作る' },
    ],
    specialist: [
      { what: '業界知識の研修を受講する', owner: 'employee', target: '製造業向けの提案書を1本作る' },
      { what: '大型案件のサブ担当へのアサインを調整する', owner: 'manager', target: '次回面談までに1件の提案に参加する' },
    ],
    undecided: [
      { what: '先輩の商談に月2回同行する', owner: 'employee', target: '提案の進め方を自分の言葉でまとめる' },
      { what: '担当顧客の引き継ぎを進める', owner: 'manager', target: '半年で5社を自走できるようにする' },
    ],
  },
  dev: {
    management: [
      { what: 'プロジェクト管理の研修を受講する', owner: 'employee', target: 'WBSと見積もりを自分で作れるようにする' },
      { what: '次のプロジェクトでサブPMへのアサインを調整する', owner: 'manager', target: '進捗会議の進行を任せる' },
    ],
    specialist: [
      { what: 'AWS認定資格を取得する', owner: 'employee', target: '次回面談までに合格する' },
      { what: 'クラウド移行プロジェクトの設計担当へのアサインを調整する', owner: 'manager', target: '設計書のレビューを主導する' },
      { what: '資格取得の支援制度の申請を案内する', owner: 'hr', target: '受験費用の補助を受けられるようにする' },
    ],
    undecided: [
      { what: '担当システムの手順書を整える', owner: 'employee', target: '障害対応を一人でこなせるようにする' },
      { what: 'レビューの担当を週1回割り当てる', owner: 'manager', target: '設計の考え方を身につける' },
    ],
  },
  corp: {
    management: [
      { what: '申請電子化プロジェクトのリーダーを務める', owner: 'employee', target: '3か月で主要な申請を電子化する' },
      { what: 'マネジメント基礎研修の受講を手配する', owner: 'hr', target: '次回面談までに受講を終える' },
    ],
    specialist: [
      { what: '資格試験の学習計画を立てる', owner: 'employee', target: '次回面談までに模試で合格点を取る' },
      { what: '試験前の業務量を調整する', owner: 'manager', target: '試験前の2週間は残業をしない' },
    ],
    undecided: [
      { what: '担当業務のマニュアルを作る', owner: 'employee', target: 'ほかの人に業務を任せられるようにする' },
      { what: '隣の担当業務を経験できるよう調整する', owner: 'manager', target: '月に一度、別の業務を担当する' },
    ],
  },
};

/** The seed's 「月1でフォローアップの面談を行う」, added to most plans. */
export const FOLLOW_ITEM: PlanItem = {
  what: '月1でフォローアップの面談を行う',
  owner: 'manager',
  target: '進み具合を確認し、必要な支援を決める',
};

export const FOLLOW_NOTES = [
  '進み具合を確認。予定どおり進んでいる。',
  '研修の受講を確認。学んだことを業務でどう使うか話した。',
  '業務が忙しく、資格の勉強が遅れている。試験日を次の回に延ばすことにした。',
  'アサインの調整が済んだ。来月から新しい業務を担当する。',
  '業務量が増えているため、一部の業務を別のメンバーに移すことにした。',
];

export const PROGRESS_NOTES: Record<'inProgress' | 'done' | 'dropped', readonly string[]> = {
  inProgress: ['半分ほど進みました。', '予定どおり進んでいます。', '業務が立て込み、少し遅れています。', '来月に延期しました。'],
  done: ['完了しました。', '予定どおり終わりました。', '研修を受講し、チームで共有しました。', '目標を達成しました。'],
  dropped: ['体制の変更により見送りました。', '優先順位を見直し、次の面談で改めて話すことにしました。'],
};

/** A second sentence some add to their comment. */
export const RATING_ADDITIONS = [
  '次回もよろしくお願いします。',
  '次の面談までにプランを進めておきます。',
  'フォローの面談も続けてもらえると助かります。',
  '同じチームの人にも勧めたいです。',
  '会社の支援制度をもっと知りたいです。',
];

/** What an employee writes when rating an interview: most leave it empty. */
export const RATING_COMMENTS = [
  '話をしっかり聞いてもらえて、気持ちが楽になりました。',
  '将来のことを具体的に考えるきっかけになりました。',
  '前回の内容を覚えていてくれて、続きから話せたのがよかったです。',
  '時間が短く、話し足りないことがありました。',
  '評価の話に寄ってしまい、キャリアの話があまりできませんでした。',
  '普段は聞けない会社の方針が聞けて参考になりました。',
  '資格取得の支援について具体的に教えてもらえて助かりました。',
  '異動の希望を伝えられてよかったです。結果はどうであれ、聞いてもらえたことがうれしいです。',
  '個室で話せたので、本音を話しやすかったです。',
  'オンラインでも落ち着いて話せました。',
  '自分では気づいていなかった強みを言ってもらえて、自信になりました。',
  'アクションプランが具体的で、次に何をすればよいか分かりました。',
  '上司が忙しそうで、少し遠慮してしまいました。',
  '次回はもう少し長く時間を取ってもらえるとうれしいです。',
  '家庭の事情も相談でき、働き方を一緒に考えてもらえました。',
  'マネジメントに進むか迷っていることを話せて、すっきりしました。',
];

export const RISK_NOTES = {
  contacted: '本人と個別に話し、業務量の見直しを上司と調整することにした。',
  followUp: '1か月後に人事との面談を設定した。',
  watch: '次回のアンケートの結果を見て判断する。',
  dismissed: '一時的な繁忙によるもの。上司と確認済み。',
} as const;
