import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../domain/auth/limits';
import { api } from '../api';
import { draftKey } from '../components/draft';
import { Alert, Form, fieldErrors, TextField, FormActions } from '../components/forms';
import { PageHeader } from '../components/status';
import { useDraft } from '../components/useDraft';
import { switchLocale } from '../i18n';
import { LOCALES, type Locale } from '../../i18n/locales';
import { useMe } from '../session';
import type { Me } from '../types';
import { SchedulingSettingsForm } from './SchedulingSettings';
import { MyDataCard } from './rights/MyData';

/** /settings — language (applied at once, no reload) and own password. */
export function SettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <section className="page narrow">
      <PageHeader title={t('ui.settings.title')} />
      <LanguageForm />
      {me.passwordSignIn && <PasswordForm />}
      {me.can.manageRounds && <SchedulingSettingsForm />}
      <MyDataCard />
    </section>
  );
}

function LanguageForm() {
  const { t } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const [saved, setSaved] = useState(false);
  // The radio follows the click at once; it goes back if saving fails.
  const [choice, setChoice] = useState<Locale>(me.locale);
  const change = useMutation({
    mutationFn: (locale: Locale) => api('/me/locale', { method: 'PUT', body: { locale } }),
    onError: () => setChoice(me.locale),
    onSuccess: async (_r, locale) => {
      qc.setQueryData<Me>(['me'], (m) => (m ? { ...m, locale } : m));
      await switchLocale(locale);
      setSaved(true);
    },
  });
  return (
    <section className="card" aria-labelledby="lang-title">
      <h2 id="lang-title">{t('ui.settings.language')}</h2>
      <fieldset className="choice" disabled={change.isPending} aria-labelledby="lang-title">
        {LOCALES.map((l) => (
          <label key={l} className="check" lang={l}>
            <input
              type="radio"
              name="locale"
              value={l}
              checked={choice === l}
              onChange={() => {
                setSaved(false);
                setChoice(l);
                change.mutate(l);
              }}
            />
            {t(`ui.locales.${l}`)}
          </label>
        ))}
      </fieldset>
      {change.error && <Alert kind="error">{change.error.message}</Alert>}
      {saved && <Alert kind="success">{t('ui.settings.languageSaved')}</Alert>}
    </section>
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const empty = { currentPassword: '', newPassword: '', confirm: '' };
  // Passwords are never written to storage; the hook keeps this form like every other one.
  const form = useDraft(draftKey('password-change'), empty, ['currentPassword', 'newPassword', 'confirm']);
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () =>
      api('/auth/password', {
        method: 'POST',
        body: { currentPassword: form.values.currentPassword, newPassword: form.values.newPassword },
      }),
    onSuccess: () => form.saved(empty),
  });
  const errors = fieldErrors(change.error);
  const submit = () => {
    const differs = form.values.newPassword !== form.values.confirm;
    setMismatch(differs);
    if (!differs) change.mutate();
  };

  return (
    <Form className="card" onSubmit={submit} busy={change.isPending} error={change.error} aria-labelledby="pw-title">
      <h2 id="pw-title">{t('ui.settings.password')}</h2>
      {change.error && <Alert kind="error">{change.error.message}</Alert>}
      {change.isSuccess && <Alert kind="success">{t('ui.settings.passwordChanged')}</Alert>}
      <TextField
        label={t('ui.settings.current')}
        type="password"
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        required
        error={errors.currentPassword}
        {...form.bind('currentPassword')}
      />
      <TextField
        label={t('ui.settings.new')}
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        required
        hint={t('ui.reset.hint', { min: PASSWORD_MIN })}
        error={errors.newPassword}
        {...form.bind('newPassword')}
      />
      <TextField
        label={t('ui.settings.confirm')}
        type="password"
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        error={mismatch ? t('ui.reset.mismatch') : undefined}
        {...form.bind('confirm')}
      />
      <FormActions busy={change.isPending} label={t('ui.settings.submit')} />
    </Form>
  );
}
