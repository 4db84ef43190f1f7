import { useTranslation } from 'react-i18next';
import { formatDate, formatName, formatSlot } from '../../../domain/shared/format';
import type { Schemas } from '../../api-contract';
import { currentLocale } from '../../i18n';
import { MoreLine, Parts, TodoLine, TodoSection } from './TodoLine';

type Part = Schemas['HomeTodo']['employee'];

export const employeeHasTodo = (p: Part) =>
  p.forms.length + p.hearings.length + p.chooseTime.length + p.upcoming.length + p.plansToConfirm.items.length + p.itemsDue.items.length >
  0;

/** The employee's own steps: forms by their due date, a time to choose, the appointment, the plan to confirm, items due. */
export function EmployeeTodo({ part }: { part: Part }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!employeeHasTodo(part)) return null;
  return (
    <TodoSection id="employee" title={t('home.ui.sections.employee')}>
      {part.forms.map((f) => (
        <TodoLine
          key={`${f.interviewId}-${f.kind}`}
          to={`/prep/${f.interviewId}?tab=${f.kind}`}
          title={t('home.employee.form', { form: t(`forms.kinds.${f.kind}`) })}
          meta={<Parts parts={[f.round.name, f.dueOn && t('home.ui.due', { date: formatDate(f.dueOn, locale) })]} />}
          late={f.overdue}
          badge={f.state === 'draft' && <span className="badge badge--todo">{t('prep.ui.states.draft')}</span>}
        />
      ))}
      {part.hearings.map((h) => (
        <TodoLine
          key={`hearing-${h.id}`}
          to={`/hearings/${h.id}`}
          title={t('hiring.ui.home.title', { role: h.roleName })}
          meta={<Parts parts={[t('hiring.ui.home.section'), h.dueOn && t('home.ui.due', { date: formatDate(h.dueOn, locale) })]} />}
          late={h.overdue}
        />
      ))}
      {part.chooseTime.map((c) => (
        <TodoLine
          key={`time-${c.interviewId}`}
          to={`/prep/${c.interviewId}?tab=schedule`}
          title={t('home.employee.chooseTime')}
          meta={<Parts parts={[c.round.name, t('home.employee.offered', { n: c.offeredSlots })]} />}
        />
      ))}
      {part.upcoming.map((u) => (
        <TodoLine
          key={`at-${u.interviewId}`}
          to={`/prep/${u.interviewId}?tab=schedule`}
          title={t('home.employee.upcoming', { when: formatSlot(u.appointment.start, u.appointment.end, locale) })}
          meta={<Parts parts={[u.round.name, u.with && t('home.employee.with', { name: formatName(u.with) }), u.appointment.location]} />}
        />
      ))}
      {part.plansToConfirm.items.map((p) => (
        <TodoLine
          key={`plan-${p.interviewId}`}
          to={`/prep/${p.interviewId}?tab=record`}
          title={t('home.employee.confirmPlan')}
          meta={<Parts parts={[p.round.name, p.heldOn && t('home.employee.heldOn', { date: formatDate(p.heldOn, locale) })]} />}
        />
      ))}
      <MoreLine show={part.plansToConfirm.more} to="/prep" label={t('home.employee.morePlans')} />
      {part.itemsDue.items.map((i) => (
        <TodoLine
          key={i.id}
          to={`/prep/${i.interviewId}?tab=record`}
          title={i.what}
          meta={<Parts parts={[t('home.employee.plan'), t('home.ui.due', { date: formatDate(i.dueOn, locale) })]} />}
          late={i.overdue}
        />
      ))}
      <MoreLine show={part.itemsDue.more} to="/history" label={t('home.employee.moreItems')} />
    </TodoSection>
  );
}
