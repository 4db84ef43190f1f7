// Career gaps at work (issue 18.3–18.4): action-plan items linked to a gap, positions ranked on a career role (Japanese source).
export default {
  kinds: { training: '研修', assignment: 'アサイン', mentor: 'メンター', other: 'その他' },
  errors: {
    noGoal: 'キャリア目標が選ばれていないため、ギャップに紐づけられません。',
    gapNotInGoal: '「{{skill}}」は目標の役割({{role}})の期待スキルではありません。',
    unknownRole: 'この役割は最新のキャリアパスにありません。一覧から選んでください。',
  },
  plan: {
    title: 'キャリアギャップ',
    line: '{{skill}} {{linked}} → {{now}} / 必要 {{expected}}',
    lineThen: '{{skill}} 紐づけ時 {{linked}} / 必要 {{expected}}',
    met: '期待レベルに到達',
    kindIs: '{{kind}}',
    link: 'ギャップに紐づける',
    change: '紐づけを変える',
    goalIs: 'キャリア目標「{{role}}」のギャップから選びます。',
    skill: 'スキル',
    none: '紐づけない',
    option: '{{name}}(いま {{current}} / 必要 {{expected}})',
    kind: '取り組み方',
    save: '紐づけを保存',
    hint: '紐づけた時点のレベルを記録し、いまのレベルはスキル棚卸しから読みます。',
  },
  followUp: {
    line: '{{skill}} {{linked}} → {{now}}(このフォロー時点) / 必要 {{expected}}',
  },
  position: {
    role: 'キャリアロール',
    roleHint: '設定すると、候補者のスキルは必要スキルの代わりにこの役割の期待レベルとの差(不足段階)で評価します。',
    noRole: '設定しない',
    roleOption: '{{family}} / {{name}}({{grade}})',
    roleGone: 'キャリアロール「{{code}}」は最新のキャリアパスにありません(スキルは必要スキルで評価しています)。',
    rankedBy: 'スキルはキャリアロール「{{role}}」の期待レベルとの差で評価しています。',
  },
  candidate: {
    gap: '期待スキルとの差',
    ready: '期待レベルをすべて満たしています',
    shortfall: 'あと{{count}}段階',
    skill: '{{name}} {{current}} → {{expected}}',
  },
  reasons: {
    roleFit: 'キャリアロール「{{role}}」の期待スキル: あと{{shortfall}}段階(期待レベルの合計 {{total}} のうち {{met}})',
    roleReady: 'キャリアロール「{{role}}」の期待レベルをすべて満たしています',
  },
  print: {
    goal: 'キャリア目標',
    none: 'キャリア目標は選ばれていません。',
    role: '{{family}} / {{name}}({{grade}}・{{track}})',
    term: '期間: {{term}}',
    chosen: '選んだ日: {{date}}(キャリアパス 第{{version}}版)',
    gap: '{{name}}: いま {{current}} / 必要 {{expected}}',
  },
} as const;
