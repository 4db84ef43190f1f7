import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../domain/shared/format';
import { ApiError, api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button } from '../../components/forms';
import { Empty, Loading } from '../../components/status';
import { currentLocale } from '../../i18n';
import { SaveIndicator } from '../prep/FormPanel';
import { AlignmentTable } from './Alignment';
import { FollowUpsPanel, RatingPanel } from './FollowUps';
import { ReflectionAnswer } from '../reflection/ReflectionAnswer';
import { NextMeeting } from './NextMeeting';
import { NotesPanel } from './Notes';
import { ConflictNotice } from './parts';
import { PlanPanel } from './Plan';
import type { RecordView } from './types';
import { type RecordEditor, useRecordEditor } from './useRecordEditor';

export const recordQuery = (id: string) => ({
  queryKey: ['record', id],
  queryFn: () => api<RecordView>(`/interviews/${id}/record`),
  // A background refetch must never replace what is being typed; the editor owns the fields.
  refetchOnWindowFocus: false,
  // Editors start from a copy fetched when the screen opened, never from an older cached one.
  refetchOnMount: 'always' as const,
});

/** 「面談を実施済みにする」, with a confirmation: it opens the shared record to the employee. */
export function MarkHeld({ interviewId }: { interviewId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const held = useMutation({
    mutationFn: (early: boolean) => api(`/interviews/${interviewId}/held${early ? '?early=true' : ''}`, { method: 'POST' }),
    onSuccess: () => {
      setOpen(false);
      return Promise.all([
        qc.invalidateQueries({ queryKey: ['record', interviewId] }),
        qc.invalidateQueries({ queryKey: ['interview', interviewId] }),
      ]);
    },
  });
  // Before the appointment's day the server asks again (company calendar): the dialog stays open and says why.
  const early = held.error instanceof ApiError && held.error.code === 'heldBeforeScheduled';
  const close = () => {
    setOpen(false);
    held.reset();
  };
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t('record.ui.held.button')}
      </Button>
      {held.error && !open && <Alert kind="error">{held.error.message}</Alert>}
      <ConfirmDialog
        open={open}
        danger={early}
        title={t(early ? 'record.ui.held.earlyTitle' : 'record.ui.held.title')}
        confirmLabel={t(early ? 'record.ui.held.earlyConfirm' : 'record.ui.held.confirm')}
        busy={held.isPending}
        onConfirm={() => held.mutate(early)}
        onCancel={close}
      >
        {early ? <Alert kind="error">{held.error?.message}</Alert> : <p>{t('record.ui.held.body')}</p>}
        {held.error && !early && <Alert kind="error">{held.error.message}</Alert>}
      </ConfirmDialog>
    </>
  );
}

/** The record tab of an interview, for the employee (shared part, after the interview) and for staff. */
export function RecordPanel({ interviewId }: { interviewId: string }) {
  const q = useQuery(recordQuery(interviewId));
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data || !q.isFetchedAfterMount) return <Loading />;
  return q.data.can.write ? (
    <EditableRecord interviewId={interviewId} record={q.data} />
  ) : (
    <ReadRecord interviewId={interviewId} record={q.data} />
  );
}

function ReadRecord({ interviewId, record: r }: { interviewId: string; record: RecordView }) {
  const { t } = useTranslation();
  if (!r.shared) return <Empty>{t('record.ui.notYetShared')}</Empty>;
  return (
    <div className="record">
      <RecordHeader interviewId={interviewId} record={r} />
      <AlignmentTable values={r.shared} />
      {r.plan && <PlanPanel interviewId={interviewId} plan={r.plan} can={r.can} />}
      <NextMeeting values={r.shared} />
      <NotesPanel interviewId={interviewId} notes={r.notes} canWrite={r.can.writeNote} />
      <FollowUpsPanel interviewId={interviewId} followUps={r.followUps} items={[]} canAdd={false} />
      {r.can.rate && <RatingPanel interviewId={interviewId} rating={r.rating} />}
      {r.can.rate && <ReflectionAnswer interviewId={interviewId} />}
    </div>
  );
}

function RecordHeader({ interviewId, record: r, editor }: { interviewId: string; record: RecordView; editor?: RecordEditor }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="form-status">
      {r.heldAt ? (
        <span className="badge badge--ok">{t('record.ui.heldAt', { at: formatDateTime(r.heldAt, locale) })}</span>
      ) : (
        <span className="badge">{t('record.ui.notHeld')}</span>
      )}
      {editor && <SaveIndicator state={editor.state} />}
      {r.can.readWorkspace && <Link to={`/interviews/${interviewId}/live`}>{t('record.ui.openLive')}</Link>}
      <Link className="btn btn--link" to={`/interviews/${interviewId}/print/record`}>
        {t('record.ui.print')}
      </Link>
    </div>
  );
}

function EditableRecord({ interviewId, record: r }: { interviewId: string; record: RecordView }) {
  const editor = useRecordEditor(interviewId, r);
  const v = editor.values;
  return (
    <div className="record" {...editor.compositionProps}>
      <RecordHeader interviewId={interviewId} record={r} editor={editor} />
      <ConflictNotice editor={editor} />
      {r.can.markHeld && <MarkHeld interviewId={interviewId} />}
      <AlignmentTable values={v} onChange={(k, val) => editor.set(k, val)} />
      {r.plan && <PlanPanel interviewId={interviewId} plan={r.plan} can={r.can} />}
      <NextMeeting values={v} onChange={(k, val) => editor.set(k, val as never)} />
      <NotesPanel interviewId={interviewId} notes={r.notes} canWrite={r.can.writeNote} />
      <FollowUpsPanel
        interviewId={interviewId}
        followUps={r.followUps}
        items={[...(r.plan?.items ?? []), ...(r.plan?.carried ?? [])]}
        canAdd={r.can.followUp}
      />
    </div>
  );
}
