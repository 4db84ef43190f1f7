import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_MODES, RETENTION_MONTHS_MAX, type RetentionMode } from '../../domain/rights/schemas';
import { api } from '../api';
import type { Schemas } from '../api-contract';
import { Alert, Form, FormActions, fieldErrors, TextField } from '../components/forms';
import { Loading, PageHeader } from '../components/status';

type View = Schemas['RetentionSettingsView'];

/** /admin/retention — 設定 → データ保持: how long retired people's records are kept, and what happens then (decision 0022). */
export function RetentionSettingsPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['admin', 'retention'], queryFn: () => api<View>('/admin/retention') });
  return (
    <section className="page narrow">
      <PageHeader title={t('rights.retention.title')} />
      <p className="hint">{t('rights.retention.lead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.data ? <Editor initial={q.data} /> : !q.error && <Loading />}
    </section>
  );
}

function Editor({ initial }: { initial: View }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [limited, setLimited] = useState(initial.retiredRetentionMonths !== null);
  const [months, setMonths] = useState(String(initial.retiredRetentionMonths ?? 36));
  const [mode, setMode] = useState<RetentionMode>(initial.mode);
  const [view, setView] = useState(initial);
  const save = useMutation({
    mutationFn: () =>
      api<View>('/admin/retention', {
        method: 'PUT',
        // A number the server can check (an empty or odd entry is refused with its sentence, not guessed at).
        body: { retiredRetentionMonths: limited ? (months.trim() === '' ? -1 : Number(months)) : null, mode },
      }),
    onSuccess: (next) => {
      qc.setQueryData(['admin', 'retention'], next);
      setView(next);
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <Form className="card" onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-label={t('rights.retention.title')}>
      {save.isSuccess && <Alert kind="success">{t('rights.retention.saved')}</Alert>}
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <fieldset className="choice">
        <legend>{t('rights.retention.title')}</legend>
        <label className="check">
          <input type="radio" name="retention" checked={!limited} onChange={() => setLimited(false)} />
          {t('rights.retention.keep')}
        </label>
        <label className="check">
          <input type="radio" name="retention" checked={limited} onChange={() => setLimited(true)} />
          {t('rights.retention.limited')}
        </label>
      </fieldset>
      {limited && (
        <>
          <TextField
            label={t('rights.retention.months')}
            type="number"
            inputMode="numeric"
            min={1}
            max={RETENTION_MONTHS_MAX}
            required
            hint={t('rights.retention.monthsHint')}
            value={months}
            onChange={setMonths}
            error={errors.retiredRetentionMonths}
          />
          <fieldset className="choice">
            <legend>{t('rights.retention.mode')}</legend>
            {RETENTION_MODES.map((m) => (
              <label key={m} className="check check--block">
                <input type="radio" name="mode" checked={mode === m} onChange={() => setMode(m)} />
                <span>
                  {t(`rights.retention.${m}`)}
                  <span className="hint"> — {t(`rights.retention.${m}Hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      <p>{view.due ? t('rights.retention.due', { count: view.due }) : t('rights.retention.none')}</p>
      <FormActions busy={save.isPending} label={t('rights.retention.save')} />
    </Form>
  );
}
