import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';
import { Parts, TodoLine, TodoSection } from '../home/TodoLine';
import { periodLabel } from './labels';

/** The employee's home: reflections still to answer, and that an answer was counted (never what it said). */
export function HomeReflections() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const q = useQuery({ queryKey: ['me', 'reflections'], queryFn: () => api<Schemas['MyReflections']>('/me/reflections') });
  const d = q.data;
  if (!d || d.toAnswer.length + d.counted.length === 0) return null;
  return (
    <TodoSection id="reflection" title={t('reflection.answer.title')}>
      {d.toAnswer.map((r) => (
        <TodoLine
          key={r.interviewId}
          to={`/prep/${r.interviewId}?tab=record`}
          title={t('reflection.home.open')}
          meta={<Parts parts={[r.roundName, formatDate(r.heldOn, locale)]} />}
        />
      ))}
      {d.counted.map((r) => (
        <TodoLine
          key={r.interviewId}
          to={`/prep/${r.interviewId}?tab=record`}
          title={t('reflection.home.counted', { date: formatDate(r.heldOn, locale), period: periodLabel(t, r.period) })}
          meta={<Parts parts={[r.roundName]} />}
          badge={<span className="badge badge--ok">✓</span>}
        />
      ))}
    </TodoSection>
  );
}
