import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, apiFetch } from '../api';
import { draftKey } from '../components/draft';
import { Alert, Button, Form, FormActions } from '../components/forms';
import { NotFound, PageHeader } from '../components/status';
import { useDraft } from '../components/useDraft';
import { currentLocale } from '../i18n';
import { csvTemplate, type ImportKind, templateFileName } from '../lib/csvTemplate';
import { formatNumber } from '../../domain/shared/format';
import { readNdjson } from '../lib/ndjson';
import { useMe } from '../session';
import type { ImportEvent, ImportPreview } from '../types';
import { ImportRows } from './ImportRows';

// Above this size the preview lists only the rows with errors, to keep the answer small.
const FULL_PREVIEW_BYTES = 2 * 1024 * 1024;

type Result = { created: number; updated: number; unchanged: number; total: number };

/** /import — choose kind and file, check it, then commit with a progress bar. */
export function ImportPage() {
  const { t } = useTranslation();
  const me = useMe();
  // ?kind=careerPaths (from the career-paths page) chooses the kind; otherwise the last one chosen.
  const [params, setParams] = useSearchParams();
  const asked = params.get('kind');
  const form = useDraft(draftKey('import'), { kind: 'employees' });
  const kind = (asked === 'employees' || asked === 'departments' || asked === 'careerPaths' ? asked : form.values.kind) as ImportKind;
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const locale = currentLocale();
  const n = (x: number) => formatNumber(x, locale);

  // The template is built here (no request); its object URL is released when it changes.
  const [templateHref, setTemplateHref] = useState('');
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([csvTemplate(kind, locale)], { type: 'text/csv;charset=utf-8' }));
    setTemplateHref(url);
    return () => URL.revokeObjectURL(url);
  }, [kind, locale]);

  const preview = useMutation({
    mutationFn: (f: File) =>
      api<ImportPreview>(`/imports/${kind}/preview${f.size > FULL_PREVIEW_BYTES ? '?rows=invalid' : ''}`, {
        method: 'POST',
        body: f,
        contentType: 'text/csv',
      }),
  });

  const commit = useMutation({
    mutationFn: async (f: File): Promise<Result> => {
      setProgress({ done: 0, total: preview.data?.total ?? 0 });
      const res = await apiFetch(`/imports/${kind}/commit`, { method: 'POST', body: f, contentType: 'text/csv' });
      const out: { result?: Result; failure?: string } = {};
      if (!res.body) throw new Error(t('errors.internal'));
      await readNdjson<ImportEvent>(res.body, (ev) => {
        if (ev.type === 'progress') setProgress({ done: ev.done, total: ev.total });
        else if (ev.type === 'done') {
          const unchanged = ev.unchanged ?? 0;
          out.result = { created: ev.created, updated: ev.updated, unchanged, total: ev.total ?? ev.created + ev.updated + unchanged };
        } else out.failure = ev.message;
      });
      if (out.failure) throw new Error(out.failure);
      // A stream that ends without a final line was cut off (connection lost).
      if (!out.result) throw new Error(t('errors.network'));
      return out.result;
    },
  });

  if (!me.can.importEmployees) return <NotFound />;

  const chooseFile = (f: File | null) => {
    setFile(f);
    preview.reset();
    commit.reset();
    setProgress(null);
  };
  const chooseKind = (k: ImportKind) => {
    if (asked) setParams({}, { replace: true });
    form.set('kind', k);
    chooseFile(null);
  };
  const data = preview.data;
  const hasErrors = !!data && data.invalid > 0;
  const result = commit.data;

  return (
    <section className="page">
      <PageHeader title={t('ui.import.title')} />
      <Form className="card" onSubmit={() => file && preview.mutate(file)} busy={preview.isPending}>
        <fieldset className="choice">
          <legend>{t('ui.import.kind')}</legend>
          {(['employees', 'departments', 'careerPaths'] as const).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => chooseKind(k)} />
              {t(`ui.import.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="import-file">{t('ui.import.file')}</label>
          <input
            // A new key clears the chosen file when the kind changes.
            key={kind}
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
          />
          <p id="import-file-hint" className="hint">
            {t('ui.import.fileHint')}{' '}
            <a href={templateHref} download={templateFileName(kind)}>
              {t('ui.import.template')}
            </a>
          </p>
        </div>
        {preview.error && <Alert kind="error">{preview.error.message}</Alert>}
        <FormActions busy={preview.isPending} disabled={!file || commit.isPending} label={t('ui.import.preview')} />
      </Form>

      {data && (
        <section className="card" aria-labelledby="import-check-title">
          <h2 id="import-check-title">{t('ui.import.checkTitle')}</h2>
          <ul className="summary" aria-label={t('ui.import.summaryLabel')}>
            <li>{t('ui.import.summary.total', { n: n(data.total) })}</li>
            <li className="summary__ok">{t('ui.import.summary.valid', { n: n(data.valid) })}</li>
            <li className={data.invalid > 0 ? 'summary__bad' : ''}>{t('ui.import.summary.invalid', { n: n(data.invalid) })}</li>
          </ul>
          <ImportRows kind={kind} preview={data} />
          {hasErrors && <Alert kind="error">{t('ui.import.fixHint')}</Alert>}
          {commit.error && <Alert kind="error">{commit.error.message}</Alert>}
          {progress && !result && (
            <div className="progress">
              <label htmlFor="import-progress">{t('ui.import.progressLabel')}</label>
              <progress
                id="import-progress"
                max={Math.max(progress.total, 1)}
                value={progress.done}
                aria-valuemin={0}
                aria-valuemax={Math.max(progress.total, 1)}
                aria-valuenow={progress.done}
              />
              <span aria-hidden="true">{t('ui.import.progress', { done: n(progress.done), total: n(progress.total) })}</span>
            </div>
          )}
          {result ? (
            <Alert kind="success">
              {t(result.unchanged > 0 ? 'ui.import.doneWithUnchanged' : 'ui.import.done', {
                n: n(result.total),
                created: n(result.created),
                updated: n(result.updated),
                unchanged: n(result.unchanged),
              })}
            </Alert>
          ) : (
            <div className="actions">
              <Button
                variant="primary"
                disabled={hasErrors || !file}
                aria-describedby={hasErrors ? 'import-fix-hint' : undefined}
                busy={commit.isPending}
                onClick={() => file && commit.mutate(file)}
              >
                {t('ui.import.commit')}
              </Button>
              {hasErrors && (
                <span id="import-fix-hint" className="visually-hidden">
                  {t('ui.import.fixHint')}
                </span>
              )}
            </div>
          )}
        </section>
      )}
    </section>
  );
}
