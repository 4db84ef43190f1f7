import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatName } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, SelectField } from '../../components/forms';
import { Pagination } from '../../components/Pagination';
import { Empty, Loading, PageHeader, usePageTitle } from '../../components/status';
import { currentLocale } from '../../i18n';
import { useDepartments, useStartedRounds } from '../../queries';
import { ExportButton } from './ExportButton';
import { OutcomesSection } from './Outcomes';

type Coverage = Schemas['Coverage'];

const MONTHS = [3, 6, 12, 24];

function CoverageSection() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const depts = useDepartments();
  const [months, setMonths] = useState(12);
  const [departmentId, setDepartmentId] = useState('');
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['coverage', months, departmentId, page],
    queryFn: () => api<Coverage>(`/insight/coverage?months=${months}&page=${page}${departmentId ? `&departmentId=${departmentId}` : ''}`),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('insight.ui.coverageTitle')}</h2>
      <div className="filters">
        <SelectField
          label={t('insight.ui.months')}
          value={String(months)}
          options={MONTHS.map((m) => ({ value: String(m), label: t('insight.ui.monthsOption', { n: m }) }))}
          onChange={(v) => {
            setMonths(Number(v));
            setPage(1);
          }}
        />
        <SelectField
          label={t('insight.ui.department')}
          value={departmentId}
          options={[{ value: '', label: t('insight.ui.allDepartments') }, ...depts.options]}
          onChange={(v) => {
            setDepartmentId(v);
            setPage(1);
          }}
        />
      </div>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {!q.data ? (
        <Loading />
      ) : q.data.items.length === 0 ? (
        <Empty>{t('insight.ui.coverageEmpty', { n: months })}</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">{t('insight.ui.coverageTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insight.ui.employeeNumber')}</th>
                  <th scope="col">{t('insight.ui.name')}</th>
                  <th scope="col">{t('insight.ui.department')}</th>
                  <th scope="col">{t('insight.ui.lastInterview')}</th>
                </tr>
              </thead>
              <tbody>
                {q.data.items.map((p) => (
                  <tr key={p.id}>
                    <td className="mono">{p.employeeNumber}</td>
                    <td>
                      <Link to={`/employees/${p.id}/history`}>{formatName(p)}</Link>
                    </td>
                    <td>
                      {p.department ? (i18n.language === 'en' && p.department.nameEn ? p.department.nameEn : p.department.name) : '—'}
                    </td>
                    <td>{p.lastInterviewAt ? formatDate(p.lastInterviewAt, locale) : t('insight.ui.never')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={q.data.page}
            pageSize={q.data.pageSize}
            total={q.data.total}
            totalCapped={q.data.totalCapped}
            onPage={setPage}
          />
          <ExportButton kind="coverage" params={{ months, ...(departmentId ? { departmentId } : {}) }} />
        </>
      )}
    </section>
  );
}

const ROUNDS_PAGE = 10;

/** /insight — HR's way into the organisation: each round's dashboard, and who has not been heard for a while. */
export function InsightPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  usePageTitle(t('insight.ui.title'));
  const [page, setPage] = useState(1);
  const rounds = useStartedRounds({ page, pageSize: ROUNDS_PAGE });
  const shown = rounds.data?.items ?? [];
  return (
    <section className="page">
      <PageHeader title={t('insight.ui.title')} />
      <nav className="card" aria-label={t('insight.ui.sections')}>
        <ul className="link-list">
          <li>
            <Link to="/insight/trends">{t('insight.ui.trendsLink')}</Link>
          </li>
          <li>
            <Link to="/insight/risks">{t('insight.ui.risksLink')}</Link>
          </li>
          <li>
            <Link to="/insight/themes">{t('insight.ui.themesLink')}</Link>
          </li>
          <li>
            <Link to="/insight/reflection">{t('reflection.hr.title')}</Link>
          </li>
          <li>
            <Link to="/placement">{t('insight.ui.placementLink')}</Link>
          </li>
        </ul>
      </nav>
      <section className="card" aria-labelledby="dash-title">
        <h2 id="dash-title">{t('insight.ui.roundDashboards')}</h2>
        {rounds.error && <Alert kind="error">{rounds.error.message}</Alert>}
        {!rounds.data ? (
          <Loading />
        ) : shown.length === 0 ? (
          <Empty>{t('insight.ui.noRounds')}</Empty>
        ) : (
          <>
            <ul className="link-list">
              {shown.map((r) => (
                <li key={r.id}>
                  <Link to={`/rounds/${r.id}/dashboard`}>{r.name}</Link>{' '}
                  <span className="muted">
                    {formatDate(r.periodStart, locale)} – {formatDate(r.periodEnd, locale)}
                  </span>
                </li>
              ))}
            </ul>
            {rounds.data.total > ROUNDS_PAGE && (
              <Pagination
                page={page}
                pageSize={ROUNDS_PAGE}
                total={rounds.data.total}
                totalCapped={rounds.data.totalCapped}
                onPage={setPage}
              />
            )}
          </>
        )}
      </section>
      <CoverageSection />
      <OutcomesSection />
    </section>
  );
}
