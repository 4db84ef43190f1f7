import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatName, formatSlot, type Locale } from '../../../domain/shared/format';
import { api } from '../../api';
import { Alert } from '../../components/forms';
import { Empty, Loading, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import type { Schemas } from '../../api-contract';
import type { MyInterview } from './types';

/** /prep — what the employee has to prepare, round by round. */
export function PrepListPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const q = useQuery({ queryKey: ['my-interviews'], queryFn: () => api<Schemas['MyInterviewList']>('/me/interviews') });
  return (
    <section className="page">
      <PageHeader title={t('prep.ui.listTitle')}>
        <Link className="btn btn--secondary" to="/skills">
          {t('ui.nav.skills')}
        </Link>
      </PageHeader>
      <p className="lead">{t('prep.ui.listLead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.isPending ? (
        <Loading />
      ) : !q.data?.items.length ? (
        <Empty>{t('prep.ui.listEmpty')}</Empty>
      ) : (
        <ul className="cards cards--wide">
          {q.data.items.map((i) => (
            <li key={i.id} className="card card--link">
              <h2>
                <Link to={`/prep/${i.id}`}>{i.round.name}</Link>
              </h2>
              <p className="muted">
                {t(`rounds.types.${i.round.type}`)}
                {i.round.status === 'closed' && ` ・ ${t('rounds.statuses.closed')}`}
                {i.interviewer && ` ・ ${t('prep.ui.interviewer', { name: formatName(i.interviewer) })}`}
              </p>
              <StepList item={i} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The three steps with their state: sheet, survey, time. */
function StepList({ item, locale }: { item: MyInterview; locale: Locale }) {
  const { t } = useTranslation();
  const due = item.round.prepDueOn ? t('prep.ui.dueOn', { date: formatDate(item.round.prepDueOn, locale) }) : null;
  const steps = [
    item.sheet && { key: 'sheet', label: t('forms.kinds.sheet'), state: item.sheet },
    item.survey && { key: 'survey', label: t('forms.kinds.survey'), state: item.survey },
  ].filter(Boolean) as { key: string; label: string; state: string }[];
  return (
    <ul className="steps">
      {steps.map((s) => (
        <li key={s.key}>
          <span>{s.label}</span> <StateBadge state={s.state} />
        </li>
      ))}
      <li>
        <span>{t('prep.ui.schedule')}</span>{' '}
        {item.appointment ? (
          <span className="badge badge--ok">{formatSlot(item.appointment.start, item.appointment.end, locale)}</span>
        ) : item.offeredSlots > 0 ? (
          <span className="badge badge--todo">{t('prep.ui.slotsToChoose', { n: item.offeredSlots })}</span>
        ) : (
          <span className="badge">{t('prep.ui.waitingForSlots')}</span>
        )}
      </li>
      {due && <li className="muted">{due}</li>}
    </ul>
  );
}

export function StateBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  const cls = state === 'submitted' ? 'badge--ok' : state === 'draft' ? 'badge--todo' : '';
  return <span className={`badge ${cls}`}>{t(`prep.ui.states.${state}`)}</span>;
}

/** The sheet and survey columns of a list of interviews: headings … */
export function FormStateHeads() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('forms.kinds.sheet')}</th>
      <th scope="col">{t('forms.kinds.survey')}</th>
    </>
  );
}

/** … and cells (— when the round has no such form). */
export function FormStateCells({ sheet, survey }: { sheet: string | null; survey: string | null }) {
  return (
    <>
      <td>{sheet ? <StateBadge state={sheet} /> : '—'}</td>
      <td>{survey ? <StateBadge state={survey} /> : '—'}</td>
    </>
  );
}
