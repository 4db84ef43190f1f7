import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX } from '../../../domain/rights/schemas';
import { formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button, fieldErrors, TextField } from '../../components/forms';
import type { EmployeeDetail } from '../../types';
import { downloadFrom } from './download';

type Props = { employee: EmployeeDetail; onDone: (msg: string) => void };

/** HR: 「開示用に書き出す」 — the person's whole file as JSON, after the formal request's reason is given. */
function ExportButton({ employee, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const run = useMutation({
    mutationFn: () => downloadFrom(`/employees/${employee.id}/data-export`, { method: 'POST', body: { reason } }),
    onSuccess: () => {
      setOpen(false);
      setReason('');
      onDone(t('rights.person.exported'));
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('rights.person.export')}</Button>
      <ConfirmDialog
        open={open}
        busy={run.isPending}
        title={t('rights.person.exportTitle', { name: formatName(employee) })}
        confirmLabel={t('rights.person.exportConfirm')}
        onConfirm={() => run.mutate()}
        onCancel={() => {
          setOpen(false);
          run.reset();
        }}
      >
        <p>{t('rights.person.exportBody')}</p>
        {run.error && <Alert kind="error">{run.error.message}</Alert>}
        <TextField
          label={t('rights.person.reason')}
          hint={t('rights.person.reasonHint')}
          required
          maxLength={REASON_MAX}
          value={reason}
          onChange={setReason}
          error={fieldErrors(run.error).reason}
        />
      </ConfirmDialog>
    </>
  );
}

/**
 * HR/admin, a retired person: 「今すぐ削除」 behind a dialog that asks for the employee number typed again. The button
 * says delete, so it erases whatever the company's retention mode (anonymising is the scheduled run's choice).
 */
function EraseButton({ employee, onDone }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const run = useMutation({
    mutationFn: () =>
      api<Schemas['ErasureDone']>(`/employees/${employee.id}/erase`, {
        method: 'POST',
        body: { confirmEmployeeNumber: typed, mode: 'erase' },
      }),
    onSuccess: (done) => {
      setOpen(false);
      void qc.invalidateQueries({ queryKey: ['employees'] });
      onDone(t(done.mode === 'erase' ? 'rights.person.erased' : 'rights.person.anonymised'));
    },
  });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('rights.person.erase')}
      </Button>
      <ConfirmDialog
        open={open}
        danger
        busy={run.isPending}
        title={t('rights.person.eraseTitle', { name: formatName(employee) })}
        confirmLabel={t('rights.person.eraseConfirm')}
        onConfirm={() => run.mutate()}
        onCancel={() => {
          setOpen(false);
          setTyped('');
          run.reset();
        }}
      >
        <p>{t('rights.person.eraseBody')}</p>
        {run.error && <Alert kind="error">{run.error.message}</Alert>}
        <TextField
          label={t('rights.person.confirmLabel', { number: employee.employeeNumber })}
          autoComplete="off"
          required
          value={typed}
          onChange={setTyped}
          error={fieldErrors(run.error).confirmEmployeeNumber}
        />
      </ConfirmDialog>
    </>
  );
}

/** The person's data rights on their page (decision 0022): export on request, and erasure once retired. */
export function PersonDataControls({
  employee,
  onExported,
  onRemoved,
}: {
  employee: EmployeeDetail;
  onExported: (msg: string) => void;
  onRemoved: (msg: string) => void;
}) {
  const { t } = useTranslation();
  if (!employee.can.exportFile && !employee.can.erase) return null;
  return (
    <section className="card card--quiet" aria-labelledby="rights-title">
      <h2 id="rights-title">{t('rights.person.title')}</h2>
      <div className="actions actions--inline">
        {employee.can.exportFile && <ExportButton employee={employee} onDone={onExported} />}
        {employee.can.erase && <EraseButton employee={employee} onDone={onRemoved} />}
      </div>
    </section>
  );
}
