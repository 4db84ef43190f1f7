import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';
import { deptName } from '../../lib/departments';
import { MoreLine, TodoLine, TodoSection } from './TodoLine';

type Part = NonNullable<Schemas['HomeTodo']['hr']>;
type Round = NonNullable<Part['rounds']>['items'][number];

/** Risk signs worth a line: some flagged people in the round (or still being counted). */
const riskRounds = (p: Part) => p.risks?.rounds.filter((r) => !r.counts || r.counts.total > 0) ?? [];

export const hrHasTodo = (p: Part | null) =>
  !!p && ((p.rounds?.items.length ?? 0) > 0 || riskRounds(p).length > 0 || (p.failedMail?.total ?? 0) > 0);

/** Whether a stored count is still being made: the page asks again shortly. */
export const hrCounting = (p: Part | null) =>
  !!p && (!!p.rounds?.items.some((r) => !r.progress) || !!p.risks?.rounds.some((r) => !r.counts));

function RoundMeta({ r }: { r: Round }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  if (!r.progress) return <span className="muted">{t('home.ui.counting')}</span>;
  const { total, lagging } = r.progress;
  const n = (x: number) => formatNumber(x, locale);
  const parts = [
    t('home.hr.roundMeta', { done: n(total.done), scheduled: n(total.scheduled), total: n(total.total) }),
    ...(total.sheetSubmitted === null ? [] : [t('home.hr.roundSheet', { n: n(total.sheetSubmitted), total: n(total.total) })]),
    ...(r.prepDueOn ? [t('home.hr.roundDue', { date: formatDate(r.prepDueOn, locale) })] : []),
  ];
  const list = lagging
    .map((d) =>
      t('home.hr.laggingDept', {
        name: d.id ? deptName({ name: d.name ?? '', nameEn: d.nameEn }, i18n.language) : t('home.hr.noDepartment'),
        score: t('home.hr.laggingScore', { done: n(d.done), total: n(d.total) }),
      }),
    )
    .join(locale === 'ja' ? '、' : ', ');
  return (
    <>
      {parts.join(locale === 'ja' ? '・' : ' · ')}
      {lagging.length > 0 && <span className="todo__lagging">{t('home.hr.lagging', { list })}</span>}
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
                {t('home.hr.risksMeta', { total: formatNumber(r.counts.total, locale) })}
                {since && <span className="todo__since">{t('home.hr.risksSince', { at: formatDateTime(since, locale) })}</span>}
              </>
            ) : (
              t('home.ui.counting')
            )
          }
          badge={
            !!r.counts?.new && (
              <span className="badge badge--new">
                {t(since ? 'home.hr.risksNew' : 'home.hr.risksNewFirst', { n: formatNumber(r.counts.new, locale) })}
              </span>
            )
          }
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
