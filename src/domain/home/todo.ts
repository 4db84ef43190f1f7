import type { Db } from '../../db/client';
import type { JobQueue } from '../../jobs/queue';
import type { Actor } from '../actor';
import { can } from '../capabilities';
import { companyToday } from '../shared/calendar';
import { employeeTodo } from './employee';
import { hrTodo } from './hr';
import { interviewerTodo } from './interviewer';
import type { HomeTodo } from './responses';

/**
 * GET /me/todo — the reader's home page as a to-do list: what is due for them as an employee (everyone),
 * as an interviewer (their own interviews only) and as HR or system owner (each part behind the capability
 * that shows the same thing elsewhere). Nothing of anyone else's records, and no answer text, is in it.
 */
export async function homeTodo(db: Db, opts: { actor: Actor; jobs: JobQueue }): Promise<HomeTodo> {
  const { actor, jobs } = opts;
  const now = new Date();
  const today = companyToday(now);
  const [employee, interviewer, hr] = await Promise.all([
    employeeTodo(db, actor, today, now),
    can(actor, 'interview') ? interviewerTodo(db, actor, today) : null,
    hrTodo({ db, jobs }, actor, now),
  ]);
  return { today, employee, interviewer, hr };
}
