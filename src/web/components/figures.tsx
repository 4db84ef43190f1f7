import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTimeSeconds } from '../../domain/shared/format';
import { api } from '../api';
import { currentLocale } from '../i18n';
import { boundMinutes, nextPoll, withRefresh } from '../lib/figures';
import { Alert, Button } from './forms';

/**
 * Counted figures (a round's progress, a team's funnel, ratings, outcomes) read so that what is on screen
 * is never older than the stated bound: asked again before it would be (nextPoll) and on coming back to the
 * tab; `refresh` is 「最新に更新」 — the same read with refresh=true, whose answer replaces the shown one.
 */
export function useFigures<T extends { asOf: string }>(key: QueryKey, path: string, opts: { enabled?: boolean } = {}) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: key,
    queryFn: () => api<T>(path),
    enabled: opts.enabled,
    refetchOnWindowFocus: true,
    refetchInterval: (q) => nextPoll(q.state.data?.asOf),
  });
  const refresh = useMutation({
    mutationFn: () => api<T>(withRefresh(path)),
    onSuccess: (data) => qc.setQueryData(key, data),
  });
  return { query, refresh };
}

/** What 「最新に更新」 needs of its mutation (any page's read with refresh=true). */
type Refresh = { isPending: boolean; isSuccess: boolean; error: Error | null; mutate: () => void };

type Props = {
  asOf: string;
  refresh: Refresh;
  /** What the figures are, when a page has more than one set: in the button's name (「最新に更新(面談の評価)」). */
  about?: string;
};

/** 「集計時刻 …(5分以内の集計です)」 and 「最新に更新」, beside the figures they are about. */
export function FiguresAsOf({ asOf, refresh, about }: Props) {
  const { t } = useTranslation();
  const at = formatDateTimeSeconds(asOf, currentLocale());
  return (
    <div className="figures-asof">
      <p className="muted">{t('ui.figures.asOf', { at, minutes: boundMinutes })}</p>
      <Button
        className="no-print"
        busy={refresh.isPending}
        aria-label={about ? t('ui.figures.refreshAbout', { about }) : undefined}
        onClick={() => refresh.mutate()}
      >
        {t('ui.figures.refresh')}
      </Button>
      <span className="visually-hidden" role="status">
        {refresh.isSuccess ? t('ui.figures.refreshed', { at }) : ''}
      </span>
      {refresh.error && <Alert kind="error">{refresh.error.message}</Alert>}
    </div>
  );
}
