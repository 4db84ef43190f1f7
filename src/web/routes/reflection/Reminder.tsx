import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';

/** On the prep page: one reminder drawn from the interviewer's weakest caution (their own card; nothing if none). */
export function ReflectionReminder() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['me', 'reflection'],
    queryFn: () => api<Schemas['ReflectionCard']>('/me/reflection'),
    retry: false,
    staleTime: 10 * 60_000,
  });
  const weakest = q.data?.weakest;
  if (!weakest) return null;
  return (
    <aside className="card card--quiet reflection-reminder" aria-labelledby="reflection-reminder-title">
      <h2 id="reflection-reminder-title">{t('reflection.prep.title')}</h2>
      <p>{t(`reflection.cautions.${weakest}.reminder`)}</p>
      <Link to="/reflection">{t('reflection.card.link')}</Link>
    </aside>
  );
}
