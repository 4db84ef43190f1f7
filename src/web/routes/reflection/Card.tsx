import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CAUTIONS } from '../../../domain/reflection/rules';
import { formatName } from '../../../domain/shared/format';
import { api, isNotFound } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert } from '../../components/forms';
import { Loading, NotFound, PageHeader } from '../../components/status';
import { periodLabel } from './labels';
import { CountNote, Score, SignalRate } from './parts';

type Card = Schemas['ReflectionCard'];
const STEPS = ['1', '2', '3'] as const;

/** /reflection — the interviewer's own card (面談の振り返り). */
export function ReflectionCardPage() {
  const q = useQuery({ queryKey: ['me', 'reflection'], queryFn: () => api<Card>('/me/reflection') });
  return <CardPage q={q} own />;
}

/** /employees/:id/reflection — a report's card, for their manager when the company allows it (else not found). */
export function ManagerCardPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['reflection', 'card', id], queryFn: () => api<Card>(`/employees/${id}/reflection`), retry: false });
  return <CardPage q={q} own={false} />;
}

function CardPage({ q, own }: { q: { data?: Card; error: Error | null; isPending: boolean }; own: boolean }) {
  const { t } = useTranslation();
  if (q.error && isNotFound(q.error)) return <NotFound />;
  const c = q.data;
  const title = own || !c ? t('reflection.card.title') : t('reflection.card.otherPerson', { name: formatName(c.interviewer) });
  return (
    <section className="page reflection">
      <PageHeader title={title} />
      <p className="lead">{t('reflection.card.lead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.isPending && <Loading />}
      {c && <CardView card={c} own={own} />}
    </section>
  );
}

export function CardView({ card: c, own }: { card: Card; own: boolean }) {
  const { t } = useTranslation();
  const cols = [
    { key: 'you', s: c.own, hidden: 'reflection.card.suppressed' },
    { key: 'company', s: c.company, hidden: 'reflection.card.companySuppressed' },
    { key: 'previous', s: c.ownPrevious, hidden: 'reflection.card.suppressed' },
  ] as const;
  return (
    <>
      {/* Who sees the card is said to its owner; a manager reading a report's card is there because it is on. */}
      {own && <Alert kind="info">{c.managerSees ? t('reflection.card.managerOn') : t('reflection.card.managerOff')}</Alert>}
      {c.weakest && (
        <section className="card reflection-focus" aria-labelledby="focus-title">
          <h2 id="focus-title">{t('reflection.card.weakestTitle', { caution: t(`reflection.cautions.${c.weakest}.short`) })}</h2>
          <p className="muted">
            {c.weakestFrom === 'answers' ? t('reflection.card.weakestFromAnswers') : t('reflection.card.weakestFromSignals')}
          </p>
          <p>
            <strong>{t(`reflection.cautions.${c.weakest}.title`)}</strong>
          </p>
          <p>{t(`reflection.cautions.${c.weakest}.guidance`)}</p>
          <h3>{t('reflection.card.nextSteps')}</h3>
          <ol>
            {STEPS.map((n) => (
              <li key={n}>{t(`reflection.cautions.${c.weakest}.steps.${n}`)}</li>
            ))}
          </ol>
        </section>
      )}
      <section className="card" aria-labelledby="answers-title">
        <h2 id="answers-title">{t('reflection.card.answersTitle')}</h2>
        <p className="muted">{t('reflection.card.periodLine', { period: periodLabel(t, c.period) })}</p>
        {!c.own.scores && <p>{t('reflection.card.noAnswers', { min: c.minGroup })}</p>}
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('reflection.card.point')}</th>
                {cols.map((col) => (
                  <th key={col.key} scope="col">
                    {t(`reflection.card.${col.key}`)}
                    {col.key === 'previous' && <span className="block muted small">{periodLabel(t, c.previousPeriod)}</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CAUTIONS.map((k) => (
                <tr key={k}>
                  <th scope="row">{t(`reflection.cautions.${k}.question`)}</th>
                  {cols.map((col) => (
                    <td key={col.key}>
                      <Score s={col.s} caution={k} />
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t('reflection.hr.answers')}</th>
                {cols.map((col) => (
                  <td key={col.key}>
                    <CountNote s={col.s} min={c.minGroup} hiddenKey={col.hidden} />
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="signals-title">
        <h2 id="signals-title">{t('reflection.card.signalsTitle')}</h2>
        <div className="table-wrap">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('reflection.card.signal')}</th>
                <th scope="col">{t('reflection.card.you')}</th>
                <th scope="col">{t('reflection.card.company')}</th>
              </tr>
            </thead>
            <tbody>
              {c.signals.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {t(`reflection.signals.${s.id}.name`)}
                    <span className="block muted small">
                      {t(`reflection.cautions.${s.caution}.short`)} — {t(`reflection.signals.${s.id}.rule`)}
                    </span>
                  </th>
                  <td>
                    <SignalRate s={s} />
                  </td>
                  <td>
                    <SignalRate s={c.companySignals.find((x) => x.id === s.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {!c.weakest && <p className="muted">{t('reflection.card.nothing')}</p>}
    </>
  );
}
