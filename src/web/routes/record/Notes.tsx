import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button, TextAreaField } from '../../components/forms';
import { useDraft } from '../../components/useDraft';
import { currentLocale } from '../../i18n';
import { VisibilityBadge } from './parts';
import type { Note, Visibility } from './types';

const VISIBILITIES: Visibility[] = ['shared', 'hr_manager', 'private'];

function VisibilityChoice({ value, onChange, name }: { value: Visibility; onChange: (v: Visibility) => void; name: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choices">
      <legend>{t('record.ui.notes.visibility')}</legend>
      {VISIBILITIES.map((v) => (
        <label key={v} className="check check--block">
          <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} />
          <span>
            <strong>{t(`record.visibility.${v}`)}</strong>
            <span className="hint"> — {t(`record.visibilityHelp.${v}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Notes of the interview, each with its visibility; the composer keeps its draft until it is saved. */
export function NotesPanel({ interviewId, notes, canWrite }: { interviewId: string; notes: Note[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const draft = useDraft(`note:${interviewId}`, { body: '', visibility: 'shared' as string });
  const clear = () => draft.saved({ body: '', visibility: draft.values.visibility });
  const refresh = () => qc.invalidateQueries({ queryKey: ['record', interviewId] });
  const add = useMutation({
    mutationFn: () =>
      api(`/interviews/${interviewId}/notes`, { method: 'POST', body: { body: draft.values.body, visibility: draft.values.visibility } }),
    onSuccess: async () => {
      clear();
      await refresh();
    },
  });
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('record.ui.notes.title')}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t('record.ui.notes.empty')}</p>
      ) : (
        <ul className="notes">
          {notes.map((n) => (
            <NoteRow key={n.id} note={n} onChanged={refresh} />
          ))}
        </ul>
      )}
      {canWrite && (
        <div className="note-composer">
          <TextAreaField
            label={t('record.ui.notes.new')}
            value={draft.values.body}
            maxLength={4000}
            rows={4}
            onChange={(body) => draft.set('body', body)}
          />
          <VisibilityChoice
            name={`vis-${interviewId}`}
            value={draft.values.visibility as Visibility}
            onChange={(visibility) => draft.set('visibility', visibility)}
          />
          {add.error && <Alert kind="error">{add.error.message}</Alert>}
          <Button variant="primary" busy={add.isPending} disabled={!draft.values.body.trim()} onClick={() => add.mutate()}>
            {t('record.ui.notes.add')}
          </Button>
        </div>
      )}
    </section>
  );
}

function NoteRow({ note, onChanged }: { note: Note; onChanged: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const [visibility, setVisibility] = useState(note.visibility);
  const [confirm, setConfirm] = useState(false);
  const save = useMutation({
    mutationFn: () => api(`/notes/${note.id}`, { method: 'PATCH', body: { version: note.version, body, visibility } }),
    onSuccess: async () => {
      setEditing(false);
      await onChanged();
    },
  });
  const remove = useMutation({
    mutationFn: () => api(`/notes/${note.id}?version=${note.version}`, { method: 'DELETE' }),
    onSuccess: onChanged,
    onSettled: () => setConfirm(false),
  });
  return (
    <li className={`note note--${note.visibility}`}>
      <p className="note__meta">
        <VisibilityBadge v={note.visibility} />{' '}
        <span className="muted">
          {formatName(note.author)} · {formatDateTime(note.updatedAt, locale)}
        </span>
      </p>
      {editing ? (
        <>
          <TextAreaField label={t('record.ui.notes.edit')} value={body} maxLength={4000} onChange={setBody} />
          <VisibilityChoice name={`vis-${note.id}`} value={visibility} onChange={setVisibility} />
          {/* A 409 keeps the text in the box: the person copies it before reloading. */}
          {save.error && <Alert kind="error">{save.error.message}</Alert>}
          <div className="actions actions--inline">
            <Button variant="primary" busy={save.isPending} disabled={!body.trim()} onClick={() => save.mutate()}>
              {t('ui.common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('ui.common.cancel')}</Button>
          </div>
        </>
      ) : (
        <p className="pre-line">{note.body}</p>
      )}
      {note.mine && !editing && (
        <div className="actions actions--inline">
          <Button className="btn--link" onClick={() => setEditing(true)}>
            {t('record.ui.notes.editButton')}
          </Button>
          <Button className="btn--link" onClick={() => setConfirm(true)}>
            {t('record.ui.notes.delete')}
          </Button>
        </div>
      )}
      {remove.error && <Alert kind="error">{remove.error.message}</Alert>}
      <ConfirmDialog
        open={confirm}
        danger
        title={t('record.ui.notes.deleteTitle')}
        confirmLabel={t('record.ui.notes.delete')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('record.ui.notes.deleteBody')}</p>
      </ConfirmDialog>
    </li>
  );
}
