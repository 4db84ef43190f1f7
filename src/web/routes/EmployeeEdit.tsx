import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api';
import { draftKey } from '../components/draft';
import { Alert, Button, DraftNotice, Form, fieldErrors, FormActions } from '../components/forms';
import { useDraft } from '../components/useDraft';
import type { EmployeeDetail } from '../types';
import { EmployeeFields, toBody, valuesFrom } from './EmployeeForm';

type Props = { employee: EmployeeDetail; onDone: (saved: boolean) => void };

/**
 * The edit form. It sends the version it was based on; when someone else saved first (409) the
 * person can load the latest version while everything they typed stays in the form.
 */
export function EmployeeEdit({ employee, onDone }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useDraft(draftKey('employee-edit', employee.id), valuesFrom(employee));
  // The version the typed changes are based on; it only moves when the person reloads on purpose.
  const [version, setVersion] = useState(employee.version);
  const [reloaded, setReloaded] = useState(false);

  const save = useMutation({
    mutationFn: () => api<EmployeeDetail>(`/employees/${employee.id}`, { method: 'PATCH', body: { ...toBody(form.values), version } }),
    onSuccess: (updated) => {
      form.saved(valuesFrom(updated));
      qc.setQueryData(['employee', employee.id], updated);
      void qc.invalidateQueries({ queryKey: ['employees'] });
      void qc.invalidateQueries({ queryKey: ['departments'] });
      onDone(true);
    },
  });

  const reload = useMutation({
    mutationFn: () => api<EmployeeDetail>(`/employees/${employee.id}`),
    onSuccess: (latest) => {
      setVersion(latest.version);
      form.rebase(valuesFrom(latest));
      qc.setQueryData(['employee', employee.id], latest);
      save.reset();
      setReloaded(true);
    },
  });

  const conflict = save.error instanceof ApiError && save.error.status === 409;

  return (
    <Form className="card" onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-labelledby="edit-title">
      <h2 id="edit-title">{t('ui.employee.editTitle')}</h2>
      <DraftNotice restored={form.restored} onDiscard={form.discard} />
      {conflict ? (
        <Alert kind="error">
          <p>{t('ui.employee.conflict')}</p>
          <Button onClick={() => reload.mutate()} busy={reload.isPending}>
            {t('ui.employee.conflictReload')}
          </Button>
        </Alert>
      ) : (
        save.error && <Alert kind="error">{save.error.message}</Alert>
      )}
      {reload.error && <Alert kind="error">{reload.error.message}</Alert>}
      {reloaded && <Alert kind="info">{t('ui.employee.conflictReloaded')}</Alert>}
      <EmployeeFields form={form} errors={fieldErrors(save.error)} selfId={employee.id} />
      <FormActions busy={save.isPending}>
        <Button
          onClick={() => {
            form.discard();
            onDone(false);
          }}
        >
          {t('ui.common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}
