import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';

/** The career goal on the printable 「自分のデータ」, as the JSON download has it (issue 18, decision 0022). */
export function CareerGoalPrint({ career }: { career: Schemas['DataExport']['career'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const goal = career?.goal;
  return (
    <section className="print-section" aria-labelledby="md-career">
      <h2 id="md-career">{t('careerGaps.print.goal')}</h2>
      {!goal ? (
        <p>{t('careerGaps.print.none')}</p>
      ) : (
        <div className="print-answer">
          <h3>
            {t('careerGaps.print.role', {
              family: goal.role.familyName,
              name: goal.role.name,
              grade: goal.role.grade,
              track: t(`career.tracks.${goal.role.track}`),
            })}
          </h3>
          <p>
            {t('careerGaps.print.term', { term: t(`career.terms.${goal.term}`) })} ·{' '}
            {t('careerGaps.print.chosen', { date: formatDate(goal.chosenAt, locale), version: goal.versionNumber })}
          </p>
          <ul>
            {goal.gaps.map((g) => (
              <li key={g.name}>{t('careerGaps.print.gap', g)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
