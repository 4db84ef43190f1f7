// Sign-in, password reset and password change (mirrors the Japanese source).
import sso from './sso';

export default {
  sso,
  errors: {
    invalidCredentials: 'The email address or password is incorrect.',
    resetTokenInvalid: 'This link is invalid or has expired. Please request a new password reset.',
    currentPasswordWrong: 'The current password is incorrect.',
    passwordUnchanged: 'Choose a new password that differs from the current one.',
  },
  mail: {
    reset: {
      subject: '[Mendan] Resetting your password',
      body: [
        'Dear {{givenName}} {{familyName}},',
        '',
        'We received a request to reset your Mendan password.',
        'Open the link below within {{minutes}} minutes to choose a new password.',
        '',
        '{{link}}',
        '',
        'The link works once. After the reset you will be signed out on every device.',
        'If you did not ask for this, ignore this mail; your password stays as it is.',
        '',
        '-- ',
        'Mendan',
      ].join('\n'),
      redacted: [
        'A password reset link (valid for {{minutes}} minutes) for {{givenName}} {{familyName}}.',
        'The link is for the recipient alone, so the mail log does not show it.',
      ].join('\n'),
    },
  },
};
