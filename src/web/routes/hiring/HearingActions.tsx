import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button } from '../../components/forms';
import type { Detail } from './HearingDetail';

/** HR's follow-up of a hearing: remind those who have not submitted (mail + notice, via the job queue), or delete it. */
export function HearingActions({ h }: { h: Detail }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState(false);
  const pending = h.requests.filter((r) => r.status !== 'submitted').length;
  const remind = useMutation({
    mutationFn: () => api<Schemas['HearingReminded']>(`/hiring/hearings/${h.id}/remind`, { method: 'POST' }),
  });
  const remove = useMutation({
    mutationFn: () => api<void>(`/hiring/hearings/${h.id}`, { method: 'DELETE' }),
    onSuccess: async () => {
      qc.removeQueries({ queryKey: ['hearing', h.id] });
      await qc.invalidateQueries({ queryKey: ['hearings'] });
      navigate('/hiring', { state: { deleted: h.role.name } });
    },
    onSettled: () => setConfirm(false),
  });
  return (
    <>
      <div className="actions actions--inline">
        {pending > 0 && (
          <Button onClick={() => remind.mutate()} busy={remind.isPending}>
            {t('hiring.ui.actions.remind', { count: pending })}
          </Button>
        )}
        <Button variant="danger" onClick={() => setConfirm(true)}>
          {t('hiring.ui.actions.delete')}
        </Button>
      </div>
      {remind.isSuccess && <Alert kind="success">{t('hiring.ui.actions.reminded', { count: remind.data.managers })}</Alert>}
      {remind.error && <Alert kind="error">{remind.error.message}</Alert>}
      {remove.error && <Alert kind="error">{remove.error.message}</Alert>}
      <ConfirmDialog
        open={confirm}
        danger
        title={t('hiring.ui.actions.deleteTitle', { role: h.role.name })}
        confirmLabel={t('hiring.ui.actions.deleteConfirm')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('hiring.ui.actions.deleteBody', { count: h.requests.length })}</p>
      </ConfirmDialog>
    </>
  );
}
