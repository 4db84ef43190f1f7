import { useTranslation } from 'react-i18next';
import { formatDate, formatName, formatSlot } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';
import { MoreLine, Parts, TodoLine, TodoSection } from './TodoLine';

type Part = NonNullable<Schemas['HomeTodo']['interviewer']>;

export const interviewerHasTodo = (p: Part | null) =>
  !!p && [p.thisWeek, p.toOffer, p.plansToConfirm, p.overdueItems, p.followUpsDue].some((l) => l.items.length > 0);

/** For whoever interviews: this week's interviews (to their prep page), times to offer, plans, overdue items, follow-ups. */
export function InterviewerTodo({ part }: { part: Part | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!part || !interviewerHasTodo(part)) return null;
  const state = (s: string) => t(`prep.ui.states.${s}`);
  return (
    <TodoSection id="interviewer" title={t('home.ui.sections.interviewer')}>
      {part.thisWeek.items.map((w) => (
        <TodoLine
          key={`week-${w.interviewId}`}
          to={`/interviews/${w.interviewId}?tab=prep`}
          title={t('home.interviewer.week', { name: formatName(w.employee) })}
          meta={
            <Parts
              parts={[
                formatSlot(w.appointment.start, w.appointment.end, locale),
                w.sheet && t('home.interviewer.sheet', { state: state(w.sheet) }),
                w.survey && t('home.interviewer.survey', { state: state(w.survey) }),
              ]}
            />
          }
        />
      ))}
      <MoreLine show={part.thisWeek.more} to="/interviews?state=scheduled" label={t('home.interviewer.moreWeek')} />
      {part.toOffer.items.map((o) => (
        <TodoLine
          key={`offer-${o.interviewId}`}
          to={`/interviews/${o.interviewId}?tab=schedule`}
          title={t(o.proposedSlots > 0 ? 'home.interviewer.answer' : 'home.interviewer.offer', { name: formatName(o.employee) })}
          meta={<Parts parts={[o.round.name]} />}
        />
      ))}
      <MoreLine show={part.toOffer.more} to="/interviews?state=unscheduled" label={t('home.interviewer.moreOffer')} />
      {part.plansToConfirm.items.map((p) => (
        <TodoLine
          key={`plan-${p.interviewId}`}
          to={`/interviews/${p.interviewId}?tab=record`}
          title={t('home.interviewer.confirmPlan', { name: formatName(p.with) })}
          meta={<Parts parts={[p.round.name]} />}
        />
      ))}
      <MoreLine show={part.plansToConfirm.more} to="/interviews?state=done" label={t('home.interviewer.moreDone')} />
      {part.overdueItems.items.map((i) => (
        <TodoLine
          key={i.id}
          to={`/interviews/${i.interviewId}?tab=record`}
          title={i.what}
          meta={
            <Parts
              parts={[
                t('home.ui.person', { name: formatName(i.employee) }),
                t('home.interviewer.owner', { owner: t(`record.owner.${i.owner}`) }),
                t('home.ui.due', { date: formatDate(i.dueOn, locale) }),
              ]}
            />
          }
          late
        />
      ))}
      <MoreLine show={part.overdueItems.more} to="/interviews" label={t('home.interviewer.moreOverdue')} />
      {part.followUpsDue.items.map((f) => (
        <TodoLine
          key={`follow-${f.interviewId}`}
          to={`/interviews/${f.interviewId}?tab=record`}
          title={t('home.interviewer.followUp', { name: formatName(f.employee) })}
          meta={
            <Parts
              parts={[
                t(`record.rhythm.${f.rhythm}`),
                t('home.interviewer.last', { date: formatDate(f.lastOn, locale) }),
                t('home.interviewer.next', { date: formatDate(f.dueOn, locale) }),
              ]}
            />
          }
          late={f.overdue}
        />
      ))}
      <MoreLine show={part.followUpsDue.more} to="/interviews?state=done" label={t('home.interviewer.moreDone')} />
    </TodoSection>
  );
}
