import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button } from '../../components/forms';
import { currentLocale } from '../../i18n';

type Job = Schemas['ExportJob'];

/** Asks for a CSV export (a job on the server), shows its progress, then the download link. */
export function ExportButton({ kind, params, label }: { kind: Job['kind']; params: Record<string, unknown>; label?: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => api<Job>('/exports', { method: 'POST', body: { kind, params } }),
    onSuccess: (j) => setJobId(j.id),
  });
  const jobs = useQuery({
    queryKey: ['exports'],
    queryFn: () => api<Schemas['ExportJobList']>('/exports'),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data?.items.find((j) => j.id === jobId)?.status === 'done' ? false : 1000),
  });
  const job = jobs.data?.items.find((j) => j.id === jobId);
  const busy = start.isPending || (!!jobId && (!job || job.status === 'queued' || job.status === 'running'));
  return (
    <div className="export">
      <Button busy={busy} onClick={() => start.mutate()}>
        {label ?? t('insight.ui.exportCsv')}
      </Button>
      {busy && job && (
        <span role="status" aria-live="polite" className="muted">
          {t('insight.ui.exporting', { done: formatNumber(job.done, locale), total: formatNumber(job.total, locale) })}
          <progress className="progress-bar" max={Math.max(job.total, 1)} value={job.done} aria-label={t('insight.ui.exportProgress')} />
        </span>
      )}
      {job?.status === 'done' && (
        <a className="btn btn--link" href={`/api/v1/exports/${job.id}/file`} download={job.fileName ?? undefined}>
          {t('insight.ui.download', { name: job.fileName })}
        </a>
      )}
      {job?.status === 'failed' && <Alert kind="error">{t('insight.ui.exportFailed')}</Alert>}
      {start.error && <Alert kind="error">{start.error.message}</Alert>}
    </div>
  );
}
