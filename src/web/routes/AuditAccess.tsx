import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { Schemas } from '../api-contract';
import { Alert } from '../components/forms';

type Access = Schemas['AuditAccess'];

/** The admin's switch: may HR staff read the audit log too? Off by default (decision 0013). */
export function AuditAccessSetting() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['audit-access'], queryFn: () => api<Access>('/admin/audit-access') });
  const save = useMutation({
    mutationFn: (hrRead: boolean) => api<Access>('/admin/audit-access', { method: 'PUT', body: { hrRead } }),
    onSuccess: (data) => qc.setQueryData(['audit-access'], data),
  });
  if (!q.data) return null;
  return (
    <section className="card card--quiet" aria-labelledby="audit-access-title">
      <h2 id="audit-access-title">{t('audit.access.title')}</h2>
      <label className="check">
        <input
          type="checkbox"
          // While saving, the box shows what was asked for rather than jumping back.
          checked={save.isPending ? save.variables : q.data.hrRead}
          disabled={save.isPending}
          onChange={(e) => save.mutate(e.target.checked)}
        />
        {t('audit.access.hrRead')}
      </label>
      <p className="hint">{t('audit.access.hint')}</p>
      {save.isSuccess && <Alert kind="success">{t(save.data.hrRead ? 'audit.access.savedOn' : 'audit.access.savedOff')}</Alert>}
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
    </section>
  );
}
