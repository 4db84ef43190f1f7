import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../api';
import { Alert, Button } from '../components/forms';
import { Pagination } from '../components/Pagination';
import { Empty, Loading, NotFound, PageHeader } from '../components/status';
import { formatDateTime, type Locale } from '../../domain/shared/format';
import { pageParam, toQuery } from '../lib/urls';
import { useMe } from '../session';
import type { Schemas } from '../api-contract';
import type { OutboxMail } from '../types';

const PAGE_SIZE = 50;

/**
 * /admin/outbox — every mail the system wrote, newest first; the body opens on demand. Shows where each
 * delivery stands and its last error; a mail whose retries ran out can be re-sent.
 */
export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const page = pageParam(params.get('page'));
  const list = useQuery({
    queryKey: ['outbox', page],
    queryFn: () => api<Schemas['OutboxPage']>(`/admin/outbox${toQuery({ page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
    enabled: me.can.viewOutbox,
  });
  const resend = useMutation({
    mutationFn: (m: OutboxMail) => api<OutboxMail>(`/admin/outbox/${m.id}/resend`, { method: 'POST' }),
    onSettled: () => void qc.invalidateQueries({ queryKey: ['outbox'] }),
  });
  if (!me.can.viewOutbox) return <NotFound />;
  const locale = i18n.language as Locale;
  const data = list.data;

  return (
    <section className="page">
      <PageHeader title={t('ui.outbox.title')} />
      <p className="lead">{t('ui.outbox.lead')}</p>
      {list.error && <Alert kind="error">{list.error.message}</Alert>}
      {resend.error && <Alert kind="error">{resend.error.message}</Alert>}
      {resend.data && <Alert kind="success">{t('ui.outbox.resent', { to: resend.data.toAddress })}</Alert>}
      {list.isPending ? (
        <Loading />
      ) : data && data.items.length === 0 ? (
        <Empty>{t('ui.outbox.empty')}</Empty>
      ) : data ? (
        <>
          <div className="table-wrap" aria-busy={list.isFetching}>
            <table className="table">
              <caption className="visually-hidden">{t('ui.outbox.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ui.outbox.columns.to')}</th>
                  <th scope="col">{t('ui.outbox.columns.subject')}</th>
                  <th scope="col">{t('ui.outbox.columns.at')}</th>
                  <th scope="col">{t('ui.outbox.columns.status')}</th>
                  <th scope="col">{t('ui.outbox.columns.action')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((m) => (
                  <tr key={m.id}>
                    <td className="break">{m.toAddress}</td>
                    <td>
                      <details className="mail">
                        <summary>{m.subject}</summary>
                        <pre className="mail__body">{m.bodyText}</pre>
                      </details>
                    </td>
                    <td className="nowrap">{formatDateTime(m.sentAt ?? m.createdAt, locale)}</td>
                    <td>
                      <span className={`badge badge--mail-${m.status}`}>
                        {t(`ui.outbox.statuses.${m.status}`, { defaultValue: m.status })}
                      </span>
                      {m.error && m.status !== 'sent' && (
                        <p className="muted break">{t('ui.outbox.lastError', { attempts: m.attempts, error: m.error })}</p>
                      )}
                    </td>
                    <td>
                      {m.canResend && (
                        <Button
                          onClick={() => resend.mutate(m)}
                          busy={resend.isPending && resend.variables?.id === m.id}
                          disabled={resend.isPending}
                          aria-label={t('ui.outbox.resendLabel', { to: m.toAddress })}
                        >
                          {t('ui.outbox.resend')}
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(p) => setParams(p > 1 ? { page: String(p) } : {})} />
        </>
      ) : null}
    </section>
  );
}
