import { z } from 'zod';
import { FORM_KINDS } from '../forms/definition';
import { FormDefinition } from '../forms/responses';
import { roundBasics } from '../rounds/basics';
import { LOCATION_TYPES } from '../scheduling/schemas';
import { DateTime, listOf, pageOf, PersonRef, Uuid } from '../shared/contract';

// What the interview screens are answered (access.ts, list.ts and forms.ts build exactly these).

export const INTERVIEW_STATUSES = ['preparing', 'scheduled', 'done', 'cancelled'] as const;
const InterviewStatus = z.enum(INTERVIEW_STATUSES);
/** A sheet or survey's state in a list; a response that does not exist yet is 「未着手」. */
export const FormState = z.enum(['notStarted', 'draft', 'submitted']);

/** The fixed time and place, once a slot was chosen. Inline: it is nullable. */
export const Appointment = z.strictObject({
  start: DateTime,
  end: DateTime,
  locationType: z.enum(LOCATION_TYPES).nullable(),
  location: z.string().nullable(),
});

/** The interview itself, as every interview screen shows it (presentInterview). */
export const InterviewView = z
  .strictObject({
    id: Uuid,
    status: InterviewStatus,
    /** How the reader stands to it (never 'none': they would have got 404). */
    relation: z.enum(['self', 'interviewer', 'hr']),
    round: z.strictObject({
      ...roundBasics,
      hasSheet: z.boolean(),
      hasSurvey: z.boolean(),
    }),
    employee: z.strictObject({
      id: Uuid,
      familyName: z.string(),
      givenName: z.string(),
      familyNameKana: z.string().nullable(),
      givenNameKana: z.string().nullable(),
    }),
    interviewer: PersonRef.nullable(),
    appointment: Appointment.nullable(),
    version: z.number().int(),
    can: z.strictObject({ offerSlots: z.boolean(), chooseSlot: z.boolean(), acceptProposal: z.boolean(), seeHrOnly: z.boolean() }),
  })
  .meta({ id: 'InterviewView' });

/** One answer's value (definition.ts's AnswerValue): text, a scale point, option or skill ids, goals, or nothing. */
export const AnswerValue = z.union([
  z.string(),
  z.number(),
  z.array(z.string()),
  z.strictObject({ short: z.string(), mid: z.string(), long: z.string() }),
  z.null(),
]);

/**
 * A sheet or survey as this reader may see it: only the answers they may read. Where an answer may hold
 * none (the record's prep), say `z.union([FormView, z.null()])`: `.nullable()` on a named schema loses its
 * `null` in the document.
 */
export const FormView = z
  .strictObject({
    kind: z.enum(FORM_KINDS),
    status: FormState,
    submittedAt: DateTime.nullable(),
    updatedAt: DateTime.nullable(),
    definition: FormDefinition,
    answers: z.record(z.string(), z.strictObject({ value: AnswerValue, hrOnly: z.boolean() })),
    /**
     * Fields the employee answered 「人事のみ」 that this reader may not see (decision 0009): the answer exists, its
     * value is not sent. Empty for the employee and for HR who may read them.
     */
    hidden: z.array(z.string()),
    can: z.strictObject({ edit: z.boolean(), withdraw: z.boolean(), markHrOnly: z.boolean() }),
  })
  .meta({ id: 'FormView' });

export const AnswersSaved = z.strictObject({ savedAt: DateTime }).meta({ id: 'AnswersSaved' });
/** How many answers copy-previous carried into the draft. */
export const AnswersCopied = z.strictObject({ copied: z.number().int() }).meta({ id: 'AnswersCopied' });

/** What every list of interviews shows (list.ts's presentCommon). */
const listed = {
  id: Uuid,
  status: InterviewStatus,
  round: z.strictObject({
    id: roundBasics.id,
    name: roundBasics.name,
    type: roundBasics.type,
    status: roundBasics.status,
    prepDueOn: roundBasics.prepDueOn,
    periodEnd: roundBasics.periodEnd,
  }),
  /** null when the round has no such form. */
  sheet: FormState.nullable(),
  survey: FormState.nullable(),
  appointment: Appointment.nullable(),
  offeredSlots: z.number().int(),
  proposedSlots: z.number().int(),
};

/** One of the employee's own interviews ("what to prepare"). */
export const MyInterview = z.strictObject({ ...listed, interviewer: PersonRef.nullable() }).meta({ id: 'MyInterview' });
export const MyInterviewList = listOf(MyInterview, 'MyInterviewList');

/** One person in the interviewer's queue. */
export const QueuedInterview = z
  .strictObject({
    ...listed,
    employee: z.strictObject({ id: Uuid, familyName: z.string(), givenName: z.string(), employeeNumber: z.string() }),
    department: z.strictObject({ id: Uuid, name: z.string(), nameEn: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'QueuedInterview' });
export const InterviewQueuePage = pageOf(QueuedInterview, 'InterviewQueuePage');

export type InterviewView = z.infer<typeof InterviewView>;
export type FormView = z.infer<typeof FormView>;
export type AnswersSaved = z.infer<typeof AnswersSaved>;
export type AnswersCopied = z.infer<typeof AnswersCopied>;
export type MyInterview = z.infer<typeof MyInterview>;
export type MyInterviewList = z.infer<typeof MyInterviewList>;
export type QueuedInterview = z.infer<typeof QueuedInterview>;
export type InterviewQueuePage = z.infer<typeof InterviewQueuePage>;
