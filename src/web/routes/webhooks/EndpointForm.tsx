import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_LIMITS } from '../../../domain/webhooks/events';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button, Form, FormActions, fieldErrors, SelectField, TextField } from '../../components/forms';
import { EventChoices } from './EventChoices';

type Endpoint = Schemas['WebhookEndpoint'];
type WithSecret = Schemas['WebhookWithSecret'];
const KINDS = ['slack', 'teams', 'generic'] as const;

/** Adds an endpoint (editing == null) or edits one; the stored URL is never shown, only replaced. */
export function EndpointForm(props: {
  editing: Endpoint | null;
  events: string[];
  onDone: (created: WithSecret | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const e = props.editing;
  const [name, setName] = useState(e?.name ?? '');
  const [kind, setKind] = useState<string>(e?.kind ?? 'slack');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(e?.events ?? props.events);
  const save = useMutation({
    mutationFn: async () => {
      if (!e) return api<WithSecret>('/admin/webhooks', { method: 'POST', body: { name, kind, url, events } });
      await api<Endpoint>(`/admin/webhooks/${e.id}`, { method: 'PATCH', body: { name, events, ...(url ? { url } : {}) } });
      return null;
    },
    onSuccess: (created) => props.onDone(created),
  });
  const errors = fieldErrors(save.error);
  const title = e ? t('webhooks.form.editTitle', { name: e.name }) : t('webhooks.form.addTitle');
  return (
    <Form className="card" onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-label={title}>
      <h2>{title}</h2>
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <TextField
        label={t('webhooks.form.name')}
        hint={t('webhooks.form.nameHint')}
        maxLength={WEBHOOK_LIMITS.name}
        required
        value={name}
        error={errors.name}
        onChange={setName}
      />
      {!e && (
        <SelectField
          label={t('webhooks.form.kind')}
          value={kind}
          onChange={setKind}
          error={errors.kind}
          options={KINDS.map((k) => ({ value: k, label: t(`webhooks.kinds.${k}`) }))}
        />
      )}
      <TextField
        label={t('webhooks.form.url')}
        type="url"
        inputMode="url"
        maxLength={WEBHOOK_LIMITS.url}
        required={!e}
        hint={e ? t('webhooks.form.urlKeep', { hint: e.urlHint }) : t('webhooks.form.urlHint')}
        value={url}
        error={errors.url}
        onChange={setUrl}
      />
      <EventChoices
        legend={t('webhooks.form.events')}
        all={props.events}
        value={events}
        error={Object.entries(errors).find(([k]) => k.startsWith('events'))?.[1]}
        onChange={setEvents}
      />
      <FormActions busy={save.isPending} label={t('webhooks.form.save')}>
        <Button onClick={props.onCancel}>{t('webhooks.form.cancel')}</Button>
      </FormActions>
    </Form>
  );
}

/** The secret, shown once after creation or rotation. */
export function SecretOnce({ secret, onClose }: { secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <section className="card" aria-label={t('webhooks.secret.title')}>
      <h2>{t('webhooks.secret.title')}</h2>
      <Alert kind="info">{t('webhooks.secret.once')}</Alert>
      <p>
        <code className="break" data-testid="webhook-secret">
          {secret}
        </code>
      </p>
      <div className="actions actions--inline">
        <Button onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}>{t('webhooks.secret.copy')}</Button>
        <Button variant="primary" onClick={onClose}>
          {t('webhooks.secret.close')}
        </Button>
        {copied && <span role="status">{t('webhooks.secret.copied')}</span>}
      </div>
    </section>
  );
}
