import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';
import { deptName } from '../../lib/departments';
import { MoreLine, Parts, TodoLine, TodoSection } from './TodoLine';

type Part = NonNullable<Schemas['HomeTodo']['hr']>;
type Round = NonNullable<Part['rounds']>['items'][number];

/** Risk signs worth a line: some flagged people in the round (or still being counted). */
const riskRounds = (p: Part) => p.risks?.rounds.filter((r) => !r.counts || r.counts.total > 0) ?? [];

export const hrHasTodo = (p: Part | null) =>
  !!p && ((p.rounds?.items.length ?? 0) > 0 || riskRounds(p).length > 0 || (p.failedMail?.total ?? 0) > 0);

/** Whether a stored count is still being made: the page asks again shortly. */
export const hrCounting = (p: Part | null) =>
  !!p && (!!p.rounds?.items.some((r) => !r.progress) || !!p.risks?.rounds.some((r) => !r.counts));

type Steps = NonNullable<Round['progress']>['total'];

/** How far a group is, step by step, as short parts (a form the round does not have is left out). */
function useSteps() {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (c: Steps) => {
    const step = (key: string, n: number) =>
      t(`home.hr.steps.${key}`, { n: formatNumber(n, locale), total: formatNumber(c.total, locale) });
    return [
      step('done', c.done),
      step('scheduled', c.scheduled),
      c.sheetSubmitted !== null && step('sheet', c.sheetSubmitted),
      c.surveySubmitted !== null && step('survey', c.surveySubmitted),
    ];
  };
}

/** A round's figures as last counted, and its departments furthest behind, one per line. */
function RoundMeta({ r }: { r: Round }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const steps = useSteps();
  if (!r.progress) return <span>{t('home.ui.counting')}</span>;
  const { total, lagging } = r.progress;
  return (
    <>
      <Parts parts={[...steps(total), r.prepDueOn && t('home.hr.prepDue', { date: formatDate(r.prepDueOn, locale) })]} />
      {lagging.length > 0 && (
        <div className="todo__lagging">
          <span>{t('home.hr.lagging')}</span>
          <ul>
            {lagging.map((d) => (
              <li key={d.id ?? 'none'}>
                <strong>{d.id ? deptName({ name: d.name ?? '', nameEn: d.nameEn }, i18n.language) : t('home.hr.noDepartment')}</strong>{' '}
                <Parts parts={steps(d)} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** HR and the system owner: running rounds with the departments behind, risk signs new since the last visit, failed mail. */
export function HrTodo({ part }: { part: Part | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!part || !hrHasTodo(part)) return null;
  const since = part.risks?.since;
  return (
    <TodoSection id="hr" title={t('home.ui.sections.hr')}>
      {part.rounds?.items.map((r) => (
        <TodoLine
          key={`round-${r.round.id}`}
          to={`/rounds/${r.round.id}`}
          title={t('home.hr.round', { round: r.round.name })}
          meta={<RoundMeta r={r} />}
        />
      ))}
      <MoreLine show={!!part.rounds?.more} to="/rounds" label={t('home.hr.moreRounds')} />
      {riskRounds(part).map((r) => (
        <TodoLine
          key={`risk-${r.round.id}`}
          to={`/insight/risks?round=${r.round.id}`}
          title={t('home.hr.risks', { round: r.round.name })}
          meta={
            r.counts ? (
              <>
                <Parts parts={[t('home.hr.flagged', { n: formatNumber(r.counts.total, locale) })]} />
                {since && <div className="todo__since">{t('home.hr.since', { at: formatDateTime(since, locale) })}</div>}
              </>
            ) : (
              t('home.ui.counting')
            )
          }
          badge={!!r.counts?.new && <span className="badge badge--new">{t('home.hr.new', { n: formatNumber(r.counts.new, locale) })}</span>}
        />
      ))}
      {!!part.failedMail?.total && (
        <TodoLine
          to="/admin/outbox"
          title={t('home.hr.failedMail')}
          meta={t('home.hr.failedMailMeta', {
            n: `${formatNumber(part.failedMail.total, locale)}${part.failedMail.totalCapped ? '+' : ''}`,
          })}
        />
      )}
    </TodoSection>
  );
}
