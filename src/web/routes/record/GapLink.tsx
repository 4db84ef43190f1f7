import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Alert, Button, fieldErrors, SelectField } from '../../components/forms';
import type { Item, Plan } from './types';

const KINDS = ['training', 'assignment', 'mentor', 'other'] as const;
type Gap = NonNullable<Item['gap']>;

/**
 * 「TypeScript 3 → 4 / 必要 4」: the level when linked, now (or at a follow-up) and expected, with how the item
 * works on it. `atFollowUp`: "now" is the level that follow-up recorded.
 */
export function GapLine({ gap, atFollowUp = false }: { gap: Gap; atFollowUp?: boolean }) {
  const { t } = useTranslation();
  const p = { skill: gap.skill, linked: gap.linked, now: gap.now, expected: gap.expected };
  const text = gap.now === null ? t('careerGaps.plan.lineThen', p) : t(atFollowUp ? 'careerGaps.followUp.line' : 'careerGaps.plan.line', p);
  return (
    <span className="gap-line">
      <span className="badge">{t(`careerGaps.kinds.${gap.kind}`)}</span> {text}
      {gap.now !== null && gap.now >= gap.expected && <span className="badge badge--ok">{t('careerGaps.plan.met')}</span>}
    </span>
  );
}

/** The interviewer links an item to one gap of the employee's career goal (or unlinks it). */
export function GapLinker({
  item,
  options,
  onChanged,
}: {
  item: Item;
  options: NonNullable<Plan['gapOptions']>;
  onChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [skill, setSkill] = useState(item.gap?.skill ?? options.gaps.find((g) => !g.met)?.name ?? '');
  const [kind, setKind] = useState<string>(item.gap?.kind ?? 'training');
  const save = useMutation({
    mutationFn: () => api(`/plan-items/${item.id}/gap`, { method: 'PUT', body: { version: item.version, skill: skill || null, kind } }),
    onSuccess: async () => {
      setOpen(false);
      await onChanged();
    },
  });
  if (!open)
    return (
      <Button className="btn--link" onClick={() => setOpen(true)}>
        {item.gap ? t('careerGaps.plan.change') : t('careerGaps.plan.link')}
      </Button>
    );
  const errs = fieldErrors(save.error);
  return (
    <fieldset className="gap-linker">
      <legend>{t('careerGaps.plan.title')}</legend>
      <p className="hint">{t('careerGaps.plan.goalIs', { role: options.roleName })}</p>
      <div className="form-grid">
        <SelectField
          label={t('careerGaps.plan.skill')}
          value={skill}
          error={errs.skill}
          options={[
            { value: '', label: t('careerGaps.plan.none') },
            ...options.gaps.map((g) => ({ value: g.name, label: t('careerGaps.plan.option', g) })),
          ]}
          onChange={setSkill}
        />
        <SelectField
          label={t('careerGaps.plan.kind')}
          value={kind}
          options={KINDS.map((k) => ({ value: k, label: t(`careerGaps.kinds.${k}`) }))}
          onChange={setKind}
        />
      </div>
      <p className="hint">{t('careerGaps.plan.hint')}</p>
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <div className="actions actions--inline">
        <Button variant="primary" busy={save.isPending} onClick={() => save.mutate()}>
          {t('careerGaps.plan.save')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('ui.common.cancel')}</Button>
      </div>
    </fieldset>
  );
}
