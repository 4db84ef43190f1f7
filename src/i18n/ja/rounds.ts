// 面談ラウンド。
export default {
  errors: {
    periodOrder: '終了日は開始日以降にしてください。',
    prepDueAfterEnd: '準備の期限は実施期間の終了日までにしてください。',
    notEditable: '実施を開始したラウンドは変更できません。',
    notLaunched: '実施中のラウンドではありません。',
    noParticipants: '対象者がいません。部署・等級・個別指定のいずれかで対象者を選んでください。',
    interviewerInactive: '在籍中の社員を面談者に選んでください。',
  },
  types: { career: 'キャリア面談', oneOnOne: '1on1', followUp: 'フォローアップ面談' },
  statuses: { draft: '下書き', launching: '開始処理中', launched: '実施中', closed: '終了' },
  interviewerRules: { manager: '上司(いなければ人事パートナー)', hrPartner: '人事パートナー(いなければ上司)' },
};
