import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from '../../domain/auth/limits';
import { LIMITS } from '../../domain/directory/schemas';
import { api } from '../api';
import { draftKey } from '../components/draft';
import { Alert, Button, Form, fieldErrors, TextField } from '../components/forms';
import { Loading, usePageTitle } from '../components/status';
import { useDraft } from '../components/useDraft';
import { SetupDemo } from './SetupDemo';
import { type DemoLoad, demoQuery, setupQuery } from './setupState';

/** /setup — the first visit to a new installation: create the first administrator, or load the demo company. */
export function SetupPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.ui.title'));
  const state = useQuery(setupQuery);
  const demo = useQuery({
    ...demoQuery,
    // While the demo loads, its progress is asked for every second.
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'queued' || q.state.data.status === 'running') ? 1000 : false),
  });
  if (state.isPending || demo.isPending) return <Loading />;
  if (demo.data) return <SetupDemo load={demo.data} />;
  if (!state.data) return <Navigate to="/login" replace />;
  return (
    <section className="setup" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.ui.title')}</h1>
      <p className="setup__lead">{t('setup.ui.lead')}</p>
      {state.data.demoAvailable && <DemoChoice />}
      <FirstAdminForm />
    </section>
  );
}

function DemoChoice() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const start = useMutation({
    mutationFn: () => api<DemoLoad>('/setup/demo', { method: 'POST', allow401: true }),
    onSuccess: (load) => qc.setQueryData(demoQuery.queryKey, load),
  });
  return (
    <section className="card" aria-labelledby="setup-demo-title">
      <h2 id="setup-demo-title">{t('setup.ui.demo.title')}</h2>
      <p>{t('setup.ui.demo.lead')}</p>
      <p className="hint">{t('setup.ui.demo.note')}</p>
      {start.error && <Alert kind="error">{start.error.message}</Alert>}
      <Button variant="secondary" className="btn--block" busy={start.isPending} onClick={() => start.mutate()}>
        {t('setup.ui.demo.submit')}
      </Button>
    </section>
  );
}

const EMPTY = { familyName: '', givenName: '', email: '', password: '', confirm: '' };

function FirstAdminForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useDraft(draftKey('setup-admin'), EMPTY, ['password', 'confirm']);
  const [mismatch, setMismatch] = useState(false);
  const create = useMutation({
    mutationFn: () => {
      const { confirm: _c, ...body } = form.values;
      return api('/setup/admin', { method: 'POST', body, allow401: true });
    },
    onSuccess: () => {
      form.saved(EMPTY);
      // Signed in as the new administrator: everything cached was read signed out.
      qc.clear();
      navigate('/', { replace: true });
    },
  });
  const fields = fieldErrors(create.error);
  const submit = () => {
    const differs = form.values.password !== form.values.confirm;
    setMismatch(differs);
    if (!differs) create.mutate();
  };
  return (
    <section className="card" aria-labelledby="setup-admin-title">
      <h2 id="setup-admin-title">{t('setup.ui.admin.title')}</h2>
      <p>{t('setup.ui.admin.lead')}</p>
      <Form onSubmit={submit} busy={create.isPending} error={create.error}>
        {create.error && <Alert kind="error">{create.error.message}</Alert>}
        <div className="setup__names">
          <TextField
            label={t('setup.ui.admin.familyName')}
            autoComplete="family-name"
            maxLength={LIMITS.name}
            required
            error={fields.familyName}
            {...form.bind('familyName')}
          />
          <TextField
            label={t('setup.ui.admin.givenName')}
            autoComplete="given-name"
            maxLength={LIMITS.name}
            required
            error={fields.givenName}
            {...form.bind('givenName')}
          />
        </div>
        <TextField
          label={t('setup.ui.admin.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          maxLength={EMAIL_MAX}
          required
          error={fields.email}
          {...form.bind('email')}
        />
        <TextField
          label={t('setup.ui.admin.password')}
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          required
          hint={t('setup.ui.admin.hint', { min: PASSWORD_MIN })}
          error={fields.password}
          {...form.bind('password')}
        />
        <TextField
          label={t('setup.ui.admin.confirm')}
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX}
          required
          error={mismatch ? t('setup.ui.admin.mismatch') : undefined}
          {...form.bind('confirm')}
        />
        <Button type="submit" variant="primary" className="btn--block" busy={create.isPending}>
          {t('setup.ui.admin.submit')}
        </Button>
      </Form>
      <p className="hint">
        {t('setup.ui.admin.cli')} <code>{t('setup.ui.admin.command')}</code>
      </p>
    </section>
  );
}
