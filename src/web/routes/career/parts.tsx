import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button } from '../../components/forms';
import { Loading } from '../../components/status';
import { currentLocale } from '../../i18n';

export type CareerRole = Schemas['CareerRole'];
export type CareerGoal = NonNullable<Schemas['CareerGoal']>;
export type Gap = CareerGoal['gaps'][number];

export function TrackBadge({ track }: { track: CareerRole['track'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--track-${track}`}>{t(`career.tracks.${track}`)}</span>;
}

/** 「TypeScript レベル3 → 4 が必要」 per expected skill, unmet first. */
export function gapText(t: TFunction, g: Gap): string {
  if (g.met) return t('career.ui.gap.met', { name: g.name, expected: g.expected, current: g.current });
  if (g.current === 0) return t('career.ui.gap.needNew', { name: g.name, expected: g.expected });
  return t('career.ui.gap.need', { name: g.name, current: g.current, expected: g.expected });
}

export function GapList({ gaps }: { gaps: Gap[] }) {
  const { t } = useTranslation();
  return (
    <ul className="gaps" aria-label={t('career.ui.gap.title')}>
      {gaps.map((g) => (
        <li key={g.name} className={g.met ? 'gap gap--met' : 'gap gap--need'}>
          <span aria-hidden="true">{g.met ? '✓' : '→'}</span> {gapText(t, g)}
        </li>
      ))}
    </ul>
  );
}

/** The goal as a sentence for the sheet's goals and the alignment table: the step and what it still needs. */
export function goalText(t: TFunction, goal: CareerGoal): string {
  const missing = goal.gaps.filter((g) => !g.met);
  const gaps = missing.length ? missing.map((g) => gapText(t, g)).join(t('career.ui.sheet.gapsJoin')) : t('career.ui.sheet.ready');
  return t('career.ui.sheet.text', {
    role: `${goal.role.familyName} ${goal.role.name}`,
    grade: goal.role.grade,
    track: t(`career.tracks.${goal.role.track}`),
    gaps,
  });
}

/** The chosen step, its term and when, and the gap today. */
export function GoalSummary({ goal }: { goal: CareerGoal }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="career-goal">
      <p className="career-goal__role">
        <strong>
          {goal.role.familyName} · {goal.role.name}
        </strong>{' '}
        <span className="muted">{goal.role.grade}</span> <TrackBadge track={goal.role.track} />
      </p>
      <p className="muted">
        {t('career.ui.mine.goalMeta', {
          term: t(`career.terms.${goal.term}`),
          at: formatDate(goal.chosenAt, locale),
          version: goal.versionNumber,
        })}
        {goal.from ? ` · ${t('career.ui.mine.from', goal.from)}` : ''}
      </p>
      {!goal.currentVersion && <Alert kind="info">{t('career.ui.mine.outdated')}</Alert>}
      <GapList gaps={goal.gaps} />
    </div>
  );
}

/**
 * The interviewer's (and HR's) view of the employee's chosen step and gaps, on the prep page and the
 * interview screen; `onToWish` puts it into the alignment table's 「本人の希望」.
 */
export function CareerGoalCard({ employeeId, onToWish }: { employeeId: string; onToWish?: (text: string) => void }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['employee-career', employeeId],
    queryFn: () => api<Schemas['EmployeeCareer']>(`/employees/${employeeId}/career`),
  });
  return (
    <section className="card" aria-labelledby="career-goal-title">
      <h2 id="career-goal-title">{t('career.ui.staff.title')}</h2>
      {q.error ? (
        <Alert kind="error">{q.error.message}</Alert>
      ) : !q.data ? (
        <Loading />
      ) : (
        <>
          {q.data.currentRole && <p>{t('career.ui.staff.current', q.data.currentRole)}</p>}
          {q.data.goal ? (
            <>
              <GoalSummary goal={q.data.goal} />
              {onToWish && (
                <div className="actions actions--inline">
                  <Button onClick={() => onToWish(goalText(t, q.data.goal!))}>{t('career.ui.staff.toWish')}</Button>
                </div>
              )}
            </>
          ) : (
            <p className="muted">{t('career.ui.staff.none')}</p>
          )}
        </>
      )}
    </section>
  );
}
