// Demo data only: common Japanese names with their katakana reading and a romanisation for emails.
// Family names are roughly in frequency order; the generator picks early ones more often.

export type Name = readonly [kanji: string, kana: string, romaji: string];

export const FAMILY_NAMES: readonly Name[] = [
  ['佐藤', 'サトウ', 'sato'], ['鈴木', 'スズキ', 'suzuki'], ['高橋', 'タカハシ', 'takahashi'], ['田中', 'タナカ', 'tanaka'],
  ['伊藤', 'イトウ', 'ito'], ['渡辺', 'ワタナベ', 'watanabe'], ['山本', 'ヤマモト', 'yamamoto'], ['中村', 'ナカムラ', 'nakamura'],
  ['小林', 'コバヤシ', 'kobayashi'], ['加藤', 'カトウ', 'kato'], ['吉田', 'ヨシダ', 'yoshida'], ['山田', 'ヤマダ', 'yamada'],
  ['佐々木', 'ササキ', 'sasaki'], ['山口', 'ヤマグチ', 'yamaguchi'], ['松本', 'マツモト', 'matsumoto'], ['井上', 'イノウエ', 'inoue'],
  ['木村', 'キムラ', 'kimura'], ['林', 'ハヤシ', 'hayashi'], ['斎藤', 'サイトウ', 'saito'], ['清水', 'シミズ', 'shimizu'],
  ['山崎', 'ヤマザキ', 'yamazaki'], ['森', 'モリ', 'mori'], ['池田', 'イケダ', 'ikeda'], ['橋本', 'ハシモト', 'hashimoto'],
  ['阿部', 'アベ', 'abe'], ['石川', 'イシカワ', 'ishikawa'], ['山下', 'ヤマシタ', 'yamashita'], ['中島', 'ナカジマ', 'nakajima'],
  ['石井', 'イシイ', 'ishii'], ['小川', 'オガワ', 'ogawa'], ['前田', 'マエダ', 'maeda'], ['岡田', 'オカダ', 'okada'],
  ['長谷川', 'ハセガワ', 'hasegawa'], ['藤田', 'フジタ', 'fujita'], ['後藤', 'ゴトウ', 'goto'], ['近藤', 'コンドウ', 'kondo'],
  ['村上', 'ムラカミ', 'murakami'], ['遠藤', 'エンドウ', 'endo'], ['青木', 'アオキ', 'aoki'], ['坂本', 'サカモト', 'sakamoto'],
  ['斉藤', 'サイトウ', 'saito'], ['福田', 'フクダ', 'fukuda'], ['太田', 'オオタ', 'ota'], ['西村', 'ニシムラ', 'nishimura'],
  ['藤井', 'フジイ', 'fujii'], ['金子', 'カネコ', 'kaneko'], ['岡本', 'オカモト', 'okamoto'], ['藤原', 'フジワラ', 'fujiwara'],
  ['中野', 'ナカノ', 'nakano'], ['三浦', 'ミウラ', 'miura'], ['原田', 'ハラダ', 'harada'], ['中川', 'ナカガワ', 'nakagawa'],
  ['松田', 'マツダ', 'matsuda'], ['竹内', 'タケウチ', 'takeuchi'], ['小野', 'オノ', 'ono'], ['田村', 'タムラ', 'tamura'],
  ['中山', 'ナカヤマ', 'nakayama'], ['和田', 'ワダ', 'wada'], ['石田', 'イシダ', 'ishida'], ['森田', 'モリタ', 'morita'],
  ['上田', 'ウエダ', 'ueda'], ['原', 'ハラ', 'hara'], ['内田', 'ウチダ', 'uchida'], ['柴田', 'シバタ', 'shibata'],
  ['酒井', 'サカイ', 'sakai'], ['工藤', 'クドウ', 'kudo'], ['横山', 'ヨコヤマ', 'yokoyama'], ['宮崎', 'ミヤザキ', 'miyazaki'],
  ['宮本', 'ミヤモト', 'miyamoto'], ['内藤', 'ナイトウ', 'naito'], ['高木', 'タカギ', 'takagi'], ['安藤', 'アンドウ', 'ando'],
  ['谷口', 'タニグチ', 'taniguchi'], ['大野', 'オオノ', 'ono'], ['丸山', 'マルヤマ', 'maruyama'], ['今井', 'イマイ', 'imai'],
  ['髙橋', 'タカハシ', 'takahashi'], ['河野', 'コウノ', 'kono'], ['藤本', 'フジモト', 'fujimoto'], ['村田', 'ムラタ', 'murata'],
];

