import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { RoundRatings } from '../record/RoundRatings';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { localized } from '../../../domain/forms/definition';
import { formatDate, formatNumber } from '../../../domain/shared/format';
import { api, isNotFound } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button } from '../../components/forms';
import { Loading, NotFound, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import { Assignments } from './Assignments';
import { ProgressView } from './ProgressView';
import { RoundFormsRows } from './RoundForms';
import { RoundStatus } from './Rounds';
import type { Preview, Round } from './types';

type Pending = 'launch' | 'delete' | 'close' | null;

/** /rounds/:id — the plan, its launch with progress, then how far everyone is. */
export function RoundDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [pending, setPending] = useState<Pending>(null);
  const round = useQuery({
    queryKey: ['round', id],
    queryFn: () => api<Round>(`/rounds/${id}`),
    // While the launch job runs, the page follows its progress.
    refetchInterval: (q) => (q.state.data?.status === 'launching' ? 1000 : false),
  });
  const preview = useQuery({
    queryKey: ['round-preview', id, round.data?.version],
    enabled: pending === 'launch' && !!round.data,
    queryFn: () =>
      api<Preview>('/rounds/preview', {
        method: 'POST',
        body: { participants: round.data!.participants, interviewerRule: round.data!.interviewerRule },
      }),
  });
  const act = useMutation({
    mutationFn: async (what: Exclude<Pending, null>) => {
      if (what === 'delete') return api(`/rounds/${id}`, { method: 'DELETE' });
      if (what === 'launch') return api<Round>(`/rounds/${id}/launch`, { method: 'POST', body: { version: round.data!.version } });
      return api<Round>(`/rounds/${id}/close`, { method: 'POST' });
    },
    onSuccess: (res, what) => {
      setPending(null);
      void qc.invalidateQueries({ queryKey: ['rounds'] });
      if (what === 'delete') navigate('/rounds');
      else qc.setQueryData(['round', id], res as Round);
    },
  });
  if (isNotFound(round.error)) return <NotFound />;
  if (round.error) return <Alert kind="error">{round.error.message}</Alert>;
  if (!round.data) return <Loading />;
  const r = round.data;
  const n = (x: number) => formatNumber(x, locale);

  return (
    <section className="page">
      <p className="back-link">
        <Link to="/rounds">{t('rounds.ui.backToList')}</Link>
      </p>
      <PageHeader title={r.name}>
        {(r.status === 'launched' || r.status === 'closed') && (
          <Link className="btn btn--secondary" to={`/rounds/${r.id}/dashboard`}>
            {t('insight.ui.dashboard')}
          </Link>
        )}
        {r.can.edit && (
          <Link className="btn btn--secondary" to={`/rounds/${r.id}/edit`}>
            {t('ui.common.edit')}
          </Link>
        )}
        {r.can.delete && <Button onClick={() => setPending('delete')}>{t('ui.common.delete')}</Button>}
        {r.can.close && <Button onClick={() => setPending('close')}>{t('rounds.ui.close')}</Button>}
        {r.can.launch && (
          <Button variant="primary" onClick={() => setPending('launch')}>
            {t('rounds.ui.launch')}
          </Button>
        )}
      </PageHeader>
      <p>
        <RoundStatus status={r.status} />
      </p>
      {act.error && !pending && <Alert kind="error">{act.error.message}</Alert>}
      {r.status === 'launching' && (
        <div className="card" role="status" aria-live="polite">
          <p>{t('rounds.ui.launching', { done: n(r.launch.done), total: n(r.launch.total) })}</p>
          <progress
            className="progress-bar"
            max={Math.max(r.launch.total, 1)}
            value={r.launch.done}
            aria-label={t('rounds.ui.launchProgress')}
          />
        </div>
      )}
      <dl className="dl card">
        <div className="dl__row">
          <dt>{t('rounds.ui.type')}</dt>
          <dd>{t(`rounds.types.${r.type}`)}</dd>
        </div>
        <div className="dl__row">
          <dt>{t('rounds.ui.period')}</dt>
          <dd>
            {formatDate(r.periodStart, locale)} – {formatDate(r.periodEnd, locale)}
          </dd>
        </div>
        <div className="dl__row">
          <dt>{t('rounds.ui.prepDueOn')}</dt>
          <dd>{r.prepDueOn ? formatDate(r.prepDueOn, locale) : t('notify.noDue')}</dd>
        </div>
        <div className="dl__row">
          <dt>{t('rounds.ui.themes')}</dt>
          <dd>{r.themes.length ? r.themes.map((th) => localized(th.title, i18n.language)).join('、') : t('notify.noThemes')}</dd>
        </div>
        <RoundFormsRows round={r} />
        <div className="dl__row">
          <dt>{t('rounds.ui.participants')}</dt>
          <dd>
            {r.participants.all
              ? t('rounds.ui.everyone')
              : t('rounds.ui.participantSummary', {
                  depts: r.participants.departmentIds.length,
                  grades: r.participants.grades.join('、') || '—',
                  people: r.participants.employeeIds.length,
                })}
          </dd>
        </div>
        <div className="dl__row">
          <dt>{t('rounds.ui.interviewerRule')}</dt>
          <dd>{t(`rounds.interviewerRules.${r.interviewerRule}`)}</dd>
        </div>
        {r.message && (
          <div className="dl__row">
            <dt>{t('rounds.ui.message')}</dt>
            <dd className="pre-line">{r.message}</dd>
          </div>
        )}
      </dl>
      {(r.status === 'launched' || r.status === 'closed') && <ProgressView round={r} />}
      {r.status !== 'draft' && r.status !== 'launching' && <Assignments round={r} />}
      {(r.status === 'launched' || r.status === 'closed') && <RoundRatings roundId={r.id} />}
      <ConfirmDialog
        open={pending !== null}
        danger={pending === 'delete'}
        title={pending ? t(`rounds.ui.confirm.${pending}.title`) : ''}
        confirmLabel={pending ? t(`rounds.ui.confirm.${pending}.button`) : ''}
        busy={act.isPending}
        onConfirm={() => pending && act.mutate(pending)}
        onCancel={() => {
          setPending(null);
          act.reset();
        }}
      >
        {pending && <p>{t(`rounds.ui.confirm.${pending}.body`)}</p>}
        {pending === 'launch' &&
          (preview.data ? (
            <p>
              <strong>{t('rounds.ui.previewResult', { total: preview.data.total, unassigned: preview.data.unassigned })}</strong>
            </p>
          ) : (
            <Loading />
          ))}
        {act.error && <Alert kind="error">{act.error.message}</Alert>}
      </ConfirmDialog>
    </section>
  );
}
