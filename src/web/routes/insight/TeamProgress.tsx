import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api-contract';
import { FiguresAsOf, useFigures } from '../../components/figures';
import { FunnelChart } from './Funnel';

type Team = Schemas['TeamProgress'];

/** The interviewer's own people, as a funnel per round — hidden below five people. */
export function TeamProgress() {
  const { t } = useTranslation();
  const { query: q, refresh } = useFigures<Team>(['team-progress'], '/me/team-progress');
  const latest = q.data?.items[0];
  if (!latest) return null;
  return (
    <section className="card" aria-labelledby="team-title">
      <h2 id="team-title">{t('insight.ui.teamTitle', { round: latest.round.name })}</h2>
      {latest.counts.suppressed ? (
        <p className="muted">{t('insight.ui.teamSuppressed', { min: latest.counts.minGroup })}</p>
      ) : (
        <FunnelChart counts={latest.counts} />
      )}
      <FiguresAsOf asOf={q.data!.asOf} refresh={refresh} />
    </section>
  );
}
