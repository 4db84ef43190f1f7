import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatDateTime, formatName } from '../../../domain/shared/format';
import { api, isNotFound } from '../../api';
import { Alert } from '../../components/forms';
import { Loading, NotFound, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';
import { PrintHead } from '../prep/PrintPage';
import type { InterviewView } from '../prep/types';
import { recordQuery } from './RecordPanel';

const ALIGN = [
  ['alignmentWish', 'wish'],
  ['alignmentPolicy', 'policy'],
  ['alignmentGrowth', 'growth'],
  ['alignmentDirection', 'direction'],
] as const;

/**
 * /interviews/:id/print/record — the interview record on A4 (print or save as PDF), from the same API
 * as the screen, so it shows what the reader may see. Private memos are never printed: a PDF is an export.
 */
export function PrintRecordPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const x = useQuery({ queryKey: ['interview', id], queryFn: () => api<InterviewView>(`/interviews/${id}`) });
  const r = useQuery(recordQuery(id));
  usePageTitle(t('record.ui.printTitle'));
  if (isNotFound(x.error) || isNotFound(r.error)) return <NotFound />;
  const error = x.error ?? r.error;
  if (error) return <Alert kind="error">{error.message}</Alert>;
  if (!x.data || !r.data) return <Loading />;
  const i = x.data;
  const rec = r.data;
  const back = i.relation === 'self' ? `/prep/${id}?tab=record` : `/interviews/${id}?tab=record`;
  const notes = rec.notes.filter((n) => n.visibility !== 'private');
  return (
    <article className="page print-sheet">
      <PrintHead
        x={i}
        back={back}
        title={t('record.ui.printTitle')}
        last={{ label: t('record.ui.heldLabel'), value: rec.heldAt ? formatDateTime(rec.heldAt, locale) : t('record.ui.notHeld') }}
        notice={notes.some((n) => n.visibility === 'hr_manager') ? t('record.ui.printConfidential') : null}
      />
      {!rec.shared ? (
        <p>{t('record.ui.notYetShared')}</p>
      ) : (
        <>
          <section className="print-section">
            <h2>{t('record.ui.alignment.title')}</h2>
            {ALIGN.map(([k, key]) => (
              <div className="print-answer" key={k}>
                <h3>{t(`record.alignment.${key}`)}</h3>
                <div className="pre-line">{rec.shared![k] || '—'}</div>
              </div>
            ))}
          </section>
          {rec.plan && (
            <section className="print-section">
              <h2>{t('record.ui.plan.title')}</h2>
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">{t('record.ui.plan.what')}</th>
                    <th scope="col">{t('record.ui.plan.owner')}</th>
                    <th scope="col">{t('record.ui.plan.dueOn')}</th>
                    <th scope="col">{t('record.ui.plan.target')}</th>
                    <th scope="col">{t('record.ui.plan.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...rec.plan.items, ...rec.plan.carried].map((it) => (
                    <tr key={it.id}>
                      <td>{it.what}</td>
                      <td>{t(`record.owner.${it.owner}`)}</td>
                      <td>{it.dueOn ? formatDate(it.dueOn, locale) : '—'}</td>
                      <td className="pre-line">{it.target}</td>
                      <td>{t(`record.status.${it.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>
                {t('record.ui.plan.byEmployee')}:{' '}
                {rec.plan.employeeConfirmedAt ? formatDateTime(rec.plan.employeeConfirmedAt, locale) : t('record.ui.plan.notConfirmed')} /{' '}
                {t('record.ui.plan.byInterviewer')}:{' '}
                {rec.plan.interviewerConfirmedAt
                  ? formatDateTime(rec.plan.interviewerConfirmedAt, locale)
                  : t('record.ui.plan.notConfirmed')}
              </p>
              <p>
                {t('record.ui.next.date')}: {rec.shared.nextInterviewOn ? formatDate(rec.shared.nextInterviewOn, locale) : '—'} /{' '}
                {t('record.ui.next.rhythm')}: {t(`record.rhythm.${rec.shared.followRhythm}`)}
              </p>
            </section>
          )}
          {notes.length > 0 && (
            <section className="print-section">
              <h2>{t('record.ui.notes.title')}</h2>
              {notes.map((n) => (
                <div className="print-answer" key={n.id}>
                  <h3>
                    {t(`record.visibility.${n.visibility}`)} · {formatName(n.author)} · {formatDateTime(n.createdAt, locale)}
                  </h3>
                  <div className="pre-line">{n.body}</div>
                </div>
              ))}
            </section>
          )}
          {rec.followUps.length > 0 && (
            <section className="print-section">
              <h2>{t('record.ui.followUp.title')}</h2>
              {rec.followUps.map((f) => (
                <div className="print-answer" key={f.id}>
                  <h3>{formatDate(f.heldOn, locale)}</h3>
                  <div className="pre-line">{f.note}</div>
                  <ul>
                    {f.items.map((it) => (
                      <li key={it.itemId}>
                        {it.what}: {t(`record.status.${it.status}`)} {it.note}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}
        </>
      )}
    </article>
  );
}
