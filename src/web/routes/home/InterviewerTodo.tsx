import { useTranslation } from 'react-i18next';
import { formatDate, formatName, formatSlot } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';
import { MoreLine, TodoLine, TodoSection } from './TodoLine';

type Part = NonNullable<Schemas['HomeTodo']['interviewer']>;

export const interviewerHasTodo = (p: Part | null) =>
  !!p && [p.thisWeek, p.toOffer, p.plansToConfirm, p.overdueItems, p.followUpsDue].some((l) => l.items.length > 0);

/** For whoever interviews: this week's interviews (to their prep page), times to offer, plans, overdue items, follow-ups. */
export function InterviewerTodo({ part }: { part: Part | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!part || !interviewerHasTodo(part)) return null;
  const state = (s: string | null) => (s ? t(`prep.ui.states.${s}`) : '—');
  return (
    <TodoSection id="interviewer" title={t('home.ui.sections.interviewer')}>
      {part.thisWeek.items.map((w) => (
        <TodoLine
          key={`week-${w.interviewId}`}
          to={`/interviews/${w.interviewId}?tab=prep`}
          title={t('home.interviewer.week', { name: formatName(w.employee) })}
          meta={t('home.interviewer.weekMeta', {
            when: formatSlot(w.appointment.start, w.appointment.end, locale),
            sheet: state(w.sheet),
            survey: state(w.survey),
          })}
        />
      ))}
      <MoreLine show={part.thisWeek.more} to="/interviews?state=scheduled" label={t('home.interviewer.moreWeek')} />
      {part.toOffer.items.map((o) => (
        <TodoLine
          key={`offer-${o.interviewId}`}
          to={`/interviews/${o.interviewId}?tab=schedule`}
          title={t(o.proposedSlots > 0 ? 'home.interviewer.answer' : 'home.interviewer.offer', { name: formatName(o.employee) })}
          meta={o.round.name}
        />
      ))}
      <MoreLine show={part.toOffer.more} to="/interviews?state=unscheduled" label={t('home.interviewer.moreOffer')} />
      {part.plansToConfirm.items.map((p) => (
        <TodoLine
          key={`plan-${p.interviewId}`}
          to={`/interviews/${p.interviewId}?tab=record`}
          title={t('home.interviewer.confirmPlan', { name: formatName(p.with) })}
          meta={p.round.name}
        />
      ))}
      <MoreLine show={part.plansToConfirm.more} to="/interviews?state=done" label={t('home.interviewer.moreDone')} />
      {part.overdueItems.items.map((i) => (
        <TodoLine
          key={i.id}
          to={`/interviews/${i.interviewId}?tab=record`}
          title={i.what}
          meta={t('home.interviewer.overdueMeta', {
            name: formatName(i.employee),
            owner: t(`record.owner.${i.owner}`),
            date: formatDate(i.dueOn, locale),
          })}
          late
        />
      ))}
      <MoreLine show={part.overdueItems.more} to="/interviews" label={t('home.interviewer.moreOverdue')} />
      {part.followUpsDue.items.map((f) => (
        <TodoLine
          key={`follow-${f.interviewId}`}
          to={`/interviews/${f.interviewId}?tab=record`}
          title={t('home.interviewer.followUp', { name: formatName(f.employee) })}
          meta={t('home.interviewer.followUpMeta', {
            rhythm: t(`record.rhythm.${f.rhythm}`),
            last: formatDate(f.lastOn, locale),
            due: formatDate(f.dueOn, locale),
          })}
          late={f.overdue}
        />
      ))}
      <MoreLine show={part.followUpsDue.more} to="/interviews?state=done" label={t('home.interviewer.moreDone')} />
    </TodoSection>
  );
}
