import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../domain/shared/format';
import { api } from '../../api';
import { Alert, Button } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { Empty, Loading, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import { pageParam, toQuery } from '../../lib/urls';
import type { NotificationList } from './unread';

const PAGE_SIZE = 20;

/** /notifications — what happened that concerns me, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const page = pageParam(params.get('page'));
  const q = useQuery({
    queryKey: ['notifications', page],
    queryFn: () => api<NotificationList>(`/notifications${toQuery({ page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
  const read = useMutation({
    mutationFn: (ids?: string[]) => api('/notifications/read', { method: 'POST', body: ids ? { ids } : {} }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const items = q.data?.items ?? [];
  return (
    <section className="page narrow">
      <PageHeader title={t('notify.ui.title')}>
        {!!q.data?.unread && (
          <Button onClick={() => read.mutate(undefined)} busy={read.isPending}>
            {t('notify.ui.markAll')}
          </Button>
        )}
      </PageHeader>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <Empty>{t('notify.ui.empty')}</Empty>
      ) : (
        <>
          <ul className="notifications">
            {items.map((n) => (
              <li key={n.id} className={n.read ? undefined : 'notifications__unread'}>
                {/* Said on the unread ones only, and seen as well as heard. */}
                {!n.read && <span className="badge badge--unread">{t('notify.ui.unread')}</span>}
                {n.link ? (
                  <Link to={n.link} onClick={() => !n.read && read.mutate([n.id])}>
                    {n.text}
                  </Link>
                ) : (
                  <span>{n.text}</span>
                )}
                <span className="muted">{formatDateTime(n.createdAt, locale)}</span>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageSize={PAGE_SIZE} total={q.data!.total} onPage={(p) => setParams({ page: String(p) })} />
        </>
      )}
    </section>
  );
}
