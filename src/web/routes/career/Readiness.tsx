import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert } from '../../components/forms';
import { Empty, Loading } from '../../components/status';
import { currentLocale } from '../../i18n';
import { TrackBadge } from './parts';

type Figures = Schemas['CareerReadiness']['roles'][number]['total'];

function Cell({ f, min }: { f: Figures; min: number }) {
  const { t } = useTranslation();
  if (f.suppressed) return <td className="num muted">{t('career.ui.hr.hidden', { min })}</td>;
  return (
    <td className="num">
      <strong>{f.ready}</strong> / {f.oneStep}
    </td>
  );
}

/** 人材の層: per role, how many are ready or one step away, company-wide and by department. */
export function Readiness() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const q = useQuery({
    queryKey: ['career-readiness'],
    queryFn: () => api<Schemas['CareerReadiness']>('/career/readiness'),
    refetchOnMount: 'always',
  });
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const { roles, departments, minGroup } = q.data;
  if (!roles.length) return <Empty>{t('career.ui.hr.empty')}</Empty>;
  return (
    <section className="card">
      <p className="hint">{t('career.ui.hr.readinessLead', { min: minGroup })}</p>
      <p className="muted">
        {t('career.ui.hr.ready')} / {t('career.ui.hr.oneStep')}
      </p>
      <div className="table-wrap">
        <table className="table table--compact readiness">
          <thead>
            <tr>
              <th scope="col">{t('career.ui.hr.role')}</th>
              <th scope="col" className="num">
                {t('career.ui.hr.company')}
              </th>
              {departments.map((d) => (
                <th key={d.id} scope="col" className="num">
                  {locale === 'en' && d.nameEn ? d.nameEn : d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.roleId}>
                <th scope="row">
                  {r.familyName} · {r.name} <span className="muted">{r.grade}</span> <TrackBadge track={r.track} />
                </th>
                <Cell f={r.total} min={minGroup} />
                {r.byDepartment.map((d) => (
                  <Cell key={d.departmentId} f={d} min={minGroup} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
