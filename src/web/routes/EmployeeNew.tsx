import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api';
import { draftKey } from '../components/draft';
import { Alert, DraftNotice, Form, fieldErrors, FormActions } from '../components/forms';
import { NotFound, PageHeader } from '../components/status';
import { useDraft } from '../components/useDraft';
import { useMe } from '../session';
import type { EmployeeDetail } from '../types';
import { EmployeeFields, emptyEmployee, toBody } from './EmployeeForm';

/** /employees/new (HR). */
export function EmployeeNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useDraft(draftKey('employee-new'), emptyEmployee);
  const create = useMutation({
    mutationFn: () => api<EmployeeDetail>('/employees', { method: 'POST', body: toBody(form.values) }),
    onSuccess: (created) => {
      form.saved(emptyEmployee);
      void qc.invalidateQueries({ queryKey: ['employees'] });
      void qc.invalidateQueries({ queryKey: ['departments'] });
      navigate(`/employees/${created.id}`, { state: { flash: 'created' } });
    },
  });
  if (!me.can.manageDirectory) return <NotFound />;

  return (
    <section className="page">
      <PageHeader title={t('ui.employee.newTitle')} />
      <Form className="card" onSubmit={() => create.mutate()} busy={create.isPending} error={create.error}>
        <DraftNotice restored={form.restored} onDiscard={form.discard} />
        {create.error && <Alert kind="error">{create.error.message}</Alert>}
        <EmployeeFields form={form} errors={fieldErrors(create.error)} />
        <FormActions busy={create.isPending} label={t('ui.employee.create')}>
          <Link className="btn btn--secondary" to="/directory">
            {t('ui.common.cancel')}
          </Link>
        </FormActions>
      </Form>
    </section>
  );
}
