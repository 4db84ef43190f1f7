import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type AnswerValue, type FieldDef, GOAL_TERMS, type GoalsValue, localized } from '../../../domain/forms/definition';
import { formatDateTime, formatName } from '../../../domain/shared/format';
import { api, isNotFound } from '../../api';
import { Alert, Button } from '../../components/forms';
import { Loading, NotFound, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';
import type { FormView, InterviewView } from './types';

/** One answer as text, the way it reads on paper. */
export function AnswerText({ field, value }: { field: FieldDef; value: AnswerValue | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const none = <span className="muted">{t('prep.ui.noAnswer')}</span>;
  if (value === null || value === undefined || value === '') return none;
  const option = (id: string) => localized(field.options?.find((o) => o.id === id)?.label, lang) || id;
  switch (field.type) {
    case 'goals':
      return (
        <dl className="print-goals">
          {GOAL_TERMS.map((k) => (
            <div key={k}>
              <dt>{t(`forms.goalTerms.${k}`)}</dt>
              <dd className="pre-line">{(value as GoalsValue)[k] || '—'}</dd>
            </div>
          ))}
        </dl>
      );
    case 'single':
      return <>{option(String(value))}</>;
    case 'multi':
    case 'skills': {
      const list = value as string[];
      if (!list.length) return none;
      return <>{(field.type === 'multi' ? list.map(option) : list).join('、')}</>;
    }
    case 'scale':
      return <>{t('prep.print.scale', { n: value })}</>;
    default:
      return <span className="pre-line">{String(value)}</span>;
  }
}

/**
 * The top of every printed page of an interview: back and print buttons (not printed), the title,
 * round, employee, interviewer, one more line of the caller's, and a confidentiality notice.
 */
export function PrintHead({
  x,
  back,
  title,
  last,
  notice,
}: {
  x: InterviewView;
  back: string;
  title: string;
  last: { label: string; value: string };
  notice: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="no-print actions actions--inline">
        <Link className="btn btn--secondary" to={back}>
          {t('ui.common.back')}
        </Link>
        <Button variant="primary" onClick={() => window.print()}>
          {t('prep.print.print')}
        </Button>
      </div>
      <header className="print-sheet__head">
        <h1 tabIndex={-1}>{title}</h1>
        <dl className="print-meta">
          <div>
            <dt>{t('prep.print.round')}</dt>
            <dd>{x.round.name}</dd>
          </div>
          <div>
            <dt>{t('prep.print.employee')}</dt>
            <dd>{formatName(x.employee)}</dd>
          </div>
          <div>
            <dt>{t('prep.ui.interviewerLabel')}</dt>
            <dd>{x.interviewer ? formatName(x.interviewer) : '—'}</dd>
          </div>
          <div>
            <dt>{last.label}</dt>
            <dd>{last.value}</dd>
          </div>
        </dl>
        {notice && <p className="print-confidential">{notice}</p>}
      </header>
    </>
  );
}

/** /interviews/:id/print/:kind — the sheet or survey on A4, for printing or saving as PDF. */
export function PrintPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const { id = '', kind: rawKind } = useParams();
  const kind = rawKind === 'survey' ? 'survey' : 'sheet';
  const interview = useQuery({ queryKey: ['interview', id], queryFn: () => api<InterviewView>(`/interviews/${id}`) });
  const form = useQuery({ queryKey: ['form', id, kind], queryFn: () => api<FormView>(`/interviews/${id}/forms/${kind}`) });
  usePageTitle(t(`forms.kinds.${kind}`));
  if (isNotFound(interview.error) || isNotFound(form.error)) return <NotFound />;
  const error = interview.error ?? form.error;
  if (error) return <Alert kind="error">{error.message}</Alert>;
  if (!interview.data || !form.data) return <Loading />;
  const x = interview.data;
  const f = form.data;
  const back = x.relation === 'self' ? `/prep/${x.id}?tab=${kind}` : `/interviews/${x.id}?tab=${kind}`;
  return (
    <article className="page print-sheet">
      <PrintHead
        x={x}
        back={back}
        title={t(`forms.kinds.${kind}`)}
        last={{
          label: t('prep.print.state'),
          value: f.submittedAt ? t('prep.ui.submittedAt', { at: formatDateTime(f.submittedAt, locale) }) : t(`prep.ui.states.${f.status}`),
        }}
        notice={x.can.seeHrOnly ? t('prep.print.confidential') : null}
      />
      {f.definition.sections.map((s) => (
        <section key={s.id} className="print-section">
          <h2>{localized(s.title, i18n.language)}</h2>
          {s.fields.map((field) => {
            const a = f.answers[field.id];
            return (
              <div key={field.id} className="print-answer">
                <h3>
                  {localized(field.label, i18n.language)}
                  {a?.hrOnly && <span className="badge badge--hr-only">{t('prep.ui.hrOnlyBadge')}</span>}
                </h3>
                <div>
                  {f.hidden.includes(field.id) ? (
                    <p className="answer__kept">{t('prep.ui.hrOnlyHidden')}</p>
                  ) : (
                    <AnswerText field={field} value={a?.value as AnswerValue | undefined} />
                  )}
                </div>
              </div>
            );
          })}
        </section>
      ))}
    </article>
  );
}
