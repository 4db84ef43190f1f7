import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { EMAIL_MAX, PASSWORD_MAX } from '../../domain/auth/limits';
import { api } from '../api';
import { draftKey } from '../components/draft';
import { Alert, Button, Form, fieldErrors, TextField } from '../components/forms';
import { usePageTitle } from '../components/status';
import { SsoButton, SsoErrorAlert, useSsoStatus } from '../components/SsoSignIn';
import { useDraft } from '../components/useDraft';
import { safeNext } from '../lib/urls';
import { useSetupPending } from './setupState';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('ui.login.title'));
  const [params] = useSearchParams();
  const sso = useSsoStatus();
  const next = safeNext(params.get('next'));
  // SSO-only: the password form is for the break-glass admins, behind their own link (?breakglass=1).
  const breakGlass = params.get('breakglass') === '1';
  // A new installation without an administrator: the first-run page leads the way in.
  const setupPending = useSetupPending();
  if (setupPending) return <Navigate to="/setup" replace />;
  const passwordForm = !sso.ssoOnly || breakGlass;

  return (
    <section className="card auth-card" aria-labelledby="login-title">
      <h1 id="login-title">{t('ui.login.title')}</h1>
      <SsoErrorAlert reason={params.get('sso_error')} />
      {sso.ssoOnly && !breakGlass && <p>{t('auth.sso.ui.ssoOnlyLead')}</p>}
      {sso.enabled && <SsoButton next={next} />}
      {sso.enabled && passwordForm && <p className="auth-card__or">{t(sso.ssoOnly ? 'auth.sso.ui.breakGlassLead' : 'auth.sso.ui.or')}</p>}
      {passwordForm && <PasswordLogin primary={!sso.enabled} />}
      {passwordForm ? (
        <p className="auth-card__links">
          <Link to="/forgot-password">{t('ui.login.forgot')}</Link>
        </p>
      ) : (
        <p className="auth-card__links">
          <Link to={`/login?breakglass=1${next !== '/' ? `&next=${encodeURIComponent(next)}` : ''}`}>{t('auth.sso.ui.breakGlass')}</Link>
        </p>
      )}
    </section>
  );
}

/** The email and password form (everyone's without SSO-only; the break-glass admins' with it). */
function PasswordLogin({ primary }: { primary: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useDraft(draftKey('login'), { email: '', password: '' }, ['password']);
  const login = useMutation({
    mutationFn: () => api('/auth/login', { method: 'POST', body: form.values, allow401: true }),
    onSuccess: async () => {
      form.saved({ email: '', password: '' });
      qc.clear();
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });
  const fields = fieldErrors(login.error);
  return (
    <Form onSubmit={() => login.mutate()} busy={login.isPending} error={login.error}>
      {login.error && <Alert kind="error">{login.error.message}</Alert>}
      <TextField
        label={t('ui.login.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        maxLength={EMAIL_MAX}
        required
        error={fields.email}
        {...form.bind('email')}
      />
      <TextField
        label={t('ui.login.password')}
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        required
        error={fields.password}
        {...form.bind('password')}
      />
      <Button type="submit" variant={primary ? 'primary' : 'secondary'} className="btn--block" busy={login.isPending}>
        {t('ui.login.submit')}
      </Button>
    </Form>
  );
}
