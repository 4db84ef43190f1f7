import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../domain/shared/format';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button, fieldErrors, SelectField, TextAreaField, TextField } from '../../components/forms';
import { currentLocale } from '../../i18n';
import { GapLine, GapLinker } from './GapLink';
import { isOverdue, ItemStatusBadge } from './parts';
import type { Item, Plan, RecordCan } from './types';

const OWNERS = ['employee', 'manager', 'hr'] as const;
const STATUSES = ['open', 'inProgress', 'done', 'dropped'] as const;
type ItemForm = { what: string; owner: string; dueOn: string; target: string };
const blank: ItemForm = { what: '', owner: 'employee', dueOn: '', target: '' };

function ItemEditor({
  initial,
  busy,
  error,
  onSave,
  onCancel,
}: {
  initial: ItemForm;
  busy: boolean;
  error: unknown;
  onSave: (f: ItemForm) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [f, setF] = useState(initial);
  const errs = fieldErrors(error);
  return (
    <div className="item-editor">
      <TextField
        label={t('record.ui.plan.what')}
        value={f.what}
        maxLength={300}
        required
        error={errs.what}
        hint={t('record.ui.plan.whatHint')}
        onChange={(what) => setF({ ...f, what })}
      />
      <div className="form-grid">
        <SelectField
          label={t('record.ui.plan.owner')}
          value={f.owner}
          error={errs.owner}
          options={OWNERS.map((o) => ({ value: o, label: t(`record.owner.${o}`) }))}
          onChange={(owner) => setF({ ...f, owner })}
        />
        <TextField
          label={t('record.ui.plan.dueOn')}
          type="date"
          value={f.dueOn}
          error={errs.dueOn}
          onChange={(dueOn) => setF({ ...f, dueOn })}
        />
      </div>
      <TextAreaField
        label={t('record.ui.plan.target')}
        hint={t('record.ui.plan.targetHint')}
        value={f.target}
        maxLength={1000}
        rows={2}
        error={errs.target}
        onChange={(target) => setF({ ...f, target })}
      />
      {!!error && <Alert kind="error">{(error as Error).message}</Alert>}
      <div className="actions actions--inline">
        <Button variant="primary" busy={busy} disabled={!f.what.trim()} onClick={() => onSave(f)}>
          {t('ui.common.save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('ui.common.cancel')}</Button>}
      </div>
    </div>
  );
}

function ItemRow({
  item,
  can,
  gaps,
  onChanged,
}: {
  item: Item;
  can: RecordCan;
  gaps?: Plan['gapOptions'];
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [progress, setProgress] = useState({ status: item.status as string, note: item.progressNote });
  const patch = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api(`/plan-items/${item.id}`, { method: 'PATCH', body: { version: item.version, ...body } }),
    onSuccess: async () => {
      setEditing(false);
      await onChanged();
    },
  });
  const remove = useMutation({
    mutationFn: () => api(`/plan-items/${item.id}?version=${item.version}`, { method: 'DELETE' }),
    onSuccess: onChanged,
    onSettled: () => setConfirm(false),
  });
  if (editing) {
    return (
      <li className="plan-item">
        <ItemEditor
          initial={{ what: item.what, owner: item.owner, dueOn: item.dueOn ?? '', target: item.target }}
          busy={patch.isPending}
          error={patch.error}
          onCancel={() => setEditing(false)}
          onSave={(f) => patch.mutate({ what: f.what, owner: f.owner, dueOn: f.dueOn || null, target: f.target })}
        />
      </li>
    );
  }
  const late = isOverdue(item.dueOn, item.status);
  return (
    <li className={late ? 'plan-item plan-item--late' : 'plan-item'}>
      <p className="plan-item__what">
        <strong>{item.what}</strong> <ItemStatusBadge status={item.status} />{' '}
        {late && <span className="badge badge--late">{t('record.ui.plan.overdue')}</span>}
      </p>
      <p className="muted">
        {t('record.ui.plan.ownerIs', { owner: t(`record.owner.${item.owner}`) })} ·{' '}
        {item.dueOn ? t('record.ui.plan.dueIs', { due: formatDate(item.dueOn, locale) }) : t('record.ui.plan.noDue')}
        {item.round && <> · {t('record.ui.plan.from', { round: item.round })}</>}
      </p>
      {item.gap && (
        <p>
          <GapLine gap={item.gap} />
        </p>
      )}
      {item.target && <p className="pre-line">{t('record.ui.plan.targetIs', { target: item.target })}</p>}
      {item.progressNote && <p className="pre-line muted">{t('record.ui.plan.progressIs', { note: item.progressNote })}</p>}
      {can.updateProgress && !item.round && (
        <div className="inline-form plan-item__progress">
          <SelectField
            label={t('record.ui.plan.status')}
            value={progress.status}
            options={STATUSES.map((s) => ({ value: s, label: t(`record.status.${s}`) }))}
            onChange={(status) => setProgress({ ...progress, status })}
          />
          <TextField
            label={t('record.ui.plan.progressNote')}
            value={progress.note}
            maxLength={1000}
            onChange={(note) => setProgress({ ...progress, note })}
          />
          <Button
            busy={patch.isPending}
            disabled={progress.status === item.status && progress.note === item.progressNote}
            onClick={() => patch.mutate({ status: progress.status, progressNote: progress.note })}
          >
            {t('record.ui.plan.saveProgress')}
          </Button>
        </div>
      )}
      {patch.error && !editing && <Alert kind="error">{patch.error.message}</Alert>}
      {can.editPlan && !item.round && (
        <div className="actions actions--inline">
          <Button className="btn--link" onClick={() => setEditing(true)}>
            {t('ui.common.edit')}
          </Button>
          <Button className="btn--link" onClick={() => setConfirm(true)}>
            {t('ui.common.delete')}
          </Button>
          {gaps && <GapLinker item={item} options={gaps} onChanged={onChanged} />}
        </div>
      )}
      {remove.error && <Alert kind="error">{remove.error.message}</Alert>}
      <ConfirmDialog
        open={confirm}
        danger
        title={t('record.ui.plan.deleteTitle')}
        confirmLabel={t('ui.common.delete')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('record.ui.plan.deleteBody', { what: item.what })}</p>
      </ConfirmDialog>
    </li>
  );
}

/** The action plan: items, carried-over items, mutual confirmation with its history. */
export function PlanPanel({ interviewId, plan, can }: { interviewId: string; plan: Plan; can: RecordCan }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(0);
  const refresh = () => qc.invalidateQueries({ queryKey: ['record', interviewId] });
  const add = useMutation({
    mutationFn: (f: ItemForm) =>
      api(`/interviews/${interviewId}/plan/items`, {
        method: 'POST',
        body: { what: f.what, owner: f.owner, dueOn: f.dueOn || null, target: f.target },
      }),
    onSuccess: async () => {
      setAdding((n) => n + 1);
      await refresh();
    },
  });
  const confirm = useMutation({
    mutationFn: () => api(`/interviews/${interviewId}/plan/confirm`, { method: 'POST', body: { revision: plan.revision } }),
    onSuccess: refresh,
  });
  const mineConfirmed =
    can.confirmAs === 'employee' ? plan.employeeConfirmedAt : can.confirmAs === 'interviewer' ? plan.interviewerConfirmedAt : null;
  const empty = plan.items.length + plan.carried.length === 0;
  return (
    <section className="card plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('record.ui.plan.title')}</h2>
      <p className="hint">{t('record.ui.plan.hint')}</p>
      {plan.items.length === 0 ? (
        <p className="muted">{t('record.ui.plan.empty')}</p>
      ) : (
        <ul className="plan-items">
          {plan.items.map((i) => (
            <ItemRow key={`${i.id}:${i.version}`} item={i} can={can} gaps={plan.gapOptions} onChanged={refresh} />
          ))}
        </ul>
      )}
      {can.editPlan && <ItemEditor key={adding} initial={blank} busy={add.isPending} error={add.error} onSave={(f) => add.mutate(f)} />}
      {(plan.carried.length > 0 || plan.hiddenCarried > 0) && (
        <>
          <h3>{t('record.ui.plan.carried')}</h3>
          <ul className="plan-items">
            {plan.carried.map((i) => (
              <ItemRow key={i.id} item={i} can={can} onChanged={refresh} />
            ))}
          </ul>
          {plan.hiddenCarried > 0 && <p className="muted">{t('record.ui.plan.hiddenCarried', { n: plan.hiddenCarried })}</p>}
        </>
      )}
      <h3>{t('record.ui.plan.confirmation')}</h3>
      <dl className="dl">
        <div className="dl__row">
          <dt>{t('record.ui.plan.byEmployee')}</dt>
          <dd>
            {plan.employeeConfirmedAt
              ? t('record.ui.plan.confirmedAt', { at: formatDateTime(plan.employeeConfirmedAt, locale) })
              : t('record.ui.plan.notConfirmed')}
          </dd>
        </div>
        <div className="dl__row">
          <dt>{t('record.ui.plan.byInterviewer')}</dt>
          <dd>
            {plan.interviewerConfirmedAt
              ? t('record.ui.plan.confirmedAt', { at: formatDateTime(plan.interviewerConfirmedAt, locale) })
              : t('record.ui.plan.notConfirmed')}
          </dd>
        </div>
      </dl>
      {plan.confirmed ? (
        <Alert kind="success">{t('record.ui.plan.confirmed', { n: plan.revision })}</Alert>
      ) : (
        plan.revision > 1 && <Alert kind="info">{t('record.ui.plan.reconfirm', { n: plan.revision })}</Alert>
      )}
      {can.confirmAs && !mineConfirmed && (
        <Button variant="primary" busy={confirm.isPending} disabled={empty} onClick={() => confirm.mutate()}>
          {t('record.ui.plan.confirm')}
        </Button>
      )}
      {confirm.error && <Alert kind="error">{confirm.error.message}</Alert>}
      {plan.history.length > 0 && (
        <details className="plan-history">
          <summary>{t('record.ui.plan.history', { n: plan.history.length })}</summary>
          <ol>
            {plan.history.map((h) => (
              <li key={`${h.revision}:${h.party}:${h.confirmedAt}`}>
                {t('record.ui.plan.historyRow', {
                  n: h.revision,
                  party: t(`record.ui.plan.party.${h.party}`),
                  at: formatDateTime(h.confirmedAt, locale),
                })}
                <ul>
                  {h.items.map((i) => (
                    <li key={i.id}>
                      {i.what}({t(`record.owner.${i.owner}`)}
                      {i.dueOn ? ` · ${formatDate(i.dueOn, locale)}` : ''})
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
