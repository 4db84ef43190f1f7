import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api-contract';
import { api } from '../../api';
import { SelectField } from '../../components/forms';
import type { Candidate, Candidates } from './types';

/** The position's career role: one of the current map's roles (issue 18.4). */
export function CareerRoleField({ value, error, onChange }: { value: string; error?: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const map = useQuery({ queryKey: ['career', 'framework'], queryFn: () => api<Schemas['CareerFramework']>('/career/framework') });
  const roles = map.data?.roles ?? [];
  const gone = value && map.data && !roles.some((r) => r.code === value);
  return (
    <SelectField
      label={t('careerGaps.position.role')}
      hint={gone ? t('careerGaps.position.roleGone', { code: value }) : t('careerGaps.position.roleHint')}
      error={error}
      value={value}
      options={[
        { value: '', label: t('careerGaps.position.noRole') },
        ...(gone ? [{ value, label: value }] : []),
        ...roles.map((r) => ({
          value: r.code,
          label: t('careerGaps.position.roleOption', { family: r.familyName, name: r.name, grade: r.grade }),
        })),
      ]}
      onChange={onChange}
    />
  );
}

/** Above the ranking: which role's expected levels score the skills. */
export function RankedBy({ page }: { page: Candidates }) {
  const { t } = useTranslation();
  if (page.careerRole) return <p className="hint">{t('careerGaps.position.rankedBy', { role: page.careerRole.name })}</p>;
  if (page.position.careerRoleCode)
    return <p className="hint">{t('careerGaps.position.roleGone', { code: page.position.careerRoleCode })}</p>;
  return null;
}

/** 「あと1段階: 設計 3 → 4」: a candidate against the position's career role. */
export function CandidateGap({ gap }: { gap: Candidate['gap'] }) {
  const { t } = useTranslation();
  if (!gap) return null;
  const missing = gap.skills.filter((s) => !s.met);
  return (
    <p className="candidate-gap">
      <strong>{t('careerGaps.candidate.gap')}</strong>{' '}
      {gap.shortfall === 0 ? (
        <span className="badge badge--ok">{t('careerGaps.candidate.ready')}</span>
      ) : (
        <>
          <span className="badge">{t('careerGaps.candidate.shortfall', { count: gap.shortfall })}</span>{' '}
          {missing.map((s) => t('careerGaps.candidate.skill', s)).join(t('placement.reasons.separator'))}
        </>
      )}
    </p>
  );
}
