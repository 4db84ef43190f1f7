import type { MyInterview } from '../interviews/responses';
import type { FOLLOW_RHYTHMS } from '../record/policy';
import type { EmployeeTodo, LaggingDepartment } from './responses';

// What counts as due on a home page: the windows and rules, pure, so they are tested beside this file
// and the queries (employee.ts, interviewer.ts, hr.ts) only fetch.

/** Each list shows this many; one more is fetched to know whether to say 「ほかにもあります」. */
export const HOME_LIMIT = 8;
/** The employee's plan items appear this many days before their due date (and stay until done). */
export const ITEM_SOON_DAYS = 14;
/** "This week" for an interviewer: today and the six days after it. */
export const WEEK_DAYS = 7;
/** A follow-up due within this many days is listed. */
export const FOLLOW_UP_SOON_DAYS = 7;
/**
 * A plan held longer ago than this no longer asks to be confirmed: the next interview (or a follow-up)
 * takes it up, and a home page that nags about last year's plan is read as noise.
 */
export const CONFIRM_WINDOW_DAYS = 90;
/** A visit after this long without opening home starts a new sitting; "new since" then moves on. */
export const VISIT_GAP_MS = 30 * 60_000;
/** The running rounds HR's home names, newest first. */
export const HR_ROUNDS = 5;
/** Departments named as lagging per round. */
export const LAGGING_SHOWN = 3;

type Rhythm = Exclude<(typeof FOLLOW_RHYTHMS)[number], 'none'>;
/**
 * How long after the last follow-up (or the interview) the next one is due, as a PostgreSQL interval:
 * the date arithmetic runs in SQL (month ends clamp: 31 Jan + 1 month = 28/29 Feb) so the list can be
 * filtered by due date in the database.
 */
export const RHYTHM_INTERVAL: Record<Rhythm, string> = {
  weekly: '7 days',
  biweekly: '14 days',
  monthly: '1 month',
  quarterly: '3 months',
};

export type Visit = { seenAt: Date; previousAt: Date | null };

/**
 * The stored visit after opening home at `now`. Within VISIT_GAP_MS of the last request it is the same
 * sitting: `previousAt` stays, so reloading the page or coming back from a link keeps showing what was new.
 * After a gap, the last request becomes the previous visit. "New since your last visit" reads `previousAt`.
 */
export function nextVisit(stored: Visit | null, now: Date): Visit {
  if (!stored) return { seenAt: now, previousAt: null };
  if (now.getTime() - stored.seenAt.getTime() >= VISIT_GAP_MS) return { seenAt: now, previousAt: stored.seenAt };
  return { seenAt: now, previousAt: stored.previousAt };
}

/** Whether the employee may still work on this interview's forms or its time (interviews/policy.ts `open`). */
const open = (i: MyInterview) => i.round.status === 'launched' && i.status !== 'done' && i.status !== 'cancelled';

/**
 * The employee's steps before an interview, from their own interview list: each sheet or survey not yet
 * submitted (with the round's preparation due date), times offered to choose from, and the appointments
 * still to come.
 */
export function employeeSteps(
  items: readonly MyInterview[],
  today: string,
  now: Date,
): Pick<EmployeeTodo, 'forms' | 'chooseTime' | 'upcoming'> {
  const out: Pick<EmployeeTodo, 'forms' | 'chooseTime' | 'upcoming'> = { forms: [], chooseTime: [], upcoming: [] };
  for (const i of items) {
    const round = { id: i.round.id, name: i.round.name };
    if (open(i)) {
      for (const kind of ['sheet', 'survey'] as const) {
        const state = i[kind];
        if (state === null || state === 'submitted') continue;
        const dueOn = i.round.prepDueOn;
        out.forms.push({ interviewId: i.id, round, kind, state, dueOn, overdue: !!dueOn && dueOn < today });
      }
      if (i.status === 'preparing' && !i.appointment && i.offeredSlots > 0) {
        out.chooseTime.push({ interviewId: i.id, round, offeredSlots: i.offeredSlots });
      }
    }
    // As the interviewer's 「今後1週間の面談」: only of running rounds (a closed round's appointment is not on anyone's list).
    if (i.round.status === 'launched' && i.status === 'scheduled' && i.appointment && Date.parse(i.appointment.end) > now.getTime()) {
      out.upcoming.push({ interviewId: i.id, round, appointment: i.appointment, with: i.interviewer });
    }
  }
  // The nearest due date first; forms without one last.
  out.forms.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  out.upcoming.sort((a, b) => a.appointment.start.localeCompare(b.appointment.start));
  return out;
}

export type StepCounts = { total: number; sheetSubmitted: number; surveySubmitted: number; scheduled: number; done: number };
type Forms = { hasSheet: boolean; hasSurvey: boolean };

/**
 * How far a group is through a round, 0–1: the mean of the share of people past each step the round has
 * (sheet, survey, time fixed, interview held). One number, so departments of different sizes compare.
 */
export function progressScore(c: StepCounts, forms: Forms): number {
  if (c.total <= 0) return 1;
  const steps = [...(forms.hasSheet ? [c.sheetSubmitted] : []), ...(forms.hasSurvey ? [c.surveySubmitted] : []), c.scheduled, c.done];
  return steps.reduce((sum, n) => sum + n / c.total, 0) / steps.length;
}

type Department = StepCounts & { id: string | null; name: string | null; nameEn: string | null };

/** The steps as HR's home shows them: a form the round does not have is null, not 0. */
export const shownSteps = (c: StepCounts, forms: Forms) => ({
  total: c.total,
  sheetSubmitted: forms.hasSheet ? c.sheetSubmitted : null,
  surveySubmitted: forms.hasSurvey ? c.surveySubmitted : null,
  scheduled: c.scheduled,
  done: c.done,
});

/**
 * The departments furthest behind the round as a whole: below its progress, the slowest first (the larger
 * department first on a tie: more people are waiting there), at most LAGGING_SHOWN.
 */
export function laggingDepartments(total: StepCounts, departments: readonly Department[], forms: Forms): LaggingDepartment[] {
  const overall = progressScore(total, forms);
  return departments
    .filter((d) => d.total > 0)
    .map((d) => ({ d, score: progressScore(d, forms) }))
    .filter((x) => x.score < overall)
    .sort((a, b) => a.score - b.score || b.d.total - a.d.total)
    .slice(0, LAGGING_SHOWN)
    .map(({ d }) => ({ id: d.id, name: d.name, nameEn: d.nameEn, ...shownSteps(d, forms) }));
}

/** The first `limit` rows and whether there were more (queries fetch limit + 1). */
export const firstFew = <T>(rows: readonly T[], limit = HOME_LIMIT) => ({ items: rows.slice(0, limit), more: rows.length > limit });
