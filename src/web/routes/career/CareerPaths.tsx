import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert } from '../../components/forms';
import { Empty, Loading, PageHeader } from '../../components/status';
import { currentLocale } from '../../i18n';
import { Tabs } from '../prep/PrepDetail';
import { type CareerRole, TrackBadge } from './parts';
import { Readiness } from './Readiness';

const TRACK_COLUMNS = ['common', 'management', 'specialist'] as const;

/** One family as a ladder: grades from the top down, a column per track; each role with its skills and next steps. */
function Ladder({ roles, all }: { roles: CareerRole[]; all: CareerRole[] }) {
  const { t } = useTranslation();
  const grades = [...new Map(roles.map((r) => [r.grade, r.level])).entries()].sort((a, b) => b[1] - a[1]).map(([g]) => g);
  const nameOf = (id: string) => all.find((r) => r.id === id)?.name ?? '';
  return (
    <div className="table-wrap">
      <table className="table ladder">
        <thead>
          <tr>
            <th scope="col">{t('career.ui.hr.grade')}</th>
            {TRACK_COLUMNS.map((tr) => (
              <th key={tr} scope="col">
                {t(`career.tracks.${tr}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grades.map((g) => (
            <tr key={g}>
              <th scope="row">{g}</th>
              {TRACK_COLUMNS.map((tr) => (
                <td key={tr}>
                  {roles
                    .filter((r) => r.grade === g && r.track === tr)
                    .map((r) => (
                      <div key={r.id} className="role-cell">
                        <strong>{r.name}</strong> <span className="muted">{r.code}</span>{' '}
                        <span className="ladder__track">
                          <TrackBadge track={r.track} />
                        </span>
                        <div className="role-cell__skills">
                          {r.skills.length ? r.skills.map((s) => `${s.name} ${s.level}`).join(' · ') : t('career.ui.hr.noSkills')}
                        </div>
                        {r.next.length > 0 && (
                          <div className="hint">{t('career.ui.hr.next', { roles: r.next.map(nameOf).join('、') })}</div>
                        )}
                      </div>
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MapTab() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const q = useQuery({
    queryKey: ['career-framework'],
    queryFn: () => api<Schemas['CareerFramework']>('/career/framework'),
    // An import on the import page makes a new version: always read it afresh.
    refetchOnMount: 'always',
  });
  if (q.error) return <Alert kind="error">{q.error.message}</Alert>;
  if (!q.data) return <Loading />;
  const { version, roles } = q.data;
  if (!version || roles.length === 0) return <Empty>{t('career.ui.hr.empty')}</Empty>;
  const families = [...new Map(roles.map((r) => [r.familyCode, r.familyName])).entries()];
  return (
    <>
      <p className="muted">{t('career.ui.hr.version', { number: version.number, at: formatDateTime(version.createdAt, locale) })}</p>
      {families.map(([code, name]) => (
        <section key={code} className="card" aria-labelledby={`family-${code}`}>
          <h2 id={`family-${code}`}>{name}</h2>
          <Ladder roles={roles.filter((r) => r.familyCode === code)} all={roles} />
        </section>
      ))}
    </>
  );
}

type Tab = 'map' | 'readiness';

/** /career-paths — HR's job families and grades with both tracks (CSV in and out), and the bench by department. */
export function CareerPathsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'readiness' ? 'readiness' : 'map';
  return (
    <section className="page">
      <PageHeader title={t('career.ui.hr.title')}>
        <Link className="btn" to="/import?kind=careerPaths">
          {t('career.ui.hr.import')}
        </Link>
        <a className="btn" href="/api/v1/exports/career-paths.csv" download>
          {t('career.ui.hr.export')}
        </a>
      </PageHeader>
      <p className="lead">{t('career.ui.hr.lead')}</p>
      <Tabs
        tabs={(['map', 'readiness'] as const).map((id) => ({ id, label: t(`career.ui.hr.tabs.${id}`) }))}
        current={tab}
        onChange={(x) => setParams(x === 'map' ? {} : { tab: x }, { replace: true })}
        label={t('career.ui.hr.tabsLabel')}
      />
      {tab === 'map' ? <MapTab /> : <Readiness />}
    </section>
  );
}
