import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from '../../domain/auth/limits';
import { api } from '../api';
import { draftKey } from '../components/draft';
import { Alert, Button, Form, fieldErrors, TextField } from '../components/forms';
import { usePageTitle } from '../components/status';
import { useSsoStatus } from '../components/SsoSignIn';
import { useDraft } from '../components/useDraft';

/** /forgot-password: always the same answer, so nobody learns which addresses exist. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.forgot.title'));
  const form = useDraft(draftKey('forgot-password'), { email: '' });
  const request = useMutation({
    mutationFn: () => api('/auth/password-reset/request', { method: 'POST', body: form.values, allow401: true }),
    onSuccess: () => form.saved({ email: '' }),
  });
  const fields = fieldErrors(request.error);
  const sso = useSsoStatus();

  return (
    <section className="card auth-card" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('ui.forgot.title')}</h1>
      {sso.ssoOnly && <Alert kind="info">{t('auth.sso.ui.resetSsoOnly')}</Alert>}
      {request.isSuccess ? (
        <Alert kind="success">{t('ui.forgot.sent')}</Alert>
      ) : (
        <Form onSubmit={() => request.mutate()} busy={request.isPending} error={request.error}>
          <p>{t('ui.forgot.lead')}</p>
          {request.error && <Alert kind="error">{request.error.message}</Alert>}
          <TextField
            label={t('ui.login.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            maxLength={EMAIL_MAX}
            required
            error={fields.email}
            {...form.bind('email')}
          />
          <Button type="submit" variant="primary" className="btn--block" busy={request.isPending}>
            {t('ui.forgot.submit')}
          </Button>
        </Form>
      )}
      <p className="auth-card__links">
        <Link to="/login">{t('ui.forgot.back')}</Link>
      </p>
    </section>
  );
}

/** /reset-password?token=… from the mail. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  // Passwords are never stored; the hook still gives this form the same behaviour as the others.
  const form = useDraft(draftKey('reset-password'), { password: '', confirm: '' }, ['password', 'confirm']);
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation({
    mutationFn: () =>
      api('/auth/password-reset/confirm', {
        method: 'POST',
        body: { token, password: form.values.password },
        allow401: true,
      }),
    onSuccess: () => form.saved({ password: '', confirm: '' }),
  });
  const fields = fieldErrors(reset.error);

  const submit = () => {
    const differs = form.values.password !== form.values.confirm;
    setMismatch(differs);
    if (!differs) reset.mutate();
  };

  return (
    <section className="card auth-card" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('ui.reset.title')}</h1>
      {!token ? (
        <Alert kind="error">{t('ui.reset.missingToken')}</Alert>
      ) : reset.isSuccess ? (
        <Alert kind="success">{t('ui.reset.done')}</Alert>
      ) : (
        <Form onSubmit={submit} busy={reset.isPending} error={reset.error}>
          {reset.error && <Alert kind="error">{reset.error.message}</Alert>}
          <TextField
            label={t('ui.reset.password')}
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN}
            maxLength={PASSWORD_MAX}
            required
            hint={t('ui.reset.hint', { min: PASSWORD_MIN })}
            error={fields.password}
            {...form.bind('password')}
          />
          <TextField
            label={t('ui.reset.confirm')}
            type="password"
            autoComplete="new-password"
            maxLength={PASSWORD_MAX}
            required
            error={mismatch ? t('ui.reset.mismatch') : undefined}
            {...form.bind('confirm')}
          />
          <Button type="submit" variant="primary" className="btn--block" busy={reset.isPending}>
            {t('ui.reset.submit')}
          </Button>
        </Form>
      )}
      <p className="auth-card__links">
        <Link to={reset.isSuccess ? '/login' : '/forgot-password'}>
          {reset.isSuccess ? t('ui.reset.toLogin') : t('ui.reset.requestAgain')}
        </Link>
      </p>
    </section>
  );
}
