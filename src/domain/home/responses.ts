import { z } from 'zod';
import { Appointment, FormState } from '../interviews/responses';
import { FOLLOW_RHYTHMS, ITEM_OWNERS } from '../record/policy';
import { HearingTask } from '../hiring/responses';
import { DateTime, Day, PersonRef, Uuid } from '../shared/contract';

// GET /me/todo: what is due for the reader, by the roles they hold. Each item names where it is done
// (an interview and, in the web, its tab); nothing of an answer, a note or a wish is ever in it.

const RoundRef = z.strictObject({ id: Uuid, name: z.string() });
/** A list shown on the home page: the first few, and whether there are more (then a link to the full list). */
const few = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), more: z.boolean() });

/** A sheet or survey still to submit. */
const FormTask = z.strictObject({
  interviewId: Uuid,
  round: RoundRef,
  kind: z.enum(['sheet', 'survey']),
  state: FormState.exclude(['submitted']),
  dueOn: Day.nullable(),
  overdue: z.boolean(),
});
/** The interviewer offered times: the employee chooses one. */
const ChooseTimeTask = z.strictObject({ interviewId: Uuid, round: RoundRef, offeredSlots: z.number().int() });
const UpcomingInterview = z.strictObject({ interviewId: Uuid, round: RoundRef, appointment: Appointment, with: PersonRef.nullable() });
/** A held interview's plan the reader has not confirmed in its current revision; `with` is the other party. */
const PlanToConfirm = z.strictObject({ interviewId: Uuid, round: RoundRef, heldOn: Day.nullable(), with: PersonRef.nullable() });
/** One of the employee's own plan items, due soon or overdue. */
const MyItem = z.strictObject({
  id: Uuid,
  interviewId: Uuid,
  what: z.string(),
  dueOn: Day,
  overdue: z.boolean(),
  status: z.enum(['open', 'inProgress']),
});

const EmployeeTodo = z.strictObject({
  forms: z.array(FormTask),
  chooseTime: z.array(ChooseTimeTask),
  upcoming: z.array(UpcomingInterview),
  plansToConfirm: few(PlanToConfirm),
  itemsDue: few(MyItem),
  /** Hiring-criteria hearing sheets HR asked the reader to fill in (decision 0026), not yet submitted. */
  hearings: z.array(HearingTask),
});

/** An appointment of the coming seven days, with how far the person's preparation is. */
const WeekInterview = z.strictObject({
  interviewId: Uuid,
  round: RoundRef,
  employee: PersonRef,
  appointment: Appointment,
  sheet: FormState.nullable(),
  survey: FormState.nullable(),
});
/** An interview of a running round with no time offered yet (or times the employee proposed to answer). */
const ToOffer = z.strictObject({ interviewId: Uuid, round: RoundRef, employee: PersonRef, proposedSlots: z.number().int() });
const TeamItem = z.strictObject({
  id: Uuid,
  interviewId: Uuid,
  employee: PersonRef,
  what: z.string(),
  owner: z.enum(ITEM_OWNERS),
  dueOn: Day,
});
const FollowUpDue = z.strictObject({
  interviewId: Uuid,
  round: RoundRef,
  employee: PersonRef,
  rhythm: z.enum(FOLLOW_RHYTHMS).exclude(['none']),
  /** The last follow-up, or the interview itself. */
  lastOn: Day,
  dueOn: Day,
  overdue: z.boolean(),
});

/** For whoever interviews: only the interviews they hold (the 'interviewer' relation of interviews/access.ts). */
const InterviewerTodo = z.strictObject({
  thisWeek: few(WeekInterview),
  toOffer: few(ToOffer),
  plansToConfirm: few(PlanToConfirm),
  overdueItems: few(TeamItem),
  followUpsDue: few(FollowUpDue),
});

const Steps = z.strictObject({
  total: z.number().int(),
  /** null when the round has no such form. */
  sheetSubmitted: z.number().int().nullable(),
  surveySubmitted: z.number().int().nullable(),
  scheduled: z.number().int(),
  done: z.number().int(),
});
const LaggingDepartment = Steps.extend({ id: Uuid.nullable(), name: z.string().nullable(), nameEn: z.string().nullable() });
/** A running round; `progress` is null while its first count is being made (a job; the page asks again). */
const RoundTodo = z.strictObject({
  round: RoundRef,
  periodEnd: Day,
  prepDueOn: Day.nullable(),
  progress: z.strictObject({ asOf: DateTime, total: Steps, lagging: z.array(LaggingDepartment) }).nullable(),
});
/** A running round's retention-risk signs as the reader may see them; `counts` null while being counted. */
const RiskRound = z.strictObject({
  round: RoundRef,
  counts: z.strictObject({ total: z.number().int(), new: z.number().int(), asOf: DateTime }).nullable(),
});

/** Each part is null for a reader without the capability it needs (manageRounds, viewInsight, viewOutbox). */
const HrTodo = z.strictObject({
  rounds: few(RoundTodo).nullable(),
  /** `since`: the reader's previous visit, null on the first. */
  risks: z.strictObject({ since: DateTime.nullable(), rounds: z.array(RiskRound) }).nullable(),
  failedMail: z.strictObject({ total: z.number().int(), totalCapped: z.boolean() }).nullable(),
});

export const HomeTodo = z
  .strictObject({
    today: Day,
    employee: EmployeeTodo,
    /** null unless the reader interviews someone. */
    interviewer: InterviewerTodo.nullable(),
    /** null unless the reader has one of HR's or the admin's views. */
    hr: HrTodo.nullable(),
  })
  .meta({ id: 'HomeTodo' });

export type HomeTodo = z.infer<typeof HomeTodo>;
export type EmployeeTodo = z.infer<typeof EmployeeTodo>;
export type InterviewerTodo = z.infer<typeof InterviewerTodo>;
export type HrTodo = z.infer<typeof HrTodo>;
export type RoundTodo = z.infer<typeof RoundTodo>;
export type LaggingDepartment = z.infer<typeof LaggingDepartment>;
