import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatDateTime, formatName } from '../../../domain/shared/format';
import { ApiError, api } from '../../api';
import type { Schemas } from '../../api-contract';
import type { Answers } from '../../components/autosave';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormFiller } from '../../components/FormFiller';
import { Alert, Button, TextField } from '../../components/forms';
import { ManagerPicker } from '../../components/ManagerPicker';
import { Loading, NotFound, PageHeader, usePageTitle } from '../../components/status';
import { useAutosave } from '../../components/useAutosave';
import { currentLocale } from '../../i18n';
import { SaveIndicator } from '../prep/FormPanel';
import { performerLabel } from './performer';

type Sheet = Schemas['HearingSheet'];

/** A field manager's hearing sheet: the same form, autosave and submit as the career sheet (FormFiller, useAutosave). */
export function HearingSheetPage() {
  const { t } = useTranslation();
  usePageTitle(t('hiring.ui.sheet.title'));
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['hearing-sheet', id],
    queryFn: () => api<Sheet>(`/me/hearings/${id}`),
    // A background refetch must never replace what the person is typing.
    refetchOnWindowFocus: false,
  });
  if (q.error instanceof ApiError && q.error.status === 404) return <NotFound />;
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  return <SheetEditor key={q.data.status} sheet={q.data} />;
}

function SheetEditor({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const qc = useQueryClient();
  const [confirm, setConfirm] = useState(false);
  const editable = sheet.can.edit;
  const auto = useAutosave({
    scope: `hearing:${sheet.id}`,
    initial: sheet.answers,
    enabled: editable,
    save: async (changed: Answers) => {
      await api<Schemas['AnswersSaved']>(`/me/hearings/${sheet.id}/answers`, { method: 'PUT', body: { answers: changed } });
    },
  });
  const submit = useMutation({
    mutationFn: async () => {
      await auto.flush();
      if (auto.hasPending()) throw new ApiError(0, 'network', t('prep.ui.notSavedYet'));
      return api<Sheet>(`/me/hearings/${sheet.id}/submit`, { method: 'POST' });
    },
    onSuccess: (next) => {
      qc.setQueryData(['hearing-sheet', sheet.id], next);
      void qc.invalidateQueries({ queryKey: ['me', 'todo'] });
    },
    onSettled: () => setConfirm(false),
  });
  const errors = submit.error instanceof ApiError ? submit.error.fields : {};
  const performer = <PerformerField sheet={sheet} editable={editable} error={errors.performerId} onSaved={() => submit.reset()} />;
  return (
    <div {...auto.compositionProps}>
      <PageHeader title={t('hiring.ui.sheet.title')} />
      <section className="card">
        <p>{t('hiring.ui.sheet.lead', { role: sheet.role.name })}</p>
        {sheet.dueOn && <p className="muted">{t('hiring.ui.sheet.due', { date: formatDate(sheet.dueOn, locale) })}</p>}
        {sheet.message && (
          <blockquote className="quote">
            <strong>{t('hiring.ui.sheet.from')}</strong>
            <p className="pre-wrap">{sheet.message}</p>
          </blockquote>
        )}
        <p className="hint">{t('hiring.ui.sheet.confidential')}</p>
      </section>
      <div className="form-status">
        {sheet.status === 'submitted' ? (
          <span className="badge badge--ok">{t('hiring.ui.detail.states.submitted')}</span>
        ) : (
          <span className="badge badge--todo">{t('hiring.ui.detail.states.draft')}</span>
        )}
        {sheet.submittedAt && <span className="muted">{t('prep.ui.submittedAt', { at: formatDateTime(sheet.submittedAt, locale) })}</span>}
        {editable && <SaveIndicator state={auto.state} />}
      </div>
      {auto.restoredCount > 0 && <Alert kind="info">{t('prep.ui.restored')}</Alert>}
      {editable && <p className="hint">{t('prep.ui.autosaveHint')}</p>}
      {sheet.status === 'submitted' && <Alert kind="success">{t('hiring.ui.sheet.submitted')}</Alert>}
      {/* HR may have edited the sheet without its 対象の社員 section: the pick comes first then. */}
      {!sheet.definition.sections.some((s) => s.id === PERFORMER_SECTION) && <section className="card form-section">{performer}</section>}
      <FormFiller
        definition={sheet.definition}
        values={editable ? auto.values : sheet.answers}
        onChange={auto.change}
        readOnly={!editable}
        errors={errors}
        sectionTop={{ [PERFORMER_SECTION]: performer }}
      />
      {submit.error && <Alert kind="error">{submit.error.message}</Alert>}
      {editable && (
        <div className="actions">
          <Button variant="primary" onClick={() => setConfirm(true)}>
            {t('hiring.ui.sheet.submit')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirm}
        title={t('hiring.ui.sheet.submitConfirmTitle')}
        confirmLabel={t('prep.ui.submitConfirm')}
        busy={submit.isPending}
        onConfirm={() => submit.mutate()}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('hiring.ui.sheet.submitConfirmBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

/** The section of the default sheet the picked person belongs to (a sheet without it shows the picker first). */
const PERFORMER_SECTION = 'performer';

type Ref = NonNullable<Sheet['performer']>;

/**
 * The high performer is picked among the people the manager may name (name and department only), never typed:
 * saved at once, so an erasure of that person finds the link (decision 0026).
 */
function PerformerField({ sheet, editable, error, onSaved }: { sheet: Sheet; editable: boolean; error?: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [picked, setPicked] = useState<Ref | null>(sheet.performer);
  const save = useMutation({
    mutationFn: (performerId: string | null) =>
      api<Schemas['PerformerSaved']>(`/me/hearings/${sheet.id}/performer`, { method: 'PUT', body: { performerId } }),
    onSuccess: (r) => {
      setPicked(r.performer);
      qc.setQueryData<Sheet>(['hearing-sheet', sheet.id], (old) => (old ? { ...old, performer: r.performer } : old));
      onSaved();
    },
  });
  if (!editable)
    return (
      <TextField
        label={t('hiring.ui.sheet.performer')}
        value={performerLabel(t, picked) || t('hiring.ui.sheet.performerNone')}
        onChange={() => {}}
        readOnly
      />
    );
  const saveError = save.error instanceof ApiError ? (save.error.fields.performerId ?? save.error.message) : undefined;
  return (
    <ManagerPicker
      id={picked?.id ?? ''}
      label={performerLabel(t, picked)}
      legend={
        <>
          {t('hiring.ui.sheet.performer')}
          <span className="req">{t('ui.common.required')}</span>
        </>
      }
      emptyLabel={t('hiring.ui.sheet.performerNone')}
      changeLabel={picked ? t('hiring.ui.sheet.performerChange') : t('hiring.ui.sheet.performerPick')}
      clearLabel={t('hiring.ui.sheet.performerClear')}
      searchLabel={t('hiring.ui.sheet.performerSearch')}
      error={saveError ?? error}
      listAll
      search={{
        key: `hearing-people:${sheet.id}`,
        find: async (q) => {
          const r = await api<Schemas['PerformerPicks']>(`/me/hearings/${sheet.id}/people${q ? `?q=${encodeURIComponent(q)}` : ''}`);
          return r.items.map((p) => ({ id: p.id, name: formatName(p), detail: p.department ?? '' }));
        },
      }}
      onChange={(id) => save.mutate(id || null)}
    />
  );
}
