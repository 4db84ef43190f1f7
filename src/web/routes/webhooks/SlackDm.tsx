import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button, Form, FormActions, fieldErrors } from '../../components/forms';
import { EventChoices } from './EventChoices';

type View = Schemas['SlackDmSettings'];

/** Slack DMs through the company's Slack app: on or off, which events; the token stays in the environment. */
export function SlackDmCard(props: { initial: View; events: string[]; onLog: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [enabled, setEnabled] = useState(props.initial.enabled);
  const [events, setEvents] = useState(props.initial.events);
  const save = useMutation({
    mutationFn: () => api<View>('/admin/webhooks/slack-dm', { method: 'PUT', body: { enabled, events } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['admin', 'webhooks'] }),
  });
  const errors = fieldErrors(save.error);
  return (
    <Form className="card" onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-label={t('webhooks.dm.title')}>
      <h2>{t('webhooks.dm.title')}</h2>
      <p className="hint">{t('webhooks.dm.intro')}</p>
      {save.isSuccess && <Alert kind="success">{t('webhooks.dm.saved')}</Alert>}
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <p>
        <strong>{t('webhooks.dm.token')}: </strong>
        {props.initial.tokenConfigured ? t('webhooks.dm.tokenSet') : t('webhooks.dm.tokenMissing')}
      </p>
      <div className={`field${errors.enabled ? ' field--invalid' : ''}`}>
        <label className="check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          {t('webhooks.dm.enabled')}
        </label>
        {errors.enabled && (
          <p className="field-error" role="alert">
            {errors.enabled}
          </p>
        )}
      </div>
      <EventChoices legend={t('webhooks.form.events')} all={props.events} value={events} onChange={setEvents} />
      <FormActions busy={save.isPending} label={t('webhooks.dm.save')}>
        <Button onClick={props.onLog}>{t('webhooks.actions.log')}</Button>
      </FormActions>
    </Form>
  );
}
