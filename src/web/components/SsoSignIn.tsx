import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SSO_REASONS } from '../../domain/sso/reasons';
import { api } from '../api';
import type { Schemas } from '../api-contract';
import { Alert } from './forms';

type SsoStatus = Schemas['SsoStatus'];

const REASONS: ReadonlySet<string> = new Set(SSO_REASONS);

/** Whether SSO is on (and the only way in), for pages shown before sign-in; off while unknown. */
export function useSsoStatus(): SsoStatus {
  const q = useQuery({
    queryKey: ['sso-status'],
    queryFn: () => api<SsoStatus>('/auth/sso', { allow401: true }),
    staleTime: 60_000,
    retry: false,
  });
  return q.data ?? { enabled: false, ssoOnly: false };
}

/**
 * 「シングルサインオンでログイン」: a plain link, so the browser itself goes to the server, which sends it on to the
 * identity provider (a fetch could not follow it there) and back to `next` once signed in.
 */
export function SsoButton({ next }: { next: string }) {
  const { t } = useTranslation();
  const href = `/api/v1/auth/sso/start${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`;
  return (
    <a className="btn btn--primary btn--block" href={href}>
      {t('auth.sso.ui.button')}
    </a>
  );
}

/** Why the last SSO attempt did not sign the person in, from the `sso_error` the server put in the URL. */
export function SsoErrorAlert({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  if (!reason) return null;
  const known = REASONS.has(reason) ? reason : 'failed';
  return <Alert kind="error">{t(`auth.sso.errors.${known}`)}</Alert>;
}
