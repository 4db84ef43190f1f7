export default {
  errors: {
    invalidCredentials: 'メールアドレスまたはパスワードが正しくありません。',
  },
};