export const GIVEN_NAMES: readonly Name[] = [
  ['翔太', 'ショウタ', 'shota'], ['大輔', 'ダイスケ', 'daisuke'], ['健太', 'ケンタ', 'kenta'], ['拓也', 'タクヤ', 'takuya'],
  ['直樹', 'ナオキ', 'naoki'], ['誠', 'マコト', 'makoto'], ['浩二', 'コウジ', 'koji'], ['隆', 'タカシ', 'takashi'],
  ['和也', 'カズヤ', 'kazuya'], ['達也', 'タツヤ', 'tatsuya'], ['亮', 'リョウ', 'ryo'], ['悠斗', 'ユウト', 'yuto'],
  ['蓮', 'レン', 'ren'], ['陽翔', 'ハルト', 'haruto'], ['大翔', 'ヒロト', 'hiroto'], ['一郎', 'イチロウ', 'ichiro'],
  ['健一', 'ケンイチ', 'kenichi'], ['修', 'オサム', 'osamu'], ['剛', 'ツヨシ', 'tsuyoshi'], ['正樹', 'マサキ', 'masaki'],
  ['雄太', 'ユウタ', 'yuta'], ['翼', 'ツバサ', 'tsubasa'], ['慎也', 'シンヤ', 'shinya'], ['俊介', 'シュンスケ', 'shunsuke'],
  ['康弘', 'ヤスヒロ', 'yasuhiro'], ['英樹', 'ヒデキ', 'hideki'], ['智也', 'トモヤ', 'tomoya'], ['圭', 'ケイ', 'kei'],
  ['美咲', 'ミサキ', 'misaki'], ['陽子', 'ヨウコ', 'yoko'], ['恵', 'メグミ', 'megumi'], ['裕子', 'ユウコ', 'yuko'],
  ['真由美', 'マユミ', 'mayumi'], ['愛', 'アイ', 'ai'], ['彩', 'アヤ', 'aya'], ['結衣', 'ユイ', 'yui'],
  ['さくら', 'サクラ', 'sakura'], ['奈々', 'ナナ', 'nana'], ['麻衣', 'マイ', 'mai'], ['由美子', 'ユミコ', 'yumiko'],
  ['明美', 'アケミ', 'akemi'], ['千尋', 'チヒロ', 'chihiro'], ['葵', 'アオイ', 'aoi'], ['陽菜', 'ヒナ', 'hina'],
  ['舞', 'マイ', 'mai'], ['香織', 'カオリ', 'kaori'], ['智子', 'トモコ', 'tomoko'], ['京子', 'キョウコ', 'kyoko'],
  ['理恵', 'リエ', 'rie'], ['沙織', 'サオリ', 'saori'], ['瞳', 'ヒトミ', 'hitomi'], ['優子', 'ユウコ', 'yuko'],
  ['直美', 'ナオミ', 'naomi'], ['亜希子', 'アキコ', 'akiko'], ['花子', 'ハナコ', 'hanako'], ['遥', 'ハルカ', 'haruka'],
];

/** The demo company's departments: a 3-level tree (本社 → 本部 → 部). */
export const DEMO_DEPARTMENTS: readonly { code: string; name: string; nameEn: string; parent: string | null; weight: number }[] = [
  { code: 'HQ', name: '本社', nameEn: 'Head Office', parent: null, weight: 0 },
  { code: 'SALES', name: '営業本部', nameEn: 'Sales Division', parent: 'HQ', weight: 0 },
  { code: 'SALES-1', name: '第一営業部', nameEn: 'Sales Department 1', parent: 'SALES', weight: 6 },
  { code: 'SALES-2', name: '第二営業部', nameEn: 'Sales Department 2', parent: 'SALES', weight: 5 },
  { code: 'SALES-PL', name: '営業企画部', nameEn: 'Sales Planning', parent: 'SALES', weight: 2 },
  { code: 'DEV', name: '開発本部', nameEn: 'Engineering Division', parent: 'HQ', weight: 0 },
  { code: 'DEV-1', name: '開発第一部', nameEn: 'Engineering Department 1', parent: 'DEV', weight: 7 },
  { code: 'DEV-2', name: '開発第二部', nameEn: 'Engineering Department 2', parent: 'DEV', weight: 6 },
  { code: 'DEV-QA', name: '品質保証部', nameEn: 'Quality Assurance', parent: 'DEV', weight: 3 },
  { code: 'ADM', name: '管理本部', nameEn: 'Administration Division', parent: 'HQ', weight: 0 },
  { code: 'ADM-HR', name: '人事部', nameEn: 'Human Resources', parent: 'ADM', weight: 2 },
  { code: 'ADM-FIN', name: '経理部', nameEn: 'Finance', parent: 'ADM', weight: 2 },
  { code: 'ADM-GA', name: '総務部', nameEn: 'General Affairs', parent: 'ADM', weight: 2 },
  { code: 'ADM-IT', name: '情報システム部', nameEn: 'IT', parent: 'ADM', weight: 2 },
];

/** Job titles by level. The CEO and division heads sit above the 部長/課長/主任/一般 ladder. */
export const TITLES = {
  ceo: '代表取締役社長',
  divisionHead: '本部長',
  deptHead: '部長',
  sectionHead: '課長',
  lead: '主任',
  member: '一般',
} as const;

export const DEMO_PASSWORD = 'mendan-demo-2026';
export const DEMO_DOMAIN = 'demo.example.jp';
