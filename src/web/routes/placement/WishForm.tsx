import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RELOCATIONS, TIMEFRAMES, TRACKS, WISH_KINDS, WISH_LIMITS } from '../../../domain/placement/schemas';
import { formatName } from '../../../domain/shared/format';
import { ApiError, api } from '../../api';
import { Alert, Button, DraftNotice, Form, FormActions, fieldErrors, SelectField, TextAreaField, TextField } from '../../components/forms';
import { useDraft } from '../../components/useDraft';
import { useDepartments } from '../../queries';
import { optionsOf, useLabels } from './labels';
import { RadioChoices } from './parts';
import type { MyWishes, Wish, WishForm as Values } from './types';

export const BLANK: Values = {
  kind: 'transfer',
  desiredRole: '',
  desiredDepartmentId: '',
  track: 'undecided',
  timeframe: 'in1to3y',
  relocation: 'depends',
  note: '',
  disclosure: 'manager_hr',
};

export const valuesOf = (w: Wish): Values => ({
  kind: w.kind,
  desiredRole: w.desiredRole,
  desiredDepartmentId: w.desiredDepartment?.id ?? '',
  track: w.track,
  timeframe: w.timeframe,
  relocation: w.relocation,
  note: w.note,
  disclosure: w.disclosure,
});

type Props = {
  /** The wish being edited; a new wish without it. */
  wish?: Wish;
  manager: MyWishes['manager'];
  onDone: (message: string) => void;
  onCancel?: () => void;
};

/**
 * A wish, new or edited. What is typed survives a reload (useDraft) and a 409: the newer wish is
 * taken in underneath and the typed fields stay.
 */
export function WishForm({ wish, manager, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const depts = useDepartments();
  const draft = useDraft<Values>(wish ? `wish:${wish.id}` : 'wish:new', wish ? valuesOf(wish) : BLANK);
  const v = draft.values;
  const seen = useRef(wish?.version);
  // A newer version arrived (after a 409 or from another tab): keep what was typed, take the rest.
  useEffect(() => {
    if (wish && seen.current !== wish.version) {
      seen.current = wish.version;
      draft.rebase(valuesOf(wish));
    }
  }, [wish, draft]);

  const save = useMutation({
    mutationFn: () => {
      const body = { ...v, desiredDepartmentId: v.desiredDepartmentId || null };
      return wish
        ? api<Wish>(`/wishes/${wish.id}`, { method: 'PATCH', body: { ...body, version: wish.version } })
        : api<Wish>('/me/wishes', { method: 'POST', body });
    },
    onSuccess: async (saved) => {
      draft.saved(wish ? valuesOf(saved) : BLANK);
      await qc.invalidateQueries({ queryKey: ['my-wishes'] });
      onDone(t(wish ? 'placement.ui.mine.saved' : 'placement.ui.mine.created'));
    },
    onError: async (err) => {
      if (err instanceof ApiError && err.status === 409) await qc.invalidateQueries({ queryKey: ['my-wishes'] });
    },
  });
  const errs = fieldErrors(save.error);
  const id = wish?.id ?? 'new';
  const l = useLabels();

  return (
    <Form onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-labelledby={`wish-form-${id}`}>
      <h3 id={`wish-form-${id}`}>{t(wish ? 'placement.ui.form.editTitle' : 'placement.ui.form.newTitle')}</h3>
      <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
      <RadioChoices
        legend={t('placement.ui.form.kind')}
        name={`kind-${id}`}
        value={v.kind}
        error={errs.kind}
        onChange={(x) => draft.set('kind', x)}
        options={WISH_KINDS.map((k) => ({ value: k, label: l.kind[k]!, help: l.kindHelp[k] }))}
      />
      <div className="form-grid">
        <TextField
          label={t('placement.ui.form.desiredRole')}
          hint={t('placement.ui.form.desiredRoleHint')}
          maxLength={WISH_LIMITS.role}
          error={errs.desiredRole}
          {...draft.bind('desiredRole')}
        />
        <SelectField
          label={t('placement.ui.form.desiredDepartment')}
          error={errs.desiredDepartmentId}
          options={[{ value: '', label: t('placement.ui.common.anyDepartment') }, ...depts.options]}
          {...draft.bind('desiredDepartmentId')}
        />
        <SelectField
          label={t('placement.ui.form.track')}
          error={errs.track}
          options={optionsOf(TRACKS, l.track)}
          {...draft.bind('track')}
        />
        <SelectField
          label={t('placement.ui.form.timeframe')}
          error={errs.timeframe}
          options={optionsOf(TIMEFRAMES, l.timeframe)}
          {...draft.bind('timeframe')}
        />
        <SelectField
          label={t('placement.ui.form.relocation')}
          error={errs.relocation}
          options={optionsOf(RELOCATIONS, l.relocation)}
          {...draft.bind('relocation')}
        />
      </div>
      <TextAreaField
        label={t('placement.ui.form.note')}
        hint={t('placement.ui.form.noteHint')}
        maxLength={WISH_LIMITS.note}
        rows={3}
        error={errs.note}
        value={v.note}
        onChange={(x) => draft.set('note', x)}
      />
      <RadioChoices
        legend={t('placement.ui.form.disclosure')}
        name={`disclosure-${id}`}
        value={v.disclosure}
        error={errs.disclosure}
        onChange={(x) => draft.set('disclosure', x)}
        options={[
          {
            value: 'manager_hr',
            label: t('placement.disclosure.manager_hr'),
            help: manager
              ? t('placement.ui.form.disclosureHelp.manager_hr', { manager: formatName(manager) })
              : t('placement.ui.form.disclosureHelp.managerless'),
          },
          { value: 'hr_only', label: t('placement.disclosure.hr_only'), help: t('placement.ui.form.disclosureHelp.hr_only') },
        ]}
      />
      <p className="hint">{t('placement.ui.form.others')}</p>
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <FormActions busy={save.isPending} label={t(wish ? 'ui.common.save' : 'placement.ui.form.create')}>
        {onCancel && (
          <Button
            onClick={() => {
              draft.discard();
              onCancel();
            }}
          >
            {t('ui.common.cancel')}
          </Button>
        )}
      </FormActions>
    </Form>
  );
}
