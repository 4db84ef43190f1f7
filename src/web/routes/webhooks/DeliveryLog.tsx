import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, type Locale } from '../../../domain/shared/format';
import { eventKey } from '../../../domain/webhooks/events';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { Empty, Loading } from '../../components/status';

type List = Schemas['WebhookDeliveryList'];
type Delivery = Schemas['WebhookDelivery'];

/** The delivery log of one endpoint (or of the Slack DMs: target 'slack-dm'), newest first, with re-send. */
export function DeliveryLog(props: { target: string; title: string; canResend: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const key = ['admin', 'webhooks', 'log', props.target, page];
  const q = useQuery({
    queryKey: key,
    queryFn: () => api<List>(`/admin/webhooks/${props.target}/deliveries?page=${page}`),
    placeholderData: keepPreviousData,
  });
  const resend = useMutation({
    mutationFn: (d: Delivery) => api<Delivery>(`/admin/webhooks/deliveries/${d.id}/resend`, { method: 'POST' }),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['admin', 'webhooks', 'log', props.target] }),
  });
  const locale = i18n.language as Locale;
  return (
    <section className="card" aria-label={props.title}>
      <h2>{props.title}</h2>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {resend.error && <Alert kind="error">{resend.error.message}</Alert>}
      {resend.isSuccess && <Alert kind="success">{t('webhooks.actions.resent')}</Alert>}
      {q.isPending ? (
        <Loading />
      ) : q.data && q.data.items.length === 0 ? (
        <Empty>{t('webhooks.log.empty')}</Empty>
      ) : q.data ? (
        <>
          <div className="table-wrap" aria-busy={q.isFetching}>
            <table className="table">
              <caption className="visually-hidden">{props.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.log.at')}</th>
                  <th scope="col">{t('webhooks.log.event')}</th>
                  <th scope="col">{t('webhooks.log.subject')}</th>
                  <th scope="col">{t('webhooks.log.status')}</th>
                  <th scope="col">{t('webhooks.log.code')}</th>
                  <th scope="col">{t('webhooks.log.duration')}</th>
                  <th scope="col">{t('webhooks.log.attempts')}</th>
                  <th scope="col">{t('webhooks.log.error')}</th>
                  {props.canResend && <th scope="col">{t('webhooks.list.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {q.data.items.map((d) => (
                  <tr key={d.id}>
                    <td className="nowrap">{formatDateTime(d.attemptedAt ?? d.createdAt, locale)}</td>
                    <td>{t(`webhooks.events.${eventKey(d.event)}`)}</td>
                    <td>{d.subjectName ?? '—'}</td>
                    <td>
                      <span className={`badge badge--webhook-${d.status}`}>{t(`webhooks.log.statuses.${d.status}`)}</span>
                    </td>
                    <td>{d.statusCode ?? '—'}</td>
                    <td className="nowrap">{d.durationMs === null ? '—' : t('webhooks.log.ms', { ms: d.durationMs })}</td>
                    <td>{d.attempts}</td>
                    <td className="break">{d.error ?? ''}</td>
                    {props.canResend && (
                      <td>
                        {(d.status === 'ok' || d.status === 'failed') && (
                          <Button
                            busy={resend.isPending && resend.variables?.id === d.id}
                            disabled={resend.isPending}
                            onClick={() => resend.mutate(d)}
                          >
                            {t('webhooks.actions.resend')}
                          </Button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={q.data.pageSize} total={q.data.total} onPage={setPage} />
        </>
      ) : null}
      <div className="actions actions--inline">
        <Button onClick={props.onClose}>{t('webhooks.log.close')}</Button>
      </div>
    </section>
  );
}
