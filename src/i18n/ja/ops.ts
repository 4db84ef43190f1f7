// Start-up problems the operator can fix: what went wrong and what to do, never a stack trace.
// The server prints them in both languages (src/server/lifecycle.ts); the CLI in its own (src/cli/io.ts).
export default {
  startup: {
    dataDirUnwritable:
      'データフォルダ「{{dir}}」に書き込めません({{reason}})。DATA_DIR に、このユーザーが書き込めるフォルダを指定するか、フォルダの権限を確認してください。',
    diskFull: 'データフォルダ「{{dir}}」のディスクに空きがありません。空き容量を確保してから起動してください。',
    dataDirInUse: 'データフォルダ「{{dir}}」は別の Mendan(pid {{pid}})が使用中です。そのプロセスを停止してから起動してください。',
    databaseUnreachable:
      'DATABASE_URL のデータベース({{target}})に接続できません({{reason}})。PostgreSQL が起動しているか、ホスト名とポートが正しいかを確認してください。',
    databaseRejected:
      'データベース({{target}})が接続を拒否しました: {{reason}}。DATABASE_URL のユーザー名・パスワード・データベース名を確認してください。',
    portInUse:
      'ポート {{port}}({{host}})はすでに別のプログラムが使用しています。そのプログラムを停止するか、PORT に別の番号を指定してください。',
    cannotListen: '{{host}}:{{port}} で待ち受けできません({{reason}})。HOST と PORT を確認してください。',
  },
};
