// テンプレート(キャリア面談シート・事前アンケート)、テーマ、質問バンク。
export default {
  errors: {
    fieldId: '項目IDは半角英字で始まる英数字(64文字以内)にしてください。',
    duplicateField: '同じ項目IDがすでにあります。',
    needOptions: '選択肢を2つ以上入力してください。',
    templateKind: 'この種類のテンプレートは選べません。',
    templateRetired: '使用停止中のテンプレートは選べません。',
  },
  kinds: { sheet: 'キャリア面談シート', survey: '事前アンケート' },
  fieldTypes: {
    shortText: '短い文章',
    longText: '長い文章',
    scale: '5段階評価',
    single: '単一選択',
    multi: '複数選択',
    date: '日付',
    skills: 'スキル',
    goals: '短期・中期・長期の目標',
  },
  goalTerms: { short: '短期(1年)', mid: '中期(3年)', long: '長期(5年〜)' },
  categories: {
    currentWork: '現在の業務',
    achievements: '成果・強み',
    careerGoals: 'キャリア目標・希望',
    skillsGrowth: 'スキル・成長支援',
    workStyle: '働き方・ライフスタイル',
    issuesSupport: '課題・サポート',
    closing: '面談の締めくくり',
  },
};
