import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatName } from '../../domain/shared/format';
import { api } from '../api';
import type { Schemas } from '../api-contract';
import { Alert } from '../components/forms';
import { Empty, Loading, usePageTitle } from '../components/status';
import { useMe } from '../session';
import { EmployeeTodo, employeeHasTodo } from './home/EmployeeTodo';
import { HrTodo, hrCounting, hrHasTodo } from './home/HrTodo';
import { InterviewerTodo, interviewerHasTodo } from './home/InterviewerTodo';
import { Shortcuts } from './home/Shortcuts';
import { HomeReflections } from './reflection/HomeReflections';

type Todo = Schemas['HomeTodo'];

/** While a round's figures are first being counted (a job), the list asks again at this pace. */
const COUNTING_POLL_MS = 5_000;

/**
 * 「山田 太郎さん、こんにちは」, then what is due for this person — as an employee, as an interviewer, as HR —
 * each line a link to where it is done; the server decides what each role may see. The menu stays below.
 */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('ui.nav.home'));
  const q = useQuery({
    queryKey: ['me', 'todo'],
    queryFn: () => api<Todo>('/me/todo'),
    refetchInterval: (query) => (hrCounting(query.state.data?.hr ?? null) ? COUNTING_POLL_MS : false),
  });
  const d = q.data;
  const nothing = !!d && !employeeHasTodo(d.employee) && !interviewerHasTodo(d.interviewer) && !hrHasTodo(d.hr);
  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('ui.home.greeting', { name: formatName(me) })}</h1>
      <p className="lead">{t('ui.home.lead')}</p>
      <div className="todo-area" aria-busy={q.isPending}>
        <h2 className="visually-hidden">{t('home.ui.todoTitle')}</h2>
        {q.error && <Alert kind="error">{q.error.message}</Alert>}
        {q.isPending && <Loading label={t('home.ui.loading')} />}
        {nothing && (
          <Empty>
            <strong className="block">{t('home.ui.empty')}</strong>
            <span className="muted">{t('home.ui.emptyHint')}</span>
          </Empty>
        )}
        {d && (
          <>
            <EmployeeTodo part={d.employee} />
            <HomeReflections />
            <InterviewerTodo part={d.interviewer} />
            <HrTodo part={d.hr} />
          </>
        )}
      </div>
      <Shortcuts />
    </section>
  );
}
