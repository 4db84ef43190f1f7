import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localized } from '../../../domain/forms/definition';
import { formatDate } from '../../../domain/shared/format';
import { api } from '../../api';
import { FormFiller } from '../../components/FormFiller';
import { Alert, TextAreaField } from '../../components/forms';
import { Loading } from '../../components/status';
import { currentLocale } from '../../i18n';
import { SaveIndicator } from '../prep/FormPanel';
import { StateBadge } from '../prep/PrepList';
import type { FormView } from '../prep/types';
import { CareerGoalCard } from '../career/parts';
import { BankPanel } from './BankPanel';
import { ConflictNotice, Guidance, isOverdue, ItemStatusBadge } from './parts';
import { recordQuery } from './RecordPanel';
import type { Item, PrepView, Question, RecordView } from './types';
import { ReflectionReminder } from '../reflection/Reminder';
import { useRecordEditor } from './useRecordEditor';

export const prepQuery = (id: string) => ({
  queryKey: ['prep', id],
  queryFn: () => api<PrepView>(`/interviews/${id}/prep`),
  refetchOnWindowFocus: false,
});

export function ItemList({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <ul className="plan-items plan-items--compact">
      {items.map((i) => (
        <li key={i.id} className={isOverdue(i.dueOn, i.status) ? 'plan-item plan-item--late' : 'plan-item'}>
          {i.what} <ItemStatusBadge status={i.status} />{' '}
          {isOverdue(i.dueOn, i.status) && <span className="badge badge--late">{t('record.ui.plan.overdue')}</span>}
          <span className="muted">
            {' '}
            {t(`record.owner.${i.owner}`)}
            {i.dueOn ? ` · ${formatDate(i.dueOn, locale)}` : ''}
            {i.progressNote ? ` · ${i.progressNote}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SubmittedForm({ form }: { form: FormView | null }) {
  const { t } = useTranslation();
  if (!form) return null;
  return (
    <details className="card">
      <summary>
        <strong>{t(`forms.kinds.${form.kind}`)}</strong> <StateBadge state={form.status} />
      </summary>
      {form.status === 'submitted' ? (
        <FormFiller definition={form.definition} values={form.answers} hidden={form.hidden} readOnly />
      ) : (
        <p className="muted">{t('prep.ui.notSubmittedYet')}</p>
      )}
    </details>
  );
}

/** The interviewer's one page before the interview (面談準備). */
export function PrepPanel({ interviewId, employeeId }: { interviewId: string; employeeId: string }) {
  const prep = useQuery(prepQuery(interviewId));
  const record = useQuery(recordQuery(interviewId));
  if (prep.error || record.error) return <Alert kind="error">{(prep.error ?? record.error)!.message}</Alert>;
  if (!prep.data || !record.data || !record.isFetchedAfterMount) return <Loading />;
  return <PrepBody interviewId={interviewId} employeeId={employeeId} prep={prep.data} record={record.data} />;
}

function PrepBody({
  interviewId,
  employeeId,
  prep,
  record,
}: {
  interviewId: string;
  employeeId: string;
  prep: PrepView;
  record: RecordView;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const editor = useRecordEditor(interviewId, record);
  const agenda = editor.values.agenda ?? [];
  const chosen = new Set(agenda.filter((a) => a.kind === 'question').map((a) => a.id.slice(2)));
  const choose = (q: Question) =>
    editor.set('agenda', [...agenda, { id: `q:${q.id}`, kind: 'question', label: localized(q.text, locale), done: false }]);
  return (
    <div className="prep-page" {...editor.compositionProps}>
      <div className="form-status">
        {record.can.write && <SaveIndicator state={editor.state} />}
        <Link className="btn btn--primary" to={`/interviews/${interviewId}/live`}>
          {t('record.ui.startInterview')}
        </Link>
      </div>
      <ConflictNotice editor={editor} />
      {!record.heldAt && <ReflectionReminder />}
      <div className="prep-grid">
        <div className="prep-col">
          <section className="card" aria-labelledby="landing-title">
            <h2 id="landing-title">{t('record.ui.landing.title')}</h2>
            <TextAreaField
              label={t('record.ui.landing.label')}
              hint={t('record.ui.landing.hint')}
              value={editor.values.landingPoint ?? ''}
              maxLength={2000}
              rows={4}
              readOnly={!record.can.write}
              onChange={(v) => editor.set('landingPoint', v)}
            />
          </section>
          <section className="card" aria-labelledby="prev-title">
            <h2 id="prev-title">{t('record.ui.previous.title')}</h2>
            {!prep.previous ? (
              <p className="muted">{t('record.ui.previous.none')}</p>
            ) : prep.previous.hidden ? (
              <p className="muted">{t('record.ui.previous.hidden')}</p>
            ) : (
              <>
                <p>
                  {prep.previous.round}
                  {prep.previous.heldAt && <span className="muted">({formatDate(prep.previous.heldAt, locale)})</span>}
                </p>
                {prep.previous.direction && (
                  <p className="pre-line">{t('record.ui.previous.direction', { text: prep.previous.direction })}</p>
                )}
                {prep.previous.items.length ? (
                  <ItemList items={prep.previous.items} />
                ) : (
                  <p className="muted">{t('record.ui.plan.empty')}</p>
                )}
              </>
            )}
            {prep.carried.length > 0 && (
              <>
                <h3>{t('record.ui.plan.carried')}</h3>
                <ItemList items={prep.carried} />
              </>
            )}
            {prep.hiddenCarried > 0 && <p className="muted">{t('record.ui.plan.hiddenCarried', { n: prep.hiddenCarried })}</p>}
          </section>
          <CareerGoalCard employeeId={employeeId} />
          <section className="card" aria-labelledby="strength-title">
            <h2 id="strength-title">{t('record.ui.strengths.title')}</h2>
            <p className="hint">{t('record.ui.strengths.hint')}</p>
            {prep.strengths.skills.length + prep.strengths.achievements.length === 0 ? (
              <p className="muted">{t('record.ui.strengths.none')}</p>
            ) : (
              <ul>
                {prep.strengths.skills.map((s) => (
                  <li key={s.name}>{t('record.ui.strengths.skill', { name: s.name, level: s.level })}</li>
                ))}
                {prep.strengths.achievements.map((a) => (
                  <li key={a.title}>
                    <strong>{a.title}</strong> {a.description && <span className="muted">— {a.description}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <SubmittedForm form={prep.sheet} />
          <SubmittedForm form={prep.survey} />
        </div>
        <div className="prep-col">
          <BankPanel suggestions={prep.suggestions} chosen={chosen} onChoose={record.can.write ? choose : null} />
          <Guidance />
        </div>
      </div>
    </div>
  );
}
