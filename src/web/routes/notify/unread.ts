import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { toQuery } from '../../lib/urls';

// The header's badge, apart from the notifications page: every signed-in page shows it, the page itself is
// fetched when opened.

export type NotificationList = Schemas['NotificationList'];

/** The unread count in the header, refreshed every minute. */
export function useUnread() {
  return useQuery({
    queryKey: ['notifications', 'badge'],
    queryFn: () => api<NotificationList>(`/notifications${toQuery({ pageSize: 1 })}`),
    refetchInterval: 60_000,
    select: (d) => d.unread,
  });
}
