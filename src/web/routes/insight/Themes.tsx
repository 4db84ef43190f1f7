import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime, formatNumber } from '../../../domain/shared/format';
import { THEMES_TTL_MS } from '../../../domain/insight/themes-policy';
import { api, isNotFound } from '../../api';
import { Alert, Button, SelectField } from '../../components/forms';
import { Empty, Loading, NotFound, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import { useStartedRounds } from '../../queries';
import { useMe } from '../../session';
import { ThemesAnswers } from './ThemesAnswers';
import { CHART_WORDS, type Themes, ThemesChart, ThemesTable } from './ThemesChart';

/** While a count runs, the page asks for its progress this often. */
const POLL_MS = 1500;

/** When it was counted, by how many, against which round — and 「集計し直す」 with the progress of a running count. */
function CountStatus({ themes, onRefresh, busy }: { themes: Themes; onRefresh: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const n = (x: number) => formatNumber(x, locale);
  const run = themes.running;
  return (
    <div className="card">
      <div className="builder__head">
        <p>
          {themes.asOf
            ? t('themes.ui.asOf', { at: formatDateTime(themes.asOf, locale), minutes: THEMES_TTL_MS / 60_000 })
            : t('themes.ui.notCounted')}
          {themes.asOf && <> ・ {t('themes.ui.respondents', { n: n(themes.respondents) })}</>}
        </p>
        <Button onClick={onRefresh} busy={busy} disabled={!!run}>
          {t('themes.ui.refresh')}
        </Button>
      </div>
      {themes.asOf && (
        <p className="muted">
          {themes.previousRound
            ? t('themes.ui.comparedWith', { round: themes.previousRound.name, n: n(themes.previousRound.respondents) })
            : t('themes.ui.noPrevious')}
        </p>
      )}
      {run && (
        <div className="progress">
          <label htmlFor="themes-progress">{t('themes.ui.progressLabel')}</label>
          <progress id="themes-progress" max={Math.max(run.total, 1)} value={run.done} />
          <span role="status">
            {run.total ? t('themes.ui.progress', { done: n(run.done), total: n(run.total) }) : t('themes.ui.starting')}
          </span>
        </div>
      )}
    </div>
  );
}

/** /insight/themes — what the free-text answers of a round talk about, with the answers behind each word (HR). */
export function ThemesPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  // The page is HR's: anyone else finds nothing here, as the API answers them.
  const hr = useMe().can.viewInsight;
  const rounds = useStartedRounds({ enabled: hr });
  const shown = rounds.data?.items ?? [];
  const roundId = params.get('round') ?? shown[0]?.id ?? '';
  const word = params.get('word');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const themes = useQuery({
    queryKey: ['themes', roundId],
    queryFn: () => api<Themes>(`/insight/themes/${roundId}`),
    enabled: hr && !!roundId,
    // Also while nothing is counted yet: a count the read just started may not have reported itself (a race
    // seen in the browser test); a few polls, not forever.
    refetchInterval: (q) =>
      q.state.data?.running || (q.state.data && !q.state.data.asOf && q.state.dataUpdateCount < 30) ? POLL_MS : false,
  });
  const refresh = useMutation({
    mutationFn: () => api<Themes>(`/insight/themes/${roundId}/refresh`, { method: 'POST' }),
    onSuccess: (data) => {
      qc.setQueryData(['themes', roundId], data);
      void qc.invalidateQueries({ queryKey: ['themes-answers', roundId] });
    },
  });
  const go = (next: { round?: string; word?: string | null; page?: number }) => {
    const p = new URLSearchParams();
    const r = next.round ?? roundId;
    if (r) p.set('round', r);
    const w = next.word === undefined ? word : next.word;
    if (w) p.set('word', w);
    if (w && (next.page ?? 1) > 1) p.set('page', String(next.page));
    setParams(p);
  };

  if (!hr || isNotFound(themes.error)) return <NotFound />;
  const data = themes.data;
  return (
    <section className="page">
      <p className="back-link">
        <Link to="/insight">{t('themes.ui.back')}</Link>
      </p>
      <PageHeader title={t('themes.ui.title')} />
      <p className="lead">{t('themes.ui.lead')}</p>
      <p className="muted">{t('themes.ui.privacy', { min: data?.minGroup ?? 5 })}</p>
      {rounds.error && <Alert kind="error">{rounds.error.message}</Alert>}
      {!rounds.data ? (
        !rounds.error && <Loading />
      ) : shown.length === 0 ? (
        <Empty>{t('themes.ui.noRounds')}</Empty>
      ) : (
        <>
          <div className="filters">
            <SelectField
              label={t('themes.ui.round')}
              value={roundId}
              options={shown.map((r) => ({ value: r.id, label: r.name }))}
              onChange={(v) => {
                refresh.reset();
                go({ round: v, word: null });
              }}
            />
          </div>
          {themes.error && <Alert kind="error">{themes.error.message}</Alert>}
          {refresh.error && <Alert kind="error">{refresh.error.message}</Alert>}
          {!data ? (
            !themes.error && <Loading />
          ) : (
            <>
              <CountStatus themes={data} onRefresh={() => refresh.mutate()} busy={refresh.isPending} />
              {refresh.isSuccess && refresh.data.asOf === data.asOf && !data.running && (
                <Alert kind="success">{t('themes.ui.refreshed')}</Alert>
              )}
              {!data.asOf ? null : data.words.length === 0 ? (
                <Empty>{t('themes.ui.noWords', { min: data.minGroup })}</Empty>
              ) : (
                <>
                  <section className="card" aria-labelledby="themes-chart-title">
                    <h2 id="themes-chart-title">{t('themes.ui.chartTitle', { n: Math.min(CHART_WORDS, data.words.length) })}</h2>
                    <ThemesChart words={data.words} onSelect={(w) => go({ word: w })} />
                  </section>
                  {word && (
                    <ThemesAnswers
                      roundId={roundId}
                      word={word}
                      page={page}
                      onPage={(p) => go({ page: p })}
                      onClose={() => go({ word: null })}
                    />
                  )}
                  <ThemesTable themes={data} selected={word} onSelect={(w) => go({ word: w })} />
                </>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
