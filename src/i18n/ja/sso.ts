// シングルサインオン(OpenID Connect): ログイン画面、失敗したときの説明、管理者の設定画面(docs/decisions/0019)。
import signIn from './sso-sign-in';

export default {
  ...signIn,
  mail: {
    ssoOnly: {
      subject: '【Mendan】パスワードの再設定について',
      body: [
        '{{familyName}} {{givenName}} 様',
        '',
        'Mendan のパスワード再設定の申請を受け付けましたが、Mendan は会社のシングルサインオンでのみ利用できる設定のため、',
        'パスワードの再設定は行っていません。',
        '',
        'ログイン画面の「シングルサインオンでログイン」から、会社のアカウントでログインしてください。',
        '{{link}}',
        '',
        'お心当たりがない場合は、このメールを破棄してください。',
        '',
        '-- ',
        'Mendan',
      ].join('\n'),
    },
  },
  admin: {
    title: 'シングルサインオン(OpenID Connect)',
    lead: '会社の ID プロバイダー(Microsoft Entra ID、Google Workspace、Okta、HENNGE One など)でログインできるようにします。設定の手順は README の「シングルサインオン」を参照してください。',
    enabled: 'シングルサインオンを有効にする',
    issuer: 'Issuer(発行者)の URL',
    issuerHint: '例: https://login.microsoftonline.com/テナントID/v2.0、https://accounts.google.com',
    clientId: 'クライアント ID',
    secret: 'クライアントシークレット',
    secretSet: 'サーバーの環境変数 OIDC_CLIENT_SECRET に設定済みです(画面には表示しません)。',
    secretMissing: '未設定です。サーバーの環境変数 OIDC_CLIENT_SECRET に設定し、サーバーを再起動してください。',
    redirectUri: 'リダイレクト URI(ID プロバイダーに登録してください)',
    domains: 'ログインを許可するメールアドレスのドメイン',
    domainsHint: '1行に1つ(例: example.co.jp)。サブドメインは別に書きます。',
    createUnknown: 'Mendan に登録されていない人がログインしたとき、社員として登録する',
    createUnknownHint:
      'オフ(初期設定)では、登録済みの社員だけがログインできます。オンにすると、許可したドメインの人は部署・上司なしで登録されるので、人事担当者が後で整えてください。',
    trustUnverified: 'ID プロバイダーがメールアドレスの確認状態を送らない場合も、会社が管理するアドレスとして受け入れる',
    trustUnverifiedHint:
      'email_verified(Entra ID では xms_edov)を送らない ID プロバイダー向けです。「確認されていない」と送られたアドレスは、この設定にかかわらず受け入れません。',
    ssoOnly: 'シングルサインオンのみ(パスワードでのログインを止める)',
    ssoOnlyHint: '下に指定した管理者だけは、ID プロバイダーが使えないときのためにパスワードでログインできます。',
    breakGlass: '緊急時にパスワードでログインできる管理者のメールアドレス',
    breakGlassHint: '1行に1つ。パスワードを設定済みの、有効な管理者に限ります。',
    save: '保存する',
    saved: 'シングルサインオンの設定を保存しました。',
    check: '接続を確認する',
    checkOk: 'ID プロバイダーに接続できました。',
    checkFailed: 'ID プロバイダーに接続できませんでした。URL とネットワークを確認してください。',
  },
};
