import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../../domain/shared/format';
import { ApiError, api, isNotFound } from '../../api';
import { draftKey } from '../../components/draft';
import { Alert, DraftNotice, Form, fieldErrors, FormActions } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { Empty, Loading, NotFound, PageHeader } from '../../components/status';
import { useDraft } from '../../components/useDraft';
import { currentLocale } from '../../i18n';
import { pageParam, toQuery } from '../../lib/urls';
import type { Schemas } from '../../api-contract';
import { emptyRound, RoundFields, type RoundValues, toBody, valuesFrom } from './RoundForm';
import type { Round, TemplateSummary } from './types';

const PAGE_SIZE = 20;

export function RoundStatus({ status }: { status: Round['status'] }) {
  const { t } = useTranslation();
  const cls = status === 'launched' ? 'badge--ok' : status === 'launching' || status === 'draft' ? 'badge--todo' : '';
  return <span className={`badge ${cls}`}>{t(`rounds.statuses.${status}`)}</span>;
}

/** /rounds — every round, newest first. */
export function RoundsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params, setParams] = useSearchParams();
  const page = pageParam(params.get('page'));
  const q = useQuery({
    queryKey: ['rounds', page],
    queryFn: () => api<Schemas['RoundPage']>(`/rounds${toQuery({ page, pageSize: PAGE_SIZE, status: 'all' })}`),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="page">
      <PageHeader title={t('rounds.ui.title')}>
        <Link className="btn btn--primary" to="/rounds/new">
          {t('rounds.ui.new')}
        </Link>
      </PageHeader>
      <p className="lead">{t('rounds.ui.lead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {q.isPending ? (
        <Loading />
      ) : !q.data?.items.length ? (
        <Empty>{t('rounds.ui.empty')}</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('rounds.ui.name')}</th>
                  <th scope="col">{t('rounds.ui.type')}</th>
                  <th scope="col">{t('rounds.ui.period')}</th>
                  <th scope="col">{t('rounds.ui.status')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <Link to={`/rounds/${r.id}`}>{r.name}</Link>
                    </td>
                    <td>{t(`rounds.types.${r.type}`)}</td>
                    <td className="nowrap">
                      {formatDate(r.periodStart, locale)} – {formatDate(r.periodEnd, locale)}
                    </td>
                    <td>
                      <RoundStatus status={r.status} />
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
            onPage={(p) => setParams({ page: String(p) })}
          />
        </>
      )}
    </section>
  );
}

const useTemplates = () =>
  useQuery({ queryKey: ['templates', 'all'], queryFn: () => api<Schemas['TemplateList']>('/templates?status=all') });

/** /rounds/new */
export function RoundNewPage() {
  const { t } = useTranslation();
  const templates = useTemplates();
  return (
    <section className="page">
      <p className="back-link">
        <Link to="/rounds">{t('rounds.ui.backToList')}</Link>
      </p>
      <PageHeader title={t('rounds.ui.new')} />
      {templates.error && <Alert kind="error">{templates.error.message}</Alert>}
      {templates.data ? <RoundEditor templates={templates.data.items} /> : !templates.error && <Loading />}
    </section>
  );
}

/** /rounds/:id/edit (drafts only) */
export function RoundEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const templates = useTemplates();
  const round = useQuery({ queryKey: ['round', id], queryFn: () => api<Round>(`/rounds/${id}`) });
  const people = useQuery({
    queryKey: ['round-people', id],
    enabled: !!round.data?.participants.employeeIds.length,
    queryFn: async () => {
      const ids = round.data!.participants.employeeIds;
      const found = await Promise.all(
        ids.slice(0, 100).map((pid) => api<{ id: string; familyName: string; givenName: string }>(`/employees/${pid}`).catch(() => null)),
      );
      return new Map(found.filter((p) => p !== null).map((p) => [p.id, `${p.familyName} ${p.givenName}`]));
    },
  });
  if (isNotFound(round.error)) return <NotFound />;
  const ready = round.data && templates.data && (!round.data.participants.employeeIds.length || people.data);
  return (
    <section className="page">
      <p className="back-link">
        <Link to={`/rounds/${id}`}>{t('rounds.ui.backToRound')}</Link>
      </p>
      <PageHeader title={t('rounds.ui.edit')} />
      {(round.error || templates.error) && <Alert kind="error">{(round.error ?? templates.error)!.message}</Alert>}
      {ready ? <RoundEditor templates={templates.data!.items} round={round.data} names={people.data} /> : <Loading />}
    </section>
  );
}

function RoundEditor({ templates, round, names }: { templates: TemplateSummary[]; round?: Round; names?: Map<string, string> }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const form = useDraft<RoundValues>(
    draftKey(round ? 'round-edit' : 'round-new', round?.id),
    round ? valuesFrom(round, names ?? new Map()) : emptyRound(templates),
  );
  const save = useMutation({
    mutationFn: () =>
      round
        ? api<Round>(`/rounds/${round.id}`, { method: 'PATCH', body: { ...toBody(form.values), version: round.version } })
        : api<Round>('/rounds', { method: 'POST', body: toBody(form.values) }),
    onSuccess: (saved) => {
      form.saved(form.values);
      void qc.invalidateQueries({ queryKey: ['rounds'] });
      qc.setQueryData(['round', saved.id], saved);
      navigate(`/rounds/${saved.id}`);
    },
  });
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  return (
    <Form onSubmit={() => save.mutate()} busy={save.isPending} error={save.error} aria-label={t('rounds.ui.new')}>
      <DraftNotice restored={form.restored} onDiscard={form.discard} />
      {save.error && <Alert kind="error">{conflict ? t('rounds.ui.conflict') : save.error.message}</Alert>}
      <RoundFields form={form} errors={fieldErrors(save.error)} templates={templates} />
      <FormActions busy={save.isPending} label={round ? t('ui.common.save') : t('rounds.ui.saveDraft')}>
        <Link className="btn btn--secondary" to={round ? `/rounds/${round.id}` : '/rounds'} onClick={() => form.discard()}>
          {t('ui.common.cancel')}
        </Link>
      </FormActions>
    </Form>
  );
}
