import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POSITION_KINDS, POSITION_LIMITS, TRACKS } from '../../../domain/placement/schemas';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert, Button, DraftNotice, Form, FormActions, fieldErrors, SelectField, TextAreaField, TextField } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { Empty, Loading } from '../../components/status';
import { useDraft } from '../../components/useDraft';
import { useDepartments } from '../../queries';
import { CareerRoleField } from './CareerRole';
import { optionsOf, useLabels } from './labels';
import { useDeptName } from './parts';
import type { Position, PositionPage } from './types';

/** 「TypeScript、設計, PostgreSQL」 → the names, in order, blanks dropped. */
export const splitSkills = (s: string) =>
  s
    .split(/[,、，\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

const blank = { kind: 'position', title: '', departmentId: '', track: 'undecided', careerRoleCode: '', skills: '', description: '' };

function PositionForm({ position, onDone, onCancel }: { position?: Position; onDone: (m: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const depts = useDepartments();
  const initial = position
    ? {
        kind: position.kind,
        title: position.title,
        departmentId: position.department?.id ?? '',
        track: position.track,
        careerRoleCode: position.careerRoleCode ?? '',
        skills: position.requiredSkills.join('、'),
        description: position.description,
      }
    : blank;
  const draft = useDraft(position ? `position:${position.id}` : 'position:new', initial);
  const v = draft.values;
  const save = useMutation({
    mutationFn: () => {
      const body = {
        kind: v.kind,
        title: v.title,
        departmentId: v.departmentId || null,
        track: v.track,
        careerRoleCode: v.careerRoleCode || null,
        requiredSkills: splitSkills(v.skills),
        description: v.description,
      };
      return position
        ? api<Position>(`/positions/${position.id}`, { method: 'PATCH', body: { ...body, version: position.version } })
        : api<Position>('/positions', { method: 'POST', body });
    },
    onSuccess: async () => {
      draft.saved(blank);
      await qc.invalidateQueries({ queryKey: ['positions'] });
      onDone(t(position ? 'placement.ui.positions.saved' : 'placement.ui.positions.created'));
    },
  });
  const errs = fieldErrors(save.error);
  const skillsError = Object.entries(errs).find(([k]) => k.startsWith('requiredSkills'))?.[1];
  const l = useLabels();
  return (
    <Form
      onSubmit={() => save.mutate()}
      busy={save.isPending}
      error={save.error}
      className="inline-form"
      aria-label={position ? t('placement.ui.positions.editTitle', { title: position.title }) : t('placement.ui.positions.newTitle')}
    >
      <h3>{position ? t('placement.ui.positions.editTitle', { title: position.title }) : t('placement.ui.positions.newTitle')}</h3>
      <DraftNotice restored={draft.restored} onDiscard={draft.discard} />
      <div className="form-grid">
        <TextField
          label={t('placement.ui.positions.name')}
          required
          maxLength={POSITION_LIMITS.title}
          error={errs.title}
          {...draft.bind('title')}
        />
        <SelectField
          label={t('placement.ui.positions.kind')}
          error={errs.kind}
          options={optionsOf(POSITION_KINDS, l.positionKind)}
          {...draft.bind('kind')}
        />
        <SelectField
          label={t('placement.ui.positions.department')}
          error={errs.departmentId}
          options={[{ value: '', label: t('placement.ui.common.anyDepartment') }, ...depts.options]}
          {...draft.bind('departmentId')}
        />
        <SelectField
          label={t('placement.ui.positions.track')}
          error={errs.track}
          options={optionsOf(TRACKS, l.track)}
          {...draft.bind('track')}
        />
      </div>
      <CareerRoleField value={v.careerRoleCode ?? ''} error={errs.careerRoleCode} onChange={(x) => draft.set('careerRoleCode', x)} />
      <TextField
        label={t('placement.ui.positions.skills')}
        hint={t('placement.ui.positions.skillsHint')}
        error={skillsError}
        {...draft.bind('skills')}
      />
      <TextAreaField
        label={t('placement.ui.positions.description')}
        maxLength={POSITION_LIMITS.description}
        rows={3}
        error={errs.description}
        value={v.description}
        onChange={(x) => draft.set('description', x)}
      />
      {save.error && <Alert kind="error">{save.error.message}</Alert>}
      <FormActions busy={save.isPending}>
        <Button
          onClick={() => {
            draft.discard();
            onCancel();
          }}
        >
          {t('ui.common.cancel')}
        </Button>
      </FormActions>
    </Form>
  );
}

function PositionRow({
  position,
  onCandidates,
  onDone,
}: {
  position: Position;
  onCandidates: (id: string) => void;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const dept = useDeptName();
  const l = useLabels();
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const closing = position.status === 'open';
  const toggle = useMutation({
    mutationFn: () =>
      api<Position>(`/positions/${position.id}`, {
        method: 'PATCH',
        body: { version: position.version, status: closing ? 'closed' : 'open' },
      }),
    onSuccess: () => onDone(t('placement.ui.positions.saved')),
    onSettled: async () => {
      setConfirm(false);
      await qc.invalidateQueries({ queryKey: ['positions'] });
    },
  });
  const titleId = `position-${position.id}`;
  return (
    <li className="row-card" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {position.title} <span className={`badge ${closing ? 'badge--ok' : 'badge--retired'}`}>{l.positionStatus[position.status]}</span>
      </h3>
      <p className="muted">
        {l.positionKind[position.kind]} · {position.department ? dept(position.department) : t('placement.ui.common.anyDepartment')} ·{' '}
        {l.track[position.track]}
      </p>
      <p>
        {t('placement.ui.positions.skills')}:{' '}
        {position.requiredSkills.length
          ? position.requiredSkills.join(t('placement.reasons.separator'))
          : t('placement.ui.positions.noSkills')}
      </p>
      {position.description && <p className="pre-line">{position.description}</p>}
      {toggle.error && <Alert kind="error">{toggle.error.message}</Alert>}
      {editing ? (
        <PositionForm
          position={position}
          onCancel={() => setEditing(false)}
          onDone={(m) => {
            setEditing(false);
            onDone(m);
          }}
        />
      ) : (
        <div className="actions actions--inline">
          <Button variant="primary" onClick={() => onCandidates(position.id)}>
            {t('placement.ui.positions.candidates')}
          </Button>
          <Button onClick={() => setEditing(true)}>{t('placement.ui.positions.edit')}</Button>
          <Button
            variant={closing ? 'danger' : 'secondary'}
            busy={toggle.isPending && !closing}
            onClick={() => (closing ? setConfirm(true) : toggle.mutate())}
          >
            {closing ? t('placement.ui.positions.close') : t('placement.ui.positions.reopen')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirm}
        danger
        title={t('placement.ui.positions.closeTitle', { title: position.title })}
        confirmLabel={t('placement.ui.positions.close')}
        busy={toggle.isPending}
        onConfirm={() => toggle.mutate()}
        onCancel={() => setConfirm(false)}
      >
        <p>{t('placement.ui.positions.closeBody')}</p>
      </ConfirmDialog>
    </li>
  );
}

/** HR's open positions and projects: add, edit, close or reopen, and a way to their candidates. */
export function Positions({ onCandidates }: { onCandidates: (id: string) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('open');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState('');
  const q = useQuery({
    queryKey: ['positions', status, page],
    queryFn: () => api<PositionPage>(`/positions?status=${status}&page=${page}`),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="card" aria-labelledby="positions-title">
      <h2 id="positions-title">{t('placement.ui.positions.title')}</h2>
      {done && <Alert kind="success">{done}</Alert>}
      <div className="filters filters--narrow">
        <SelectField
          label={t('placement.ui.positions.show')}
          value={status}
          onChange={(s) => {
            setStatus(s);
            setPage(1);
          }}
          options={[
            { value: 'open', label: t('placement.positionStatus.open') },
            { value: 'closed', label: t('placement.positionStatus.closed') },
            { value: 'all', label: t('placement.ui.wishes.all') },
          ]}
        />
      </div>
      {adding ? (
        <PositionForm
          onCancel={() => setAdding(false)}
          onDone={(m) => {
            setAdding(false);
            setDone(m);
          }}
        />
      ) : (
        <p>
          <Button variant="primary" onClick={() => setAdding(true)}>
            {t('placement.ui.positions.add')}
          </Button>
        </p>
      )}
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.isPending ? (
        <Loading />
      ) : !q.data ? null : q.data.items.length === 0 ? (
        <Empty>{t('placement.ui.positions.empty')}</Empty>
      ) : (
        <>
          <ul className="timeline" aria-busy={q.isFetching}>
            {q.data.items.map((p) => (
              <PositionRow key={`${p.id}:${p.version}`} position={p} onCandidates={onCandidates} onDone={setDone} />
            ))}
          </ul>
          <Pagination
            page={q.data.page}
            pageSize={q.data.pageSize}
            total={q.data.total}
            totalCapped={q.data.totalCapped}
            onPage={setPage}
          />
        </>
      )}
    </section>
  );
}
