import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { draftKey } from '../components/draft';
import { Alert, Button, DraftNotice, Form, fieldErrors, TextField, FormActions } from '../components/forms';
import { useDraft } from '../components/useDraft';
import { formatName } from '../../domain/shared/format';
import type { EmployeeDetail } from '../types';
import { companyToday } from '../../domain/shared/calendar';

const GRANTABLE = ['hr', 'admin'] as const;

/** 「退職にする」 behind a confirmation dialog; 「在籍に戻す」 for a retired person. */
export function RetireControls({ employee, onDone }: { employee: EmployeeDetail; onDone: (msg: string) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [retiredOn, setRetiredOn] = useState(companyToday());
  const refresh = (updated: EmployeeDetail | undefined) => {
    if (updated?.id) qc.setQueryData(['employee', employee.id], updated);
    void qc.invalidateQueries({ queryKey: ['employee', employee.id] });
    void qc.invalidateQueries({ queryKey: ['employees'] });
    void qc.invalidateQueries({ queryKey: ['departments'] });
  };
  const retire = useMutation({
    mutationFn: () => api<EmployeeDetail>(`/employees/${employee.id}/retire`, { method: 'POST', body: retiredOn ? { retiredOn } : {} }),
    onSuccess: (updated) => {
      setOpen(false);
      refresh(updated);
      onDone(t('ui.employee.retired'));
    },
  });
  const reinstate = useMutation({
    mutationFn: () => api<EmployeeDetail>(`/employees/${employee.id}/reinstate`, { method: 'POST' }),
    onSuccess: (updated) => {
      refresh(updated);
      onDone(t('ui.employee.reinstated'));
    },
  });

  return (
    <section className="card card--quiet" aria-labelledby="status-title">
      <h2 id="status-title">{t('ui.employee.statusTitle')}</h2>
      {reinstate.error && <Alert kind="error">{reinstate.error.message}</Alert>}
      {employee.status === 'active' ? (
        <Button variant="danger" onClick={() => setOpen(true)}>
          {t('ui.employee.retire')}
        </Button>
      ) : (
        <Button onClick={() => reinstate.mutate()} busy={reinstate.isPending}>
          {t('ui.employee.reinstate')}
        </Button>
      )}
      <ConfirmDialog
        open={open}
        danger
        busy={retire.isPending}
        title={t('ui.employee.retireTitle', { name: formatName(employee) })}
        confirmLabel={t('ui.employee.retire')}
        onConfirm={() => retire.mutate()}
        onCancel={() => {
          setOpen(false);
          retire.reset();
        }}
      >
        <p>{t('ui.employee.retireBody')}</p>
        {retire.error && <Alert kind="error">{retire.error.message}</Alert>}
        <TextField
          label={t('ui.employee.fields.retiredOn')}
          type="date"
          value={retiredOn}
          onChange={setRetiredOn}
          error={fieldErrors(retire.error).retiredOn}
        />
      </ConfirmDialog>
    </section>
  );
}

/** Admin: 人事 / 管理者 checkboxes. */
export function RolesForm({ employee, onSaved }: { employee: EmployeeDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const current = (employee.roles ?? []).filter((r) => (GRANTABLE as readonly string[]).includes(r)).sort();
  const form = useDraft(draftKey('employee-roles', employee.id), { roles: current });
  const save = useMutation({
    mutationFn: () => api(`/employees/${employee.id}/roles`, { method: 'PUT', body: { roles: [...form.values.roles].sort() } }),
    onSuccess: () => {
      form.saved({ roles: [...form.values.roles].sort() });
      void qc.invalidateQueries({ queryKey: ['employee', employee.id] });
      void qc.invalidateQueries({ queryKey: ['me'] });
      onSaved();
    },
  });
  const toggle = (role: 'hr' | 'admin', on: boolean) => {
    const set = new Set(form.values.roles);
    if (on) set.add(role);
    else set.delete(role);
    form.set('roles', [...set].sort());
  };

  return (
    <Form className="card card--quiet" onSubmit={() => save.mutate()} busy={save.isPending}>
      <fieldset className="checks">
        <legend>{t('ui.employee.rolesTitle')}</legend>
        <DraftNotice restored={form.restored} onDiscard={form.discard} />
        {save.error && <Alert kind="error">{save.error.message}</Alert>}
        {GRANTABLE.map((r) => (
          <label key={r} className="check">
            <input type="checkbox" checked={form.values.roles.includes(r)} onChange={(e) => toggle(r, e.target.checked)} />
            {t(`ui.roles.${r}`)}
          </label>
        ))}
        <p className="hint">{t('ui.employee.rolesHint')}</p>
      </fieldset>
      <FormActions busy={save.isPending} disabled={!form.dirty} label={t('ui.employee.rolesSave')} />
    </Form>
  );
}
