// System administration: mail outbox and audit log (Japanese source).
export default {
  errors: {
    dateRange: '開始日は終了日以前の日付にしてください。',
    mailAlreadySent: 'このメールは送信済みです。同じメールを再送することはできません。',
    mailNotFailed: 'このメールはまだ送信の途中です(自動で再試行されます)。再送できるのは送信に失敗したメールだけです。',
    mailNoSmtp: 'メールサーバー(SMTP_URL)が設定されていないため、再送できません。',
  },
  outbox: {
    title: '送信メール',
    empty: '送信したメールはありません。',
    columns: { createdAt: '作成日時', toAddress: '宛先', subject: '件名', status: '状態', sentAt: '送信日時' },
    status: { outbox: '送信記録のみ（未配信）', sent: '送信済み', failed: '送信失敗' },
  },
  audit: {
    title: '監査ログ',
    empty: '条件に合う記録はありません。',
    noActor: 'なし（システム・未ログイン）',
    export: 'CSVで出力',
    filters: {
      q: '操作・対象IDで検索',
      action: '操作（前方一致）',
      actorId: '操作者',
      entityType: '対象の種類',
      from: '開始日',
      to: '終了日',
    },
    columns: {
      at: '日時',
      actor: '操作者',
      action: '操作',
      entityType: '対象の種類',
      entityId: '対象ID',
      ip: 'IPアドレス',
      detail: '詳細',
    },
    // CSV header row; times are written in Japan time so Excel shows them as people read them.
    csv: {
      at: '日時（{{zone}}）',
      actorNumber: '操作者の社員番号',
      actorName: '操作者',
      action: '操作',
      entityType: '対象の種類',
      entityId: '対象ID',
      target: '対象',
      ip: 'IPアドレス',
      detail: '詳細',
    },
  },
};
