// お知らせ(画面内)とメール。パラメータに回答やメモの中身を入れないこと。
export default {
  ui: {
    title: 'お知らせ',
    empty: 'お知らせはまだありません。',
    markAll: 'すべて既読にする',
    unread: '未読',
  },
  personName: '{{family}} {{given}}',
  inApp: {
    roundLaunched: '「{{round}}」が始まりました。キャリア面談シートと事前アンケートを準備してください(期限: {{due}})。',
    roundAssigned: '「{{round}}」で{{count}}人の面談を担当します。',
    prepReminder: '「{{round}}」の準備がまだ終わっていません(期限: {{due}})。',
    slotsOffered: '{{interviewer}}さんから面談の候補日時が届きました(「{{round}}」)。',
    slotProposed: '{{employee}}さんから面談の希望日時が届きました(「{{round}}」)。',
    interviewScheduled: '面談の日時が決まりました: {{when}}(「{{round}}」)。',
    interviewReminder: 'まもなく面談です: {{when}}(「{{round}}」)。',
    formSubmitted: '{{employee}}さんが{{form}}を提出しました(「{{round}}」)。',
    offerReminder: '「{{round}}」で日時が決まっていない面談が{{count}}件あります。候補日時を提示してください。',
    pickReminder: '「{{round}}」の面談の候補日時から、ご都合のよい日時を選んでください。',
    recordShared: '「{{round}}」の面談の記録が共有されました。アクションプランを確認してください。',
    planToConfirm: '「{{round}}」のアクションプランを面談者が確認しました。内容を確認してください。',
    planChanged: '「{{round}}」のアクションプランが変更されました。もう一度確認してください。',
    planConfirmed: '「{{round}}」のアクションプランをお互いに確認しました。',
    followUpRecorded: '「{{round}}」のアクションプランのフォローアップが記録されました。',
    itemOverdue: '「{{round}}」のアクションプランに期限({{due}})を過ぎた項目があります。',
    historyRequested: '{{viewer}}さんが、あなたの面談履歴(共有分)の閲覧を求めています。',
    historyGranted: '{{employee}}さんが面談履歴の閲覧に同意しました。',
    historyDeclined: '{{employee}}さんは面談履歴の閲覧に同意しませんでした。',
    historyOverridden: '人事が{{viewer}}さんにあなたの面談履歴(共有分)の閲覧を許可しました。',
    // The decision is the only param (a code), worded by the placement catalog.
    wishDecided: 'キャリアの希望に人事から回答がありました($t(placement.decision.{{decision}}))。',
    hearingReminder: '「{{role}}」の採用基準ヒアリングシートがまだ提出されていません(期限: {{due}})。',
    hearingRequested: '人事部から「{{role}}」の採用基準ヒアリングシートの記入依頼が届きました(期限: {{due}})。',
    webhookDisabled:
      '通知連携「{{name}}」への送信が{{count}}回続けて失敗したため、この連携を停止しました。送信先を確認してから再開してください。',
  },
  mail: {
    hearingReminder: {
      subject: '【採用基準ヒアリング】「{{role}}」のヒアリングシート提出のお願い',
      body: '{{name}}さん\n\n採用基準策定のための現場ヒアリングシート(「{{role}}」)がまだ提出されていません。期限は{{due}}です。\nお手すきの際にご記入・ご提出をお願いします。\n\n{{url}}\n',
    },
    hearingRequested: {
      subject: '【採用基準ヒアリング】「{{role}}」のヒアリングシート記入のお願い',
      body: '{{name}}さん\n\n人事部より、採用基準策定のための現場ヒアリングシート(「{{role}}」)の記入をお願いします。\n現場で活躍している社員を1名思い浮かべ、成果・行動特性・スキル・性格・採用経路についてご記入ください。\n期限: {{due}}\n\n{{url}}\n',
    },
    itemOverdue: {
      subject: '【キャリア面談】アクションプランの期限が過ぎています',
      body: '{{name}}さん\n\n「{{round}}」のアクションプランに、期限({{due}})を過ぎた未完了の項目があります。進み具合を記録するか、期限を見直してください。\n\n{{url}}\n',
    },
    roundLaunched: {
      subject: '【キャリア面談】「{{round}}」のご案内',
      body: '{{name}}さん\n\n「{{round}}」を実施します。面談の前に、キャリア面談シートと事前アンケートの準備をお願いします。\n\n■ 今回のテーマ\n{{themes}}\n\n{{message}}\n\n準備の期限: {{due}}\n実施期間: {{period}}\n\n準備はこちらから:\n{{url}}\n\n記入した内容は自動で保存されます。上司に見せたくない回答は「人事のみ」にできます。\n',
    },
    roundAssigned: {
      subject: '【キャリア面談】「{{round}}」の担当者になりました',
      body: '{{name}}さん\n\n「{{round}}」で{{count}}人の面談を担当します。候補日時の提示と面談の準備をお願いします。\n\n{{url}}\n',
    },
    prepReminder: {
      subject: '【キャリア面談】「{{round}}」の準備のお願い',
      body: '{{name}}さん\n\n「{{round}}」の{{form}}がまだ提出されていません。期限は{{due}}です。\n\n{{url}}\n',
    },
    offerReminder: {
      subject: '【キャリア面談】候補日時の提示のお願い(「{{round}}」)',
      body: '{{name}}さん\n\n「{{round}}」で日時が決まっていない面談が{{count}}件あります。候補日時を提示してください。\n\n{{url}}\n',
    },
    pickReminder: {
      subject: '【キャリア面談】面談日時の選択のお願い',
      body: '{{name}}さん\n\n「{{round}}」の面談の候補日時が届いています。ご都合のよい日時を選んでください。\n\n{{url}}\n',
    },
    slotsOffered: {
      subject: '【キャリア面談】面談の候補日時が届きました',
      body: '{{name}}さん\n\n{{interviewer}}さんから「{{round}}」の面談の候補日時が届きました。ご都合のよい日時を選んでください。合わない場合は希望の日時を伝えられます。\n\n{{url}}\n',
    },
    slotProposed: {
      subject: '【キャリア面談】面談の希望日時が届きました',
      body: '{{name}}さん\n\n{{employee}}さんから「{{round}}」の面談の希望日時が届きました: {{when}}\n\n{{url}}\n',
    },
    interviewScheduled: {
      subject: '【キャリア面談】面談日時の確定: {{when}}',
      body: '{{name}}さん\n\n「{{round}}」の面談の日時が決まりました。\n\n日時: {{when}}\n場所: {{where}}\n\n添付のカレンダー招待(.ics)で予定に追加できます。\n\n{{url}}\n',
    },
    interviewReminder: {
      subject: '【キャリア面談】まもなく面談です: {{when}}',
      body: '{{name}}さん\n\n「{{round}}」の面談が近づいています。\n\n日時: {{when}}\n場所: {{where}}\n\n{{url}}\n',
    },
    formSubmitted: {
      subject: '【キャリア面談】{{employee}}さんが{{form}}を提出しました',
      body: '{{name}}さん\n\n{{employee}}さんが「{{round}}」の{{form}}を提出しました。面談の準備にお役立てください。\n\n{{url}}\n',
    },
  },
  what: { sheet: 'キャリア面談シート', survey: '事前アンケート', schedule: '面談日時の選択' },
  noDue: '期限なし',
  noThemes: '(テーマの指定はありません)',
  location: { room: '{{place}}(個室)', online: 'オンライン: {{place}}' },
};
