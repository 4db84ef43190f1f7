import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SSO_LIMITS } from '../../domain/sso/schemas';
import { api } from '../api';
import type { Schemas } from '../api-contract';
import { Alert, Button, Form, FormActions, fieldErrors, TextAreaField, TextField } from '../components/forms';
import { Loading, PageHeader } from '../components/status';

type View = Schemas['SsoSettings'];
type Check = Schemas['SsoCheck'];
type Settings = Omit<View, 'redirectUri' | 'secretConfigured'>;

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Every field error of a list field ("allowedDomains.0", "allowedDomains.3" …) as one message under its box. */
const listError = (errors: Record<string, string>, field: string) =>
  Object.entries(errors)
    .filter(([k]) => k === field || k.startsWith(`${field}.`))
    .map(([, v]) => v)
    .join(' ') || undefined;

/** /admin/sso — the admin sets up sign-in through the company's identity provider (decision 0019). */
export function SsoSettingsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['admin', 'sso'], queryFn: () => api<View>('/admin/sso') });
  return (
    <section className="page narrow">
      <PageHeader title={t('auth.sso.admin.title')} />
      <p className="hint">{t('auth.sso.admin.lead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.data ? <Editor initial={q.data} /> : !q.error && <Loading />}
    </section>
  );
}

/** A switch with its explanation, and the server's objection to it if any. */
function Check(props: { on: boolean; label: string; hint?: string; error?: string; onChange: (on: boolean) => void }) {
  const id = useId();
  const describedBy = [props.error && `${id}-error`, props.hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${props.error ? ' field--invalid' : ''}`}>
      <label className="check">
        <input
          type="checkbox"
          checked={props.on}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {props.label}
      </label>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

function Editor({ initial }: { initial: View }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { redirectUri, secretConfigured, ...rest } = initial;
  const [v, setV] = useState<Settings>(rest);
  const [domains, setDomains] = useState(rest.allowedDomains.join('\n'));
  const [breakGlass, setBreakGlass] = useState(rest.breakGlass.join('\n'));
  const body = (): Settings => ({ ...v, allowedDomains: lines(domains), breakGlass: lines(breakGlass) });
  const save = useMutation({
    mutationFn: () => api<View>('/admin/sso', { method: 'PUT', body: body() }),
    // The editor stays mounted (so the confirmation stays); it shows what the server stored (domains tidied).
    onSuccess: (next) => {
      qc.setQueryData(['admin', 'sso'], next);
      const { redirectUri: _r, secretConfigured: _s, ...stored } = next;
      setV(stored);
      setDomains(stored.allowedDomains.join('\n'));
      setBreakGlass(stored.breakGlass.join('\n'));
    },
  });
  const check = useMutation({ mutationFn: () => api<Check>('/admin/sso/check', { method: 'POST', body: { issuer: v.issuer } }) });
  const errors = { ...fieldErrors(check.error), ...fieldErrors(save.error) };
  const set =
    <K extends keyof Settings>(k: K) =>
    (value: Settings[K]) =>
      setV({ ...v, [k]: value });

  return (
    <Form className="card" onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-label={t('auth.sso.admin.title')}>
      {save.isSuccess && <Alert kind="success">{t('auth.sso.admin.saved')}</Alert>}
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <Check on={v.enabled} label={t('auth.sso.admin.enabled')} error={errors.enabled} onChange={set('enabled')} />
      <TextField
        label={t('auth.sso.admin.issuer')}
        type="url"
        inputMode="url"
        maxLength={SSO_LIMITS.issuer}
        hint={t('auth.sso.admin.issuerHint')}
        value={v.issuer}
        error={errors.issuer}
        onChange={set('issuer')}
      />
      <div className="actions actions--inline">
        <Button busy={check.isPending} disabled={!v.issuer} onClick={() => check.mutate()}>
          {t('auth.sso.admin.check')}
        </Button>
      </div>
      {check.data && (
        <Alert kind={check.data.ok ? 'success' : 'error'}>
          {check.data.message}
          {check.data.detail && <code className="sso-detail">{check.data.detail}</code>}
        </Alert>
      )}
      <TextField
        label={t('auth.sso.admin.clientId')}
        maxLength={SSO_LIMITS.clientId}
        autoComplete="off"
        value={v.clientId}
        error={errors.clientId}
        onChange={set('clientId')}
      />
      <dl className="sso-facts">
        <dt>{t('auth.sso.admin.secret')}</dt>
        <dd>{t(secretConfigured ? 'auth.sso.admin.secretSet' : 'auth.sso.admin.secretMissing')}</dd>
        <dt>{t('auth.sso.admin.redirectUri')}</dt>
        <dd>
          <code>{redirectUri}</code>
        </dd>
      </dl>
      <TextAreaField
        label={t('auth.sso.admin.domains')}
        hint={t('auth.sso.admin.domainsHint')}
        rows={3}
        value={domains}
        error={listError(errors, 'allowedDomains')}
        onChange={setDomains}
      />
      <Check
        on={v.createUnknown}
        label={t('auth.sso.admin.createUnknown')}
        hint={t('auth.sso.admin.createUnknownHint')}
        onChange={set('createUnknown')}
      />
      <Check
        on={v.trustUnverifiedEmail}
        label={t('auth.sso.admin.trustUnverified')}
        hint={t('auth.sso.admin.trustUnverifiedHint')}
        onChange={set('trustUnverifiedEmail')}
      />
      <Check
        on={v.ssoOnly}
        label={t('auth.sso.admin.ssoOnly')}
        hint={t('auth.sso.admin.ssoOnlyHint')}
        error={errors.ssoOnly}
        onChange={set('ssoOnly')}
      />
      <TextAreaField
        label={t('auth.sso.admin.breakGlass')}
        hint={t('auth.sso.admin.breakGlassHint')}
        rows={2}
        value={breakGlass}
        error={listError(errors, 'breakGlass')}
        onChange={setBreakGlass}
      />
      <FormActions busy={save.isPending} label={t('auth.sso.admin.save')} />
    </Form>
  );
}
