import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, isNotFound } from '../../api';
import type { Schemas } from '../../api-contract';
import { FiguresAsOf } from '../../components/figures';
import { Alert, SelectField } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { Empty, Loading, NotFound, PageHeader } from '../../components/status';
import { nextPoll } from '../../lib/figures';
import { useStartedRounds } from '../../queries';
import { RisksItem } from './RisksItem';

type Risks = Schemas['RiskPage'];
type RiskRule = Schemas['RiskRule'];

/** The stated rules, with how many people each matches in the chosen round: nothing about a flag is hidden. */
function Rules({ rules, counts }: { rules: RiskRule[]; counts: Record<string, number> | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="card card--quiet" aria-labelledby="risk-rules-title">
      <h2 id="risk-rules-title">{t('trends.ui.rulesTitle')}</h2>
      <ul>
        {rules.map((r) => (
          <li key={r.id}>
            <strong>{t(`trends.rules.${r.id}.title`)}</strong>
            {counts && <span className="muted">{t('trends.ui.ruleCount', { n: counts[r.id] ?? 0 })}</span>}
            <br />
            <span className="hint">{t(`trends.rules.${r.id}.description`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /insight/risks — HR: people whose survey matches a stated retention-risk rule, and what HR did about it. */
export function RisksPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const rounds = useStartedRounds();
  const shown = rounds.data?.items ?? [];
  // The home page links to one round's flags: /insight/risks?round=….
  const [params] = useSearchParams();
  const [chosen, setChosen] = useState(params.get('round') ?? '');
  const [page, setPage] = useState(1);
  const roundId = (shown.some((r) => r.id === chosen) ? chosen : '') || shown[0]?.id || '';
  const risksUrl = (refresh = false) => `/rounds/${roundId}/risks?page=${page}${refresh ? '&refresh=true' : ''}`;
  const q = useQuery({
    queryKey: ['risks', roundId, page],
    queryFn: () => api<Risks>(risksUrl()),
    enabled: !!roundId,
    placeholderData: keepPreviousData,
    // Asked again before the shown figures pass the bound stated beside them.
    refetchInterval: (query) => nextPoll(query.state.data?.asOf),
    refetchOnWindowFocus: true,
  });
  const refresh = useMutation({
    mutationFn: () => api<Risks>(risksUrl(true)),
    onSuccess: (data) => qc.setQueryData(['risks', roundId, page], data),
  });
  if (isNotFound(rounds.error) || isNotFound(q.error)) return <NotFound />;
  const d = q.data?.round.id === roundId ? q.data : undefined;
  const error = rounds.error ?? q.error ?? refresh.error;
  return (
    <section className="page">
      <p className="back-link">
        <Link to="/insight">{t('trends.ui.backToInsight')}</Link>
      </p>
      <PageHeader title={t('trends.ui.risksTitle')} />
      <p className="lead">{t('trends.ui.risksLead')}</p>
      {error && <Alert kind="error">{error.message}</Alert>}
      {!rounds.data ? (
        !rounds.error && <Loading />
      ) : !shown.length ? (
        <Empty>{t('trends.ui.noLaunchedRounds')}</Empty>
      ) : (
        <>
          <div className="filters">
            <SelectField
              label={t('trends.ui.round')}
              value={roundId}
              options={shown.map((r) => ({
                value: r.id,
                label: t('trends.ui.roundOption', { name: r.name, status: t(`trends.ui.roundStatus_${r.status}`) }),
              }))}
              onChange={(v) => {
                setChosen(v);
                setPage(1);
              }}
            />
          </div>
          {q.data && <Rules rules={q.data.rules} counts={d?.counts} />}
          {!d ? (
            !q.error && <Loading />
          ) : (
            <section aria-labelledby="risk-flags-title">
              <h2 id="risk-flags-title">{t('trends.ui.flagsTitle', { n: d.total })}</h2>
              <FiguresAsOf asOf={d.asOf} refresh={refresh} />
              {!d.round.hasSurvey ? (
                <Empty>{t('trends.ui.noSurvey')}</Empty>
              ) : d.items.length === 0 ? (
                <Empty>{t('trends.ui.noFlags')}</Empty>
              ) : (
                <>
                  <ul className="timeline">
                    {d.items.map((f) => (
                      <RisksItem key={f.interviewId} roundId={roundId} flag={f} />
                    ))}
                  </ul>
                  <Pagination page={d.page} pageSize={d.pageSize} total={d.total} totalCapped={d.totalCapped} onPage={setPage} />
                </>
              )}
            </section>
          )}
        </>
      )}
    </section>
  );
}
