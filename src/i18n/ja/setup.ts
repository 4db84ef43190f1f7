// First run (Japanese source): the setup page, the demo load and what the server and CLI print about them.
export default {
  errors: {
    closed: '初期設定はすでに終わっています。ログインしてください。',
    notEmpty: 'このデータベースにはすでに社員が登録されているため、デモ会社は読み込めません。最初の管理者を作成してください。',
    emailTaken: 'このメールアドレスはすでに登録されています。別のアドレスを入力してください。',
  },
  demo: {
    steps: {
      departments: '部署を登録しています… {{done}} / {{total}}',
      employees: '社員を登録しています… {{done}} / {{total}}',
      signIns: 'ログインできるようにしています…',
      history: '面談の記録を作成しています… {{done}} / {{total}}名',
      figures: '集計しています… {{done}} / {{total}}',
    },
    cli: {
      history:
        '過去3回のキャリア面談と実施中のラウンド、シート・アンケート・面談記録・アクションプラン・フォローアップ、スキル・キャリアの希望・異動・募集ポジションを作成し、集計まで済ませました({{seconds}}秒)。メールは送っていません。',
      noHistory: '面談ラウンドがすでにあるため、部署と社員だけを更新しました({{seconds}}秒)。',
    },
  },
  start: {
    open: 'まだ管理者がいません。ブラウザで {{url}} を開くと、最初の管理者を作成するか、デモ会社を読み込めます。',
    ready: 'ブラウザで {{url}} を開いてログインしてください。',
  },
  ui: {
    title: 'Mendan へようこそ',
    lead: 'まだ管理者がいません。はじめに、次のどちらかを選んでください。この画面は最初の一度だけ表示されます。',
    demo: {
      title: 'デモ会社で試す',
      lead: '社員300名の架空の会社を読み込みます。過去3回のキャリア面談の記録、実施中のラウンド、キャリアの希望や人材配置の候補まで入っているので、すぐに画面を見て回れます。',
      note: '試用のためのデータです。本番で使うデータベースでは読み込まないでください。',
      submit: 'デモ会社を読み込む',
      loading: 'デモ会社を読み込んでいます',
      wait: '1分ほどかかります。このページを開いたままお待ちください。',
      failed: '読み込みに失敗しました。サーバーのログを確認し、データベースを作り直してから、次のコマンドでお試しください。',
      command: 'npm run mendan -- seed-demo',
      doneTitle: 'デモ会社の準備ができました',
      doneLead: '次のアカウントでログインできます。パスワードはすべて「{{password}}」です。',
      signInAs: 'この人でログイン',
      roles: {
        admin: '管理者(管理者・人事)',
        hr: '人事担当',
        manager: '上司(下の社員の面談者)',
        employee: '社員(面談の日時が決まっています)',
      },
    },
    admin: {
      title: '最初の管理者を作成する',
      lead: '本番で使うときはこちらです。作成した管理者でそのままログインし、社員の取り込みや設定に進めます。',
      familyName: '姓',
      givenName: '名',
      email: 'メールアドレス',
      password: 'パスワード',
      confirm: 'パスワード(確認)',
      hint: '{{min}}文字以上で入力してください。',
      mismatch: 'パスワードが一致しません。',
      submit: '管理者を作成してはじめる',
      cli: 'コマンドで作成する場合は、次を実行します。',
      command: 'npm run mendan -- create-admin',
    },
  },
};
