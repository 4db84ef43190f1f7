import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../domain/shared/format';
import { ApiError, api } from '../../api';
import type { Answers } from '../../components/autosave';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormFiller } from '../../components/FormFiller';
import { GoalIntoSheet } from '../career/GoalIntoSheet';
import { Alert, Button } from '../../components/forms';
import { Loading } from '../../components/status';
import { type SaveState, useAutosave } from '../../components/useAutosave';
import { currentLocale } from '../../i18n';
import { StateBadge } from './PrepList';
import type { Schemas } from '../../api-contract';
import type { FormView, Inventory } from './types';

type Props = { interviewId: string; kind: 'sheet' | 'survey' };

/** One sheet or survey: the employee's editable form, or the same page read-only for others. */
export function FormPanel({ interviewId, kind }: Props) {
  const q = useQuery({
    queryKey: ['form', interviewId, kind],
    queryFn: () => api<FormView>(`/interviews/${interviewId}/forms/${kind}`),
    // A background refetch must never replace what the person is typing.
    refetchOnWindowFocus: false,
  });
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  // Remount when the server copy changes state (submit, withdraw): the editor starts from it.
  return <FormEditor key={`${q.data.status}`} interviewId={interviewId} kind={kind} form={q.data} />;
}

function FormEditor({ interviewId, kind, form }: Props & { form: FormView }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const locale = currentLocale();
  const editable = form.can.edit;
  const [confirm, setConfirm] = useState(false);
  const inventory = useQuery({
    queryKey: ['inventory', 'me'],
    queryFn: () => api<Inventory>('/me/inventory'),
    enabled: editable,
  });
  const auto = useAutosave({
    scope: `${interviewId}:${kind}`,
    initial: form.answers,
    enabled: editable,
    save: async (changed: Answers) => {
      await api<Schemas['AnswersSaved']>(`/interviews/${interviewId}/forms/${kind}/answers`, { method: 'PUT', body: { answers: changed } });
    },
  });
  const refresh = (next: FormView) => {
    qc.setQueryData(['form', interviewId, kind], next);
    void qc.invalidateQueries({ queryKey: ['my-interviews'] });
  };
  const submit = useMutation({
    mutationFn: async () => {
      await auto.flush();
      if (auto.hasPending()) throw new ApiError(0, 'network', t('prep.ui.notSavedYet'));
      return api<FormView>(`/interviews/${interviewId}/forms/${kind}/submit`, { method: 'POST' });
    },
    onSuccess: refresh,
    onSettled: () => setConfirm(false),
  });
  const withdraw = useMutation({
    mutationFn: () => api<FormView>(`/interviews/${interviewId}/forms/${kind}/withdraw`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const copy = useMutation({
    mutationFn: () => api<Schemas['AnswersCopied']>(`/interviews/${interviewId}/forms/${kind}/copy-previous`, { method: 'POST' }),
    onSuccess: async () => {
      const next = await api<FormView>(`/interviews/${interviewId}/forms/${kind}`);
      auto.replace(next.answers);
    },
  });
  const errors = submit.error instanceof ApiError ? submit.error.fields : {};
  const title = t(`forms.kinds.${kind}`);

  return (
    <div {...auto.compositionProps}>
      <div className="form-status">
        <StateBadge state={form.status} />
        {form.submittedAt && <span className="muted">{t('prep.ui.submittedAt', { at: formatDateTime(form.submittedAt, locale) })}</span>}
        {editable && <SaveIndicator state={auto.state} />}
        <Link className="btn btn--link" to={`/interviews/${interviewId}/print/${kind}`}>
          {t('prep.print.link')}
        </Link>
      </div>
      {auto.restoredCount > 0 && <Alert kind="info">{t('prep.ui.restored')}</Alert>}
      {editable && (
        <>
          <p className="hint">{t('prep.ui.autosaveHint')}</p>
          <div className="actions actions--inline">
            <Button onClick={() => copy.mutate()} busy={copy.isPending}>
              {t('prep.ui.copyPrevious')}
            </Button>
          </div>
          {copy.data && (
            <Alert kind={copy.data.copied ? 'success' : 'info'}>
              {copy.data.copied ? t('prep.ui.copied', { n: copy.data.copied }) : t('prep.ui.nothingToCopy')}
            </Alert>
          )}
          {copy.error && <Alert kind="error">{copy.error.message}</Alert>}
        </>
      )}
      {!editable && form.status !== 'submitted' && form.can.markHrOnly === false && (
        <Alert kind="info">{t('prep.ui.notSubmittedYet')}</Alert>
      )}
      {editable && kind === 'sheet' && <GoalIntoSheet definition={form.definition} values={auto.values} onChange={auto.change} />}
      <FormFiller
        definition={form.definition}
        values={editable ? auto.values : form.answers}
        onChange={auto.change}
        readOnly={!editable}
        errors={errors}
        canMarkHrOnly={form.can.markHrOnly}
        hidden={form.hidden}
        skillSuggestions={inventory.data?.skills.map((s) => s.name) ?? []}
      />
      {submit.error && <Alert kind="error">{submit.error.message}</Alert>}
      {withdraw.error && <Alert kind="error">{withdraw.error.message}</Alert>}
      <div className="actions">
        {editable && (
          <Button variant="primary" onClick={() => setConfirm(true)}>
            {t('prep.ui.submit', { form: title })}
          </Button>
        )}
        {form.can.withdraw && (
          <Button onClick={() => withdraw.mutate()} busy={withdraw.isPending}>
            {t('prep.ui.withdraw')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirm}
        title={t('prep.ui.submitConfirmTitle', { form: title })}
        confirmLabel={t('prep.ui.submitConfirm')}
        busy={submit.isPending}
        onConfirm={() => submit.mutate()}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('prep.ui.submitConfirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const text =
    state.kind === 'saving'
      ? t('prep.ui.saving')
      : state.kind === 'pending'
        ? t('prep.ui.pending')
        : state.kind === 'error'
          ? t('prep.ui.saveFailed')
          : state.kind === 'saved' && state.at
            ? t('prep.ui.savedAt', { at: formatDateTime(state.at, locale) })
            : '';
  return (
    <span className={`save-state save-state--${state.kind}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
