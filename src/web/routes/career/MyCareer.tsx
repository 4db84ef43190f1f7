import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button, SelectField } from '../../components/forms';
import { Empty, Loading, PageHeader } from '../../components/status';
import { type CareerRole, GapList, GoalSummary, TrackBadge } from './parts';

type MyCareer = Schemas['MyCareer'];
type Option = MyCareer['options'][number];
const TERMS = ['short', 'mid', 'long'] as const;

function RoleTitle({ role }: { role: CareerRole }) {
  return (
    <>
      {role.familyName} · {role.name} <span className="muted">{role.grade}</span> <TrackBadge track={role.track} />
    </>
  );
}

function OptionCard({ option, role, chosen, onChosen }: { option: Option; role: CareerRole; chosen: boolean; onChosen: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [term, setTerm] = useState<(typeof TERMS)[number]>('short');
  const choose = useMutation({
    mutationFn: () => api<MyCareer>('/me/career/goal', { method: 'PUT', body: { roleId: role.id, term } }),
    onSuccess: (next) => {
      qc.setQueryData(['my-career'], next);
      onChosen();
    },
  });
  const titleId = `option-${role.id}`;
  return (
    <li className="card career-option" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <RoleTitle role={role} />
      </h3>
      <p className={option.shortfall === 0 ? 'badge badge--ok' : 'muted'}>
        {option.shortfall === 0 ? t('career.ui.mine.ready') : t('career.ui.mine.shortfall', { count: option.shortfall })}
      </p>
      <GapList gaps={option.gaps} />
      {choose.error && <Alert kind="error">{choose.error.message}</Alert>}
      {!chosen && (
        <div className="actions actions--inline">
          <SelectField
            label={t('career.ui.mine.chooseTerm')}
            value={term}
            onChange={(v) => setTerm(v as (typeof TERMS)[number])}
            options={TERMS.map((x) => ({ value: x, label: t(`career.terms.${x}`) }))}
          />
          <Button variant="primary" busy={choose.isPending} onClick={() => choose.mutate()}>
            {t('career.ui.mine.choose')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** /career — キャリアマップ: where the employee stands, the steps open from there with their gaps, and their goal. */
export function MyCareerPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['my-career'], queryFn: () => api<MyCareer>('/me/career'), refetchOnMount: 'always' });
  const [done, setDone] = useState(false);
  const data = q.data;
  const roleOf = (id: string) => data?.framework.roles.find((r) => r.id === id);
  const current = data?.currentRoleId ? roleOf(data.currentRoleId) : undefined;
  return (
    <section className="page">
      <PageHeader title={t('career.ui.mine.title')} />
      <p className="lead">{t('career.ui.mine.lead')}</p>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {done && <Alert kind="success">{t('career.ui.mine.chosen')}</Alert>}
      {q.isPending ? (
        <Loading />
      ) : !data ? null : data.framework.roles.length === 0 ? (
        <Empty>{t('career.ui.mine.noMap')}</Empty>
      ) : (
        <>
          <section className="card" aria-labelledby="goal-title">
            <h2 id="goal-title">{t('career.ui.mine.goal')}</h2>
            {data.goal ? <GoalSummary goal={data.goal} /> : <p className="muted">{t('career.ui.mine.noGoal')}</p>}
            <p>
              <Link to="/skills">{t('career.ui.mine.updateSkills')}</Link>
            </p>
          </section>
          <section className="card" aria-labelledby="where-title">
            <h2 id="where-title">{t('career.ui.mine.where')}</h2>
            {current ? (
              <p>
                <RoleTitle role={current} />
              </p>
            ) : (
              <Alert kind="info">{t('career.ui.mine.unknownRole')}</Alert>
            )}
          </section>
          <section aria-labelledby="options-title">
            <h2 id="options-title">{t('career.ui.mine.options')}</h2>
            {data.options.length === 0 ? (
              <Empty>{t('career.ui.mine.noOptions')}</Empty>
            ) : (
              <ul className="career-options">
                {data.options.map((o) => {
                  const role = roleOf(o.roleId);
                  return role ? (
                    <OptionCard
                      key={o.roleId}
                      option={o}
                      role={role}
                      chosen={data.goal?.role.id === o.roleId}
                      onChosen={() => setDone(true)}
                    />
                  ) : null;
                })}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
