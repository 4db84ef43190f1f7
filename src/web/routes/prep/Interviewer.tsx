import { lazy, Suspense } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatName, formatSlot } from '../../../domain/shared/format';
import { api } from '../../api';
import { Alert, SelectField } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { Empty, Loading, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import { deptName } from '../../lib/departments';
import { pageParam, toQuery } from '../../lib/urls';
import { FormStateCells, FormStateHeads } from './PrepList';
import type { Schemas } from '../../api-contract';

// The chart library loads only when there is a team to show.
const TeamProgress = lazy(() => import('../insight/TeamProgress').then((m) => ({ default: m.TeamProgress })));

const PAGE_SIZE = 50;

/** /interviews — the people the signed-in interviewer interviews in running rounds. */
export function InterviewerQueuePage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params, setParams] = useSearchParams();
  const page = pageParam(params.get('page'));
  const state = params.get('state') ?? '';
  const q = useQuery({
    queryKey: ['queue', state, page],
    queryFn: () => api<Schemas['InterviewQueuePage']>(`/interviews${toQuery({ state, page, pageSize: PAGE_SIZE })}`),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="page">
      <PageHeader title={t('prep.ui.queueTitle')} />
      <Suspense fallback={null}>
        <TeamProgress />
      </Suspense>
      <div className="filters filters--narrow">
        <SelectField
          label={t('prep.ui.queueFilter')}
          value={state}
          options={[
            { value: '', label: t('prep.ui.queueAll') },
            { value: 'unscheduled', label: t('prep.ui.queueUnscheduled') },
            { value: 'scheduled', label: t('prep.ui.queueScheduled') },
            { value: 'done', label: t('prep.ui.queueDone') },
          ]}
          onChange={(v) => setParams(v ? { state: v } : {})}
        />
      </div>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.isPending ? (
        <Loading />
      ) : !q.data?.items.length ? (
        <Empty>{t('prep.ui.queueEmpty')}</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('prep.ui.colEmployee')}</th>
                  <th scope="col">{t('prep.ui.colRound')}</th>
                  <FormStateHeads />
                  <th scope="col">{t('prep.ui.schedule')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.items.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <Link to={`/interviews/${i.id}`}>{formatName(i.employee)}</Link>
                      <div className="muted">{i.department ? deptName(i.department, locale) : ''}</div>
                    </td>
                    <td>{i.round.name}</td>
                    <FormStateCells sheet={i.sheet} survey={i.survey} />
                    <td>
                      {i.appointment
                        ? formatSlot(i.appointment.start, i.appointment.end, locale)
                        : i.proposedSlots > 0
                          ? t('prep.ui.proposalWaiting')
                          : i.offeredSlots > 0
                            ? t('prep.ui.offered', { n: i.offeredSlots })
                            : t('prep.ui.notOffered')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={q.data.total}
            totalCapped={q.data.totalCapped}
            onPage={(p) => setParams({ ...(state ? { state } : {}), page: String(p) })}
          />
        </>
      )}
    </section>
  );
}
