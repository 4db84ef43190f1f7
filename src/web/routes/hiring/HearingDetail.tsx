import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type FieldDef, localized } from '../../../domain/forms/definition';
import { formatDate, formatDateTime, formatName } from '../../../domain/shared/format';
import { ApiError, api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert } from '../../components/forms';
import { Empty, Loading, NotFound, PageHeader, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';
import { CriteriaEditor } from './CriteriaEditor';
import { HearingActions } from './HearingActions';
import { performerLabel } from './performer';

export type Detail = Schemas['HearingDetail'];
type Value = Detail['sections'][number]['fields'][number]['answers'][number]['value'];

/** HR's page of one hearing: who answered, the answers side by side by section, and the draft criteria. */
export function HearingDetailPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['hearing', id], queryFn: () => api<Detail>(`/hiring/hearings/${id}`) });
  usePageTitle(q.data ? `${t('hiring.ui.title')} ${q.data.role.name}` : t('hiring.ui.title'));
  if (q.error instanceof ApiError && q.error.status === 404) return <NotFound />;
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const h = q.data;
  return (
    <>
      <PageHeader title={`${t('hiring.ui.title')}: ${h.role.name}`}>
        <Link to="/hiring">{t('hiring.ui.detail.back')}</Link>
      </PageHeader>
      <p className="muted">
        {t('hiring.ui.sentOn')} {formatDate(h.createdAt, locale)} ・ {t('hiring.ui.due')} {formatDate(h.dueOn, locale)}
      </p>
      <Requests h={h} />
      <Summary h={h} />
      <CriteriaEditor key={h.id} h={h} />
    </>
  );
}

function Requests({ h }: { h: Detail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <section className="card" aria-labelledby="hearing-requests">
      <h2 id="hearing-requests">{t('hiring.ui.detail.requests')}</h2>
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('hiring.ui.detail.manager')}</th>
              <th scope="col">{t('hiring.ui.detail.status')}</th>
              <th scope="col">{t('hiring.ui.detail.submittedAt')}</th>
              <th scope="col">{t('hiring.ui.detail.performer')}</th>
            </tr>
          </thead>
          <tbody>
            {h.requests.map((r) => (
              <tr key={r.id}>
                <th scope="row">{formatName(r.manager)}</th>
                <td>
                  <span className={`badge ${r.status === 'submitted' ? 'badge--ok' : 'badge--todo'}`}>
                    {t(`hiring.ui.detail.states.${r.status}`)}
                  </span>
                </td>
                <td>{r.submittedAt ? formatDateTime(r.submittedAt, locale) : '—'}</td>
                <td>{r.performer ? performerLabel(t, r.performer) : t('hiring.ui.detail.noPerformer')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HearingActions h={h} />
    </section>
  );
}

function AnswerText({ field, value }: { field: FieldDef | undefined; value: Value }) {
  const lang = currentLocale();
  if (Array.isArray(value))
    return (
      <ul className="keywords">
        {value.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
    );
  if (typeof value === 'string' && field?.type === 'single') {
    const o = field.options?.find((x) => x.id === value);
    return <p>{o ? localized(o.label, lang) : value}</p>;
  }
  if (typeof value === 'string' || typeof value === 'number') return <p className="pre-wrap">{value}</p>;
  return null;
}

/** The submitted sheets section by section; for each question every manager's answer side by side. */
function Summary({ h }: { h: Detail }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const submitted = h.requests.filter((r) => r.status === 'submitted').length;
  return (
    <section className="card" aria-labelledby="hearing-summary">
      <h2 id="hearing-summary">{t('hiring.ui.detail.summary')}</h2>
      <p className="hint">{t('hiring.ui.detail.summaryLead')}</p>
      {submitted === 0 ? (
        <Empty>{t('hiring.ui.detail.noAnswers')}</Empty>
      ) : (
        h.definition.sections.map((s) => {
          const got = h.sections.find((x) => x.sectionId === s.id);
          return (
            <section key={s.id} className="hearing-section" aria-labelledby={`hs-${s.id}`}>
              <h3 id={`hs-${s.id}`}>{localized(s.title, lang)}</h3>
              {s.fields.map((f) => {
                const a = got?.fields.find((x) => x.fieldId === f.id);
                return (
                  <div key={f.id} className="hearing-field">
                    <h4>{localized(f.label, lang)}</h4>
                    {a?.counts && a.counts.length > 0 && (
                      <p className="muted">
                        {t('hiring.ui.detail.keywords')}:{' '}
                        {a.counts
                          .slice(0, 8)
                          .map((c) => `${c.text}(${t('hiring.ui.detail.times', { count: c.count })})`)
                          .join('、')}
                      </p>
                    )}
                    {a && a.answers.length > 0 ? (
                      <ul className="hearing-answers">
                        {a.answers.map((x) => (
                          <li key={x.requestId}>
                            <span className="hearing-answers__by">{formatName(x.by)}</span>
                            <AnswerText field={f as FieldDef} value={x.value} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">{t('hiring.ui.detail.noAnswer')}</p>
                    )}
                  </div>
                );
              })}
            </section>
          );
        })
      )}
    </section>
  );
}
