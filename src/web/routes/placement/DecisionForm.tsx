import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DECISIONS, WISH_LIMITS } from '../../../domain/placement/schemas';
import { ApiError, api } from '../../api';
import { Alert, DraftNotice, Form, FormActions, fieldErrors, SelectField, TextAreaField } from '../../components/forms';
import { useDraft } from '../../components/useDraft';
import { useLabels } from './labels';
import { RadioChoices } from './parts';
import type { PositionPage, Wish } from './types';

/** Open positions for the "related position" choice (HR rarely has more than a page of them). */
export const openPositionsQuery = {
  queryKey: ['positions', 'open', 'choices'],
  queryFn: () => api<PositionPage>('/positions?status=open&pageSize=100'),
};

/**
 * HR's answer to one wish. The message is what the employee reads (required for 「今回は見送り」); the
 * note stays with HR. Typed text survives a reload; a 409 (the wish changed meanwhile) reloads the
 * wish and keeps the text.
 */
export function DecisionForm({ wish, position, onDone }: { wish: Wish; position?: { id: string; title: string }; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const l = useLabels();
  const positions = useQuery(openPositionsQuery);
  const draft = useDraft(`decision:${wish.id}`, { decision: 'considered', message: '', note: '', positionId: position?.id ?? '' });
  const v = draft.values;
  const save = useMutation({
    mutationFn: () =>
      api<Wish>(`/wishes/${wish.id}/decisions`, {
        method: 'POST',
        body: { version: wish.version, decision: v.decision, message: v.message, note: v.note, positionId: v.positionId || null },
      }),
    onSuccess: async () => {
      draft.saved({ decision: 'considered', message: '', note: '', positionId: position?.id ?? '' });
      await qc.invalidateQueries({ queryKey: ['placement'] });
      onDone();
    },
    onError: async (err) => {
      if (err instanceof ApiError && err.status === 409) await qc.invalidateQueries({ queryKey: ['placement'] });
    },
  });
  const errs = fieldErrors(save.error);
  // The position being staffed is offered even when it is closed already.
  const choices = [...(position ? [position] : []), ...(positions.data?.items ?? []).filter((p) => p.id !== position?.id)];
  const options = [{ value: '', label: t('placement.ui.decision.noPosition') }, ...choices.map((p) => ({ value: p.id, label: p.title }))];
  return (
    <Form
      onSubmit={() => save.mutate()}
      busy={save.isPending}
      error={save.error}
      className="inline-form"
      aria-label={t('placement.ui.decision.title')}
    >
      <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
      <RadioChoices
        legend={t('placement.ui.decision.legend')}
        name={`decision-${wish.id}`}
        value={v.decision}
        error={errs.decision}
        onChange={(x) => draft.set('decision', x)}
        options={DECISIONS.map((d) => ({ value: d, label: l.decision[d]!, help: l.decisionHelp[d] }))}
      />
      <TextAreaField
        label={t('placement.ui.decision.message')}
        hint={t('placement.ui.decision.messageHint')}
        required={v.decision === 'notNow'}
        maxLength={WISH_LIMITS.message}
        rows={3}
        error={errs.message}
        value={v.message}
        onChange={(x) => draft.set('message', x)}
      />
      <TextAreaField
        label={t('placement.ui.decision.note')}
        maxLength={WISH_LIMITS.internalNote}
        rows={2}
        error={errs.note}
        value={v.note}
        onChange={(x) => draft.set('note', x)}
      />
      <SelectField
        label={t('placement.ui.decision.position')}
        hint={t('placement.ui.decision.positionHint')}
        error={errs.positionId}
        options={options}
        {...draft.bind('positionId')}
      />
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <FormActions busy={save.isPending} label={t('placement.ui.decision.submit')} />
    </Form>
  );
}
