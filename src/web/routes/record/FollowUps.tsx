import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import { Alert, Button, fieldErrors, SelectField, TextAreaField, TextField } from '../../components/forms';
import { currentLocale } from '../../i18n';
import { GapLine } from './GapLink';
import { ItemStatusBadge } from './parts';
import type { FollowUp, Item } from './types';
import { companyToday } from '../../../domain/shared/calendar';

const STATUSES = ['open', 'inProgress', 'done', 'dropped'] as const;

/** アフターフォロー: follow-up 1on1s on the plan — progress item by item, support and adjustments. */
export function FollowUpsPanel({
  interviewId,
  followUps,
  items,
  canAdd,
}: {
  interviewId: string;
  followUps: FollowUp[];
  items: Item[];
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const qc = useQueryClient();
  const open = items.filter((i) => i.status === 'open' || i.status === 'inProgress');
  const initial = () => ({
    heldOn: companyToday(),
    note: '',
    items: Object.fromEntries(open.map((i) => [i.id, { status: i.status as string, note: '' }])),
  });
  const [form, setForm] = useState(initial);
  const add = useMutation({
    mutationFn: () =>
      api(`/interviews/${interviewId}/follow-ups`, {
        method: 'POST',
        body: { heldOn: form.heldOn, note: form.note, items: Object.entries(form.items).map(([itemId, v]) => ({ itemId, ...v })) },
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['record', interviewId] });
      setForm(initial());
    },
  });
  const errs = fieldErrors(add.error);
  return (
    <section className="card" aria-labelledby="fu-title">
      <h2 id="fu-title">{t('record.ui.followUp.title')}</h2>
      <p className="hint">{t('record.ui.followUp.hint')}</p>
      {followUps.length === 0 ? (
        <p className="muted">{t('record.ui.followUp.empty')}</p>
      ) : (
        <ol className="follow-ups">
          {followUps.map((f) => (
            <li key={f.id}>
              <p>
                <strong>{formatDate(f.heldOn, locale)}</strong> <span className="muted">{formatName(f.author)}</span>
              </p>
              {f.note && <p className="pre-line">{f.note}</p>}
              <ul>
                {f.items.map((i) => (
                  <li key={i.itemId}>
                    {i.what} <ItemStatusBadge status={i.status} /> {i.note}
                    {i.gap && (
                      <>
                        {' '}
                        <GapLine gap={i.gap} atFollowUp />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {canAdd && (
        <div className="follow-up-form">
          <h3>{t('record.ui.followUp.new')}</h3>
          <TextField
            label={t('record.ui.followUp.heldOn')}
            type="date"
            required
            value={form.heldOn}
            error={errs.heldOn}
            onChange={(heldOn) => setForm({ ...form, heldOn })}
          />
          {open.map((i) => (
            <fieldset key={i.id} className="follow-up-item">
              <legend>{i.what}</legend>
              {i.gap && <GapLine gap={i.gap} />}
              <div className="form-grid">
                <SelectField
                  label={t('record.ui.plan.status')}
                  value={form.items[i.id]?.status ?? i.status}
                  options={STATUSES.map((s) => ({ value: s, label: t(`record.status.${s}`) }))}
                  onChange={(status) => setForm({ ...form, items: { ...form.items, [i.id]: { ...form.items[i.id]!, status } } })}
                />
                <TextField
                  label={t('record.ui.plan.progressNote')}
                  maxLength={1000}
                  value={form.items[i.id]?.note ?? ''}
                  onChange={(note) => setForm({ ...form, items: { ...form.items, [i.id]: { ...form.items[i.id]!, note } } })}
                />
              </div>
            </fieldset>
          ))}
          <TextAreaField
            label={t('record.ui.followUp.note')}
            hint={t('record.ui.followUp.noteHint')}
            value={form.note}
            maxLength={4000}
            rows={3}
            onChange={(note) => setForm({ ...form, note })}
          />
          {add.error && <Alert kind="error">{add.error.message}</Alert>}
          <Button variant="primary" busy={add.isPending} onClick={() => add.mutate()}>
            {t('record.ui.followUp.save')}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The employee rates the interview; only HR sees ratings, and only in aggregate. */
export function RatingPanel({ interviewId, rating }: { interviewId: string; rating: { rating: number; comment: string } | null }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [value, setValue] = useState(rating?.rating ?? 0);
  const [comment, setComment] = useState(rating?.comment ?? '');
  const save = useMutation({
    mutationFn: () => api(`/interviews/${interviewId}/rating`, { method: 'PUT', body: { rating: value, comment } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['record', interviewId] }),
  });
  return (
    <section className="card" aria-labelledby="rate-title">
      <h2 id="rate-title">{t('record.ui.rating.title')}</h2>
      <p className="hint">{t('record.ui.rating.hint')}</p>
      <fieldset className="scale">
        <legend>{t('record.ui.rating.question')}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="check">
            <input type="radio" name={`rating-${interviewId}`} checked={value === n} onChange={() => setValue(n)} />
            <span>{t(`record.ui.rating.scale.${n}`)}</span>
          </label>
        ))}
      </fieldset>
      <TextAreaField label={t('record.ui.rating.comment')} value={comment} maxLength={1000} rows={2} onChange={setComment} />
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      {save.isSuccess && <Alert kind="success">{t('record.ui.rating.thanks')}</Alert>}
      <Button variant="primary" busy={save.isPending} disabled={!value} onClick={() => save.mutate()}>
        {rating ? t('record.ui.rating.update') : t('record.ui.rating.send')}
      </Button>
    </section>
  );
}
