import { queryOptions, useQuery } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { setCompanyTimeZone } from '../domain/shared/calendar';
import { ApiError, api } from './api';
import { switchLocale } from './i18n';
import { loginUrl } from './lib/urls';
import { queryClient } from './queryClient';
import type { Me } from './types';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => api<Me>('/auth/me', { allow401: true }),
  staleTime: 60_000,
  retry: false,
});

/** Loader for every signed-in page: no session → /login, keeping where the person was. */
export async function requireMe({ request }: { request: Request }) {
  try {
    const me = await queryClient.ensureQueryData(meQuery);
    // The person's saved language wins over the browser's and the login page's choice.
    await switchLocale(me.locale);
    setCompanyTimeZone(me.timeZone);
    return null;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) throw redirect(loginUrl(new URL(request.url)));
    throw err;
  }
}

/** The signed-in person; only used below the requireMe loader, so it is always there. */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  return data!;
}
