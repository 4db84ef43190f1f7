// 面談の準備(キャリア面談シート・事前アンケート・スキル棚卸し)。
export default {
  errors: {
    notEditable: '提出済み、または面談が終わったため編集できません。',
    notSubmitted: '提出されていません。',
    missingRequired: '必須項目が未入力です。',
  },
};
