import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localized } from '../../../domain/forms/definition';
import { formatName, formatSlot } from '../../../domain/shared/format';
import { api, isNotFound } from '../../api';
import { Alert } from '../../components/forms';
import { Loading, NotFound, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';
import { SaveIndicator } from '../prep/FormPanel';
import type { InterviewView } from '../prep/types';
import { Agenda } from './Agenda';
import { CareerGoalCard } from '../career/parts';
import { AlignmentTable } from './Alignment';
import { BankPanel, ClosingQuestions } from './BankPanel';
import { NextMeeting } from './NextMeeting';
import { NotesPanel } from './Notes';
import { ConflictNotice, Guidance } from './parts';
import { PlanPanel } from './Plan';
import { prepQuery } from './PrepPanel';
import { MarkHeld, recordQuery } from './RecordPanel';
import type { AgendaItem, PrepView, Question, RecordView } from './types';
import { useRecordEditor } from './useRecordEditor';

/** The interview screen (laptop and tablet): agenda, question bank, notes, alignment and plan on one page. */
export function LiveInterviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const x = useQuery({ queryKey: ['interview', id], queryFn: () => api<InterviewView>(`/interviews/${id}`) });
  const prep = useQuery({ ...prepQuery(id), enabled: !!x.data });
  const record = useQuery({ ...recordQuery(id), enabled: !!x.data });
  usePageTitle(x.data ? t('record.ui.liveTitle', { name: formatName(x.data.employee) }) : t('record.ui.live'));
  const err = x.error ?? prep.error ?? record.error;
  if (isNotFound(err)) return <NotFound />;
  if (err) return <Alert kind="error">{err.message}</Alert>;
  if (!x.data || !prep.data || !record.data || !record.isFetchedAfterMount) return <Loading />;
  return <Live x={x.data} prep={prep.data} record={record.data} />;
}

function defaultAgenda(x: InterviewView, prep: PrepView, lang: string, t: (k: string, o?: Record<string, string>) => string): AgendaItem[] {
  const items: AgendaItem[] = [{ id: 'open', kind: 'custom', label: t('record.ui.agenda.opening'), done: false }];
  for (const [i, th] of x.round.themes.entries())
    items.push({ id: `t:${i}`, kind: 'theme', label: localized(th.title, lang), done: false });
  for (const s of prep.sheet?.definition.sections ?? [])
    items.push({ id: `s:${s.id}`, kind: 'sheet', label: localized(s.title, lang), done: false });
  for (const i of prep.carried)
    items.push({ id: `p:${i.id}`, kind: 'plan', label: t('record.ui.agenda.checkItem', { what: i.what }), done: false });
  items.push({ id: 'align', kind: 'custom', label: t('record.ui.agenda.align'), done: false });
  items.push({ id: 'plan', kind: 'custom', label: t('record.ui.agenda.plan'), done: false });
  items.push({ id: 'close', kind: 'custom', label: t('record.ui.agenda.closing'), done: false });
  return items;
}

function Live({ x, prep, record }: { x: InterviewView; prep: PrepView; record: RecordView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const editor = useRecordEditor(x.id, record);
  const v = editor.values;
  const agenda = v.agenda ?? [];
  const chosen = new Set(agenda.filter((a) => a.kind === 'question').map((a) => a.id.slice(2)));
  const choose = (q: Question) =>
    editor.set('agenda', [...agenda, { id: `q:${q.id}`, kind: 'question', label: localized(q.text, i18n.language), done: false }]);
  const canWrite = record.can.write;
  return (
    <section className="page live" {...editor.compositionProps}>
      <p className="back-link">
        <Link to={`/interviews/${x.id}?tab=record`}>{t('record.ui.backToInterview')}</Link>
      </p>
      <header className="live__header">
        <h1>{t('record.ui.liveTitle', { name: formatName(x.employee) })}</h1>
        <p className="muted">
          {x.round.name}
          {x.appointment && ` · ${formatSlot(x.appointment.start, x.appointment.end, locale)}`}
        </p>
        <div className="form-status">
          {canWrite && <SaveIndicator state={editor.state} />}
          {record.can.markHeld && <MarkHeld interviewId={x.id} />}
        </div>
      </header>
      {editor.restoredCount > 0 && <Alert kind="info">{t('prep.ui.restored')}</Alert>}
      <ConflictNotice editor={editor} />
      <div className="live__grid">
        <div className="live__col">
          <Agenda
            items={agenda}
            readOnly={!canWrite}
            onChange={(next) => editor.set('agenda', next)}
            defaults={() => defaultAgenda(x, prep, i18n.language, t)}
          />
          {v.landingPoint && (
            <section className="card card--quiet" aria-labelledby="lp-title">
              <h2 id="lp-title">{t('record.ui.landing.title')}</h2>
              <p className="pre-line">{v.landingPoint}</p>
            </section>
          )}
          <Guidance />
        </div>
        <div className="live__col live__col--main">
          <NotesPanel interviewId={x.id} notes={record.notes} canWrite={record.can.writeNote} />
          <CareerGoalCard
            employeeId={x.employee.id}
            onToWish={canWrite ? (text) => editor.set('alignmentWish', v.alignmentWish ? `${v.alignmentWish}\n${text}` : text) : undefined}
          />
          <AlignmentTable values={v} onChange={canWrite ? (k, val) => editor.set(k, val) : undefined} />
          {record.plan && <PlanPanel interviewId={x.id} plan={record.plan} can={record.can} />}
          <NextMeeting values={v} onChange={canWrite ? (k, val) => editor.set(k, val as never) : undefined} />
          <ClosingQuestions />
        </div>
        <div className="live__col">
          <BankPanel suggestions={prep.suggestions} chosen={chosen} onChoose={canWrite ? choose : null} />
        </div>
      </div>
    </section>
  );
}
