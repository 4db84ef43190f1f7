// Sign-in, password reset and password change (Japanese source).
import sso from './sso';

export default {
  sso,
  errors: {
    invalidCredentials: 'メールアドレスまたはパスワードが正しくありません。',
    resetTokenInvalid: 'このリンクは無効か、有効期限が切れています。お手数ですが、もう一度パスワードの再設定を申請してください。',
    currentPasswordWrong: '現在のパスワードが正しくありません。',
    passwordUnchanged: '新しいパスワードには、現在とは異なるものを指定してください。',
  },
  mail: {
    reset: {
      subject: '【Mendan】パスワード再設定のご案内',
      body: [
        '{{familyName}} {{givenName}} 様',
        '',
        'Mendan のパスワード再設定の申請を受け付けました。',
        '下記のリンクを開き、{{minutes}}分以内に新しいパスワードを設定してください。',
        '',
        '{{link}}',
        '',
        'このリンクは一度だけ使えます。再設定が済むと、すべての端末でログアウトされます。',
        'お心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。',
        '',
        '-- ',
        'Mendan',
      ].join('\n'),
      // What admins read in the outbox: the link is a key to the account, for the recipient alone.
      redacted: [
        '{{familyName}} {{givenName}} 様 宛ての、パスワード再設定用のリンク（有効期限 {{minutes}}分）のお知らせです。',
        'リンクはご本人だけが使えるよう、送信記録には表示していません。',
      ].join('\n'),
    },
  },
};
