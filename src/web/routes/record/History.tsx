import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatName } from '../../../domain/shared/format';
import { api, isNotFound } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button, fieldErrors, SelectField, TextAreaField } from '../../components/forms';
import { Empty, Loading, NotFound, PageHeader, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';
import { ItemList } from './PrepPanel';
import type { Consents, History } from './types';

function Timeline({ path, self }: { path: string; self: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [page, setPage] = useState(1);
  const q = useQuery({ queryKey: ['history', path, page], queryFn: () => api<History>(`${path}?page=${page}`) });
  if (isNotFound(q.error)) return <NotFound />;
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const h = q.data;
  return (
    <>
      {/* Asking for consent matters only where something is locked (or to HR, who grants it to others). */}
      {h.consent && (h.consent.canOverride || h.consent.status !== 'none' || h.entries.some((e) => e.access === 'locked')) && (
        <ConsentBox employeeId={h.employeeId} consent={h.consent} />
      )}
      {h.entries.length === 0 ? (
        <Empty>{t('record.ui.history.empty')}</Empty>
      ) : (
        <ol className="timeline">
          {h.entries.map((e) => (
            <li key={e.interviewId} className={`timeline__entry timeline__entry--${e.access}`}>
              <h2>
                {e.round.name}{' '}
                <span className="muted timeline__period">
                  {formatDate(e.round.periodStart, locale)} – {formatDate(e.round.periodEnd, locale)}
                </span>
              </h2>
              <p>
                <span className="badge">{t(`record.interviewStatus.${e.status}`)}</span>{' '}
                {!self && e.access !== 'full' && <span className="badge">{t(`record.access.${e.access}`)}</span>}{' '}
                {e.access !== 'locked' && e.heldAt && t('record.ui.heldAt', { at: formatDate(e.heldAt, locale) })}
              </p>
              {e.access !== 'locked' && (
                <>
                  {e.sheet && <p>{t('record.ui.history.sheet', { state: t(`prep.ui.states.${e.sheet.status}`) })}</p>}
                  {e.direction && <p className="pre-line">{t('record.ui.previous.direction', { text: e.direction })}</p>}
                  {e.items.length > 0 && <ItemList items={e.items} />}
                  {e.followUps.length > 0 && (
                    <ul>
                      {e.followUps.map((f) => (
                        <li key={f.id}>{t('record.ui.history.followUp', { date: formatDate(f.heldOn, locale), note: f.note })}</li>
                      ))}
                    </ul>
                  )}
                  <Link to={self ? `/prep/${e.interviewId}?tab=record` : `/interviews/${e.interviewId}?tab=record`}>
                    {t('record.ui.history.open')}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="actions actions--inline">
        {page > 1 && <Button onClick={() => setPage(page - 1)}>{t('record.ui.history.newer')}</Button>}
        {h.hasMore && <Button onClick={() => setPage(page + 1)}>{t('record.ui.history.older')}</Button>}
      </div>
    </>
  );
}

function ConsentBox({ employeeId, consent }: { employeeId: string; consent: NonNullable<History['consent']> }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const [viewerId, setViewerId] = useState('');
  const refresh = () => qc.invalidateQueries({ queryKey: ['history'] });
  const ask = useMutation({
    mutationFn: () => api(`/employees/${employeeId}/history/consent-request`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const force = useMutation({
    mutationFn: () => api(`/employees/${employeeId}/history/override`, { method: 'POST', body: { viewerId, reason } }),
    onSuccess: async () => {
      setOverride(false);
      await refresh();
    },
  });
  const errs = fieldErrors(force.error);
  return (
    <section className="card card--quiet" aria-labelledby="consent-title">
      <h2 id="consent-title">{t('record.ui.history.consentTitle')}</h2>
      <p>{t('record.ui.history.consentBody')}</p>
      <p>
        {t('record.ui.history.consentState')} <strong>{t(`record.consent.${consent.status}`)}</strong>
      </p>
      {consent.canRequest && consent.status !== 'requested' && (
        <Button variant="primary" busy={ask.isPending} onClick={() => ask.mutate()}>
          {t('record.ui.history.request')}
        </Button>
      )}
      {ask.error && <Alert kind="error">{ask.error.message}</Alert>}
      {consent.canOverride && (
        <>
          <Button onClick={() => setOverride(true)}>{t('record.ui.history.override')}</Button>
          <ConfirmDialog
            open={override}
            danger
            title={t('record.ui.history.override')}
            confirmLabel={t('record.ui.history.overrideConfirm')}
            busy={force.isPending}
            onConfirm={() => force.mutate()}
            onCancel={() => setOverride(false)}
          >
            <p>{t('record.ui.history.overrideBody')}</p>
            <SelectField
              label={t('record.ui.history.viewerId')}
              required
              value={viewerId}
              error={errs.viewerId}
              options={[
                { value: '', label: t('record.ui.history.pick') },
                ...consent.viewers.map((v) => ({ value: v.id, label: `${formatName(v)}(${t(`record.consent.${v.status}`)})` })),
              ]}
              onChange={setViewerId}
            />
            <TextAreaField
              label={t('record.ui.history.reason')}
              required
              value={reason}
              maxLength={500}
              rows={2}
              error={errs.reason}
              onChange={setReason}
            />
            {force.error && <Alert kind="error">{force.error.message}</Alert>}
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}

/** Who asked to see my history, and my answer; granting can be withdrawn. */
function MyConsents() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['history-consents'], queryFn: () => api<Consents>('/me/history-consents') });
  const decide = useMutation({
    mutationFn: (v: { id: string; grant: boolean }) =>
      api(`/me/history-consents/${v.id}/decide`, { method: 'POST', body: { grant: v.grant } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['history-consents'] }),
  });
  if (!q.data?.items.length) return null;
  return (
    <section className="card" aria-labelledby="my-consents">
      <h2 id="my-consents">{t('record.ui.history.myConsents')}</h2>
      <p className="hint">{t('record.ui.history.myConsentsHint')}</p>
      <ul className="consents">
        {q.data.items.map((c) => (
          <li key={c.id}>
            <strong>{formatName(c.viewer)}</strong> — {t(`record.consent.${c.status}`)}
            {c.overrideReason && <span className="muted">({t('record.ui.history.reasonIs', { reason: c.overrideReason })})</span>}
            <span className="actions actions--inline">
              {c.status !== 'granted' && c.status !== 'overridden' && (
                <Button variant="primary" onClick={() => decide.mutate({ id: c.id, grant: true })}>
                  {t('record.ui.history.grant')}
                </Button>
              )}
              {c.status !== 'declined' && (
                <Button onClick={() => decide.mutate({ id: c.id, grant: false })}>
                  {c.status === 'requested' ? t('record.ui.history.decline') : t('record.ui.history.revoke')}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {decide.error && <Alert kind="error">{decide.error.message}</Alert>}
    </section>
  );
}

export function MyHistoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('record.ui.history.mine'));
  return (
    <section className="page">
      <PageHeader title={t('record.ui.history.mine')} />
      <p className="lead">{t('record.ui.history.mineLead')}</p>
      <p>
        <Link to="/my-data">{t('rights.self.historyLink')}</Link>
      </p>
      <MyConsents />
      <Timeline path="/me/history" self />
    </section>
  );
}

export function EmployeeHistoryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  usePageTitle(t('record.ui.history.title'));
  return (
    <section className="page">
      <p className="back-link">
        <Link to={`/employees/${id}`}>{t('record.ui.history.backToEmployee')}</Link>
      </p>
      <PageHeader title={t('record.ui.history.title')} />
      <Timeline path={`/employees/${id}/history`} self={false} />
    </section>
  );
}
