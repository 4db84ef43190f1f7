import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type Locale } from '../../../domain/shared/format';
import { eventKey } from '../../../domain/webhooks/events';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button } from '../../components/forms';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Empty, Loading, PageHeader } from '../../components/status';
import { DeliveryLog } from './DeliveryLog';
import { EndpointForm, SecretOnce } from './EndpointForm';
import { SlackDmCard } from './SlackDm';

type Overview = Schemas['WebhookOverview'];
type Endpoint = Schemas['WebhookEndpoint'];
type Delivery = Schemas['WebhookDelivery'];
const KEY = ['admin', 'webhooks'];

/** /admin/webhooks — 管理 → 通知連携: Slack, Teams and signed webhooks, and Slack DMs (decision 0021). */
export function WebhooksPage() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: KEY, queryFn: () => api<Overview>('/admin/webhooks') });
  const [editing, setEditing] = useState<Endpoint | 'new' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [log, setLog] = useState<{ target: string; title: string } | null>(null);
  const [deleting, setDeleting] = useState<Endpoint | null>(null);
  const [rotating, setRotating] = useState<Endpoint | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: KEY });
  const test = useMutation({
    mutationFn: (e: Endpoint) => api<Delivery>(`/admin/webhooks/${e.id}/test`, { method: 'POST' }),
    onSettled: (_d, _e, ep) => void qc.invalidateQueries({ queryKey: [...KEY, 'log', ep.id] }),
  });
  const toggle = useMutation({
    mutationFn: (e: Endpoint) => api<Endpoint>(`/admin/webhooks/${e.id}`, { method: 'PATCH', body: { enabled: !e.enabled } }),
    onSettled: refresh,
  });
  const rotate = useMutation({
    mutationFn: (e: Endpoint) => api<Schemas['WebhookWithSecret']>(`/admin/webhooks/${e.id}/rotate-secret`, { method: 'POST' }),
    onSuccess: (r) => {
      setRotating(null);
      setSecret(r.secret);
    },
  });
  const remove = useMutation({
    mutationFn: (e: Endpoint) => api(`/admin/webhooks/${e.id}`, { method: 'DELETE' }),
    onSuccess: (_d, e) => {
      setDeleting(null);
      setNotice(t('webhooks.actions.deleted'));
      if (log?.target === e.id) setLog(null);
      refresh();
    },
  });
  const locale = i18n.language as Locale;
  const data = q.data;
  const error = test.error ?? toggle.error ?? rotate.error ?? remove.error;

  return (
    <section className="page">
      <PageHeader title={t('webhooks.title')}>
        <Button variant="primary" onClick={() => setEditing('new')}>
          {t('webhooks.list.add')}
        </Button>
      </PageHeader>
      <p className="lead">{t('webhooks.intro')}</p>
      {data?.allowPrivate && <p className="hint">{t('webhooks.privateNote')}</p>}
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {error && <Alert kind="error">{error.message}</Alert>}
      {notice && <Alert kind="success">{notice}</Alert>}
      {test.data && (
        <Alert kind={test.data.status === 'ok' ? 'success' : 'error'}>
          {test.data.status === 'ok'
            ? t('webhooks.actions.testOk', { code: test.data.statusCode, ms: test.data.durationMs })
            : t('webhooks.actions.testFailed', { error: test.data.error })}
        </Alert>
      )}
      {secret && <SecretOnce secret={secret} onClose={() => setSecret(null)} />}
      {editing && data && (
        <EndpointForm
          editing={editing === 'new' ? null : editing}
          events={data.events}
          onCancel={() => setEditing(null)}
          onDone={(created) => {
            setEditing(null);
            setNotice(t('webhooks.form.saved'));
            if (created?.secret) setSecret(created.secret);
            refresh();
          }}
        />
      )}
      {!data ? (
        !q.error && <Loading />
      ) : data.endpoints.length === 0 ? (
        <Empty>{t('webhooks.list.empty')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('webhooks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.list.name')}</th>
                <th scope="col">{t('webhooks.list.kind')}</th>
                <th scope="col">{t('webhooks.list.url')}</th>
                <th scope="col">{t('webhooks.list.events')}</th>
                <th scope="col">{t('webhooks.list.state')}</th>
                <th scope="col">{t('webhooks.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.endpoints.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.name}</th>
                  <td>{t(`webhooks.kinds.${e.kind}`)}</td>
                  <td className="break">
                    <code>{e.urlHint}</code>
                  </td>
                  <td>
                    <ul className="plain">
                      {e.events.map((ev) => (
                        <li key={ev}>{t(`webhooks.events.${eventKey(ev)}`)}</li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <span className={`badge badge--${e.enabled ? 'ok' : 'off'}`}>
                      {e.enabled
                        ? t('webhooks.list.on')
                        : e.disabledAt
                          ? t('webhooks.list.offSince', { date: formatDateTime(e.disabledAt, locale) })
                          : t('webhooks.list.off')}
                    </span>
                    {e.consecutiveFailures > 0 && <p className="muted">{t('webhooks.list.failures', { count: e.consecutiveFailures })}</p>}
                  </td>
                  <td>
                    <div className="actions actions--inline">
                      <Button busy={test.isPending && test.variables?.id === e.id} disabled={test.isPending} onClick={() => test.mutate(e)}>
                        {t('webhooks.actions.test')}
                      </Button>
                      <Button onClick={() => setLog({ target: e.id, title: t('webhooks.log.title', { name: e.name }) })}>
                        {t('webhooks.actions.log')}
                      </Button>
                      <Button onClick={() => setEditing(e)}>{t('webhooks.actions.edit')}</Button>
                      <Button busy={toggle.isPending && toggle.variables?.id === e.id} onClick={() => toggle.mutate(e)}>
                        {e.enabled ? t('webhooks.actions.disable') : t('webhooks.actions.enable')}
                      </Button>
                      {e.hasSecret && <Button onClick={() => setRotating(e)}>{t('webhooks.secret.rotate')}</Button>}
                      <Button variant="danger" onClick={() => setDeleting(e)}>
                        {t('webhooks.actions.delete')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log && <DeliveryLog key={log.target} target={log.target} title={log.title} canResend onClose={() => setLog(null)} />}
      {data && (
        <SlackDmCard
          initial={data.slackDm}
          events={data.events}
          onLog={() => setLog({ target: 'slack-dm', title: t('webhooks.log.dmTitle') })}
        />
      )}
      <ConfirmDialog
        open={!!rotating}
        busy={rotate.isPending}
        title={t('webhooks.secret.rotate')}
        confirmLabel={t('webhooks.secret.rotate')}
        onConfirm={() => rotating && rotate.mutate(rotating)}
        onCancel={() => setRotating(null)}
      >
        {t('webhooks.secret.rotateConfirm')}
      </ConfirmDialog>
      <ConfirmDialog
        open={!!deleting}
        danger
        busy={remove.isPending}
        title={t('webhooks.actions.delete')}
        confirmLabel={t('webhooks.actions.delete')}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting && t('webhooks.actions.deleteConfirm', { name: deleting.name })}
      </ConfirmDialog>
    </section>
  );
}
