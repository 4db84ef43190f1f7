import { useTranslation } from 'react-i18next';
import { FiguresAsOf, useFigures } from '../../components/figures';
import { Alert } from '../../components/forms';
import { Loading } from '../../components/status';
import type { RoundRatings as Ratings } from './types';

/** HR: how employees rated the round's interviews — in aggregate, hidden below the minimum group size. */
export function RoundRatings({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const { query: q, refresh } = useFigures<Ratings>(['ratings', roundId], `/rounds/${roundId}/ratings`);
  return (
    <section className="card" aria-labelledby="ratings-title">
      <h2 id="ratings-title">{t('record.ui.ratings.title')}</h2>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {!q.data && !q.error && <Loading />}
      {q.data && <FiguresAsOf asOf={q.data.asOf} refresh={refresh} about={t('record.ui.ratings.title')} />}
      {q.data &&
        (q.data.suppressed ? (
          <p className="muted">{t('record.ui.ratings.suppressed', { n: q.data.respondents, min: q.data.minGroup })}</p>
        ) : (
          <>
            <p>{t('record.ui.ratings.summary', { n: q.data.respondents, avg: q.data.average })}</p>
            <ul className="rating-bars">
              {([5, 4, 3, 2, 1] as const).map((r) => {
                const count = q.data.distribution?.[r] ?? 0;
                return (
                  <li key={r}>
                    <span>{t(`record.ui.rating.scale.${r}`)}</span>
                    <progress max={q.data.respondents} value={count} aria-label={t(`record.ui.rating.scale.${r}`)} />{' '}
                    <span className="num">{count}</span>
                  </li>
                );
              })}
            </ul>
            {q.data.comments.length > 0 && (
              <>
                <h3>{t('record.ui.ratings.comments')}</h3>
                <ul>
                  {q.data.comments.map((c) => (
                    <li key={c} className="pre-line">
                      {c}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ))}
    </section>
  );
}
