import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { Schemas } from '../api-contract';
import { Alert, Form, fieldErrors, TextField, FormActions } from '../components/forms';
import { Loading } from '../components/status';

type SchedulingSettings = Schemas['SchedulingSettings'];

/** HR: the working day the scheduling guidance warns about (朝一番 and hours outside it). */
export function SchedulingSettingsForm() {
  const q = useQuery({ queryKey: ['settings', 'scheduling'], queryFn: () => api<SchedulingSettings>('/settings/scheduling') });
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  return <Editor initial={q.data} key={JSON.stringify(q.data)} />;
}

function Editor({ initial }: { initial: SchedulingSettings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [v, setV] = useState({
    workdayStart: initial.workdayStart,
    busyMinutes: String(initial.busyMinutes),
    workdayEnd: initial.workdayEnd,
  });
  const save = useMutation({
    mutationFn: () =>
      api<SchedulingSettings>('/settings/scheduling', { method: 'PUT', body: { ...v, busyMinutes: Number(v.busyMinutes) } }),
    onSuccess: (next) => qc.setQueryData(['settings', 'scheduling'], next),
  });
  const errors = fieldErrors(save.error);
  return (
    <section className="card" aria-labelledby="sched-title">
      <h2 id="sched-title">{t('schedule.settings.title')}</h2>
      <p className="hint">{t('schedule.settings.lead')}</p>
      <Form onSubmit={() => save.mutate()} busy={save.isPending} error={save.error}>
        {save.isSuccess && <Alert kind="success">{t('ui.common.saved')}</Alert>}
        {save.error && <Alert kind="error">{save.error.message}</Alert>}
        <div className="form-grid">
          <TextField
            label={t('schedule.settings.workdayStart')}
            type="time"
            value={v.workdayStart}
            error={errors.workdayStart}
            onChange={(workdayStart) => setV({ ...v, workdayStart })}
          />
          <TextField
            label={t('schedule.settings.workdayEnd')}
            type="time"
            value={v.workdayEnd}
            error={errors.workdayEnd}
            onChange={(workdayEnd) => setV({ ...v, workdayEnd })}
          />
          <TextField
            label={t('schedule.settings.busyMinutes')}
            type="number"
            min={0}
            max={240}
            value={v.busyMinutes}
            error={errors.busyMinutes}
            onChange={(busyMinutes) => setV({ ...v, busyMinutes })}
          />
        </div>
        <FormActions busy={save.isPending} />
      </Form>
    </section>
  );
}
