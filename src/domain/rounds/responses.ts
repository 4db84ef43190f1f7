import { z } from 'zod';
import { LocalizedText } from '../forms/responses';
import { INTERVIEW_STATUSES } from '../interviews/responses';
import { DateTime, pageOf, PersonRef, Uuid } from '../shared/contract';
import { roundBasics } from './basics';
import { INTERVIEWER_RULES, ROUND_STATUSES } from './schemas';

// What the rounds answer (rounds.ts, participants.ts, assignments.ts and progress.ts build exactly these).

/** A round as HR plans and follows it, with what the reader may do with it (policy.ts's roundCan). */
export const RoundView = z
  .strictObject({
    ...roundBasics,
    sheetTemplateId: Uuid.nullable(),
    surveyTemplateId: Uuid.nullable(),
    /** Who takes part: everyone, or (departments incl. sub-departments ∩ grades) ∪ hand-picked people. */
    participants: z.strictObject({
      all: z.boolean(),
      departmentIds: z.array(Uuid),
      grades: z.array(z.string()),
      employeeIds: z.array(Uuid),
    }),
    interviewerRule: z.enum(INTERVIEWER_RULES),
    /** The launch job's progress: interviews to create, created, and why it stopped (if it did). */
    launch: z.strictObject({ total: z.number().int(), done: z.number().int(), error: z.string().nullable() }),
    launchedAt: DateTime.nullable(),
    version: z.number().int(),
    updatedAt: DateTime,
    can: z.strictObject({
      edit: z.boolean(),
      delete: z.boolean(),
      launch: z.boolean(),
      reassign: z.boolean(),
      remind: z.boolean(),
      close: z.boolean(),
    }),
  })
  .meta({ id: 'RoundView' });

export const RoundPage = pageOf(RoundView, 'RoundPage');

/** A template a round uses: the version it runs on (pinned at launch), and the template's latest version. */
const RoundFormRef = z.strictObject({
  templateId: Uuid,
  name: LocalizedText,
  version: z.number().int(),
  /** false: a draft; launching pins the version current then. */
  pinned: z.boolean(),
  latestVersion: z.number().int(),
});

/** The sheet and survey of a round (null: the round has none). */
export const RoundForms = z
  .strictObject({ sheet: z.union([RoundFormRef, z.null()]), survey: z.union([RoundFormRef, z.null()]) })
  .meta({ id: 'RoundForms' });

/** What a launch would create: how many people, how many would have nobody to interview them, and the first few. */
export const ParticipantPreview = z
  .strictObject({
    total: z.number().int(),
    unassigned: z.number().int(),
    sample: z.array(z.strictObject({ id: Uuid, familyName: z.string(), givenName: z.string(), employeeNumber: z.string() })),
  })
  .meta({ id: 'ParticipantPreview' });

/** One interview of a round, as HR assigns interviewers (assignments.ts). */
export const RoundAssignment = z
  .strictObject({
    id: Uuid,
    status: z.enum(INTERVIEW_STATUSES),
    scheduledStart: DateTime.nullable(),
    employee: z.strictObject({ id: Uuid, familyName: z.string(), givenName: z.string(), employeeNumber: z.string() }),
    /** The department as at launch. */
    department: z.strictObject({ id: Uuid, name: z.string(), nameEn: z.string().nullable() }).nullable(),
    interviewer: PersonRef.nullable(),
    /** A sheet or survey that does not exist yet is 「未着手」. */
    sheet: z.enum(['notStarted', 'draft', 'submitted']),
    survey: z.enum(['notStarted', 'draft', 'submitted']),
  })
  .meta({ id: 'RoundAssignment' });

export const RoundAssignmentPage = pageOf(RoundAssignment, 'RoundAssignmentPage');

/** Bulk reassignment: how many interviews moved, and how many were left (held ones, or the interviewer's own). */
export const ReassignResult = z.strictObject({ updated: z.number().int(), skipped: z.number().int() }).meta({ id: 'ReassignResult' });

/** A reminder was queued (one per round and target until it runs). */
export const RemindQueued = z.strictObject({ queued: z.boolean() }).meta({ id: 'RemindQueued' });

/** The funnel of a group of interviews. Inline: other answers (a manager's team) count the same steps their own way. */
const ProgressCounts = z.strictObject({
  total: z.number().int(),
  sheetSubmitted: z.number().int(),
  surveySubmitted: z.number().int(),
  scheduled: z.number().int(),
  done: z.number().int(),
  /** Both the employee and the interviewer confirmed the plan's current revision. */
  planConfirmed: z.number().int(),
  /** At least one follow-up recorded on the plan. */
  followedUp: z.number().int(),
  unassigned: z.number().int(),
});

/** Action-plan items: how many, done, and overdue (open past their due date). */
const PlanStats = z.strictObject({ items: z.number().int(), done: z.number().int(), overdue: z.number().int() });

/** A round's progress: totals, by department (as at launch) and by interviewer; `asOf` says when it was counted. */
export const RoundProgress = z
  .strictObject({
    round: z.strictObject({ id: Uuid, name: z.string(), status: z.enum(ROUND_STATUSES), hasSheet: z.boolean(), hasSurvey: z.boolean() }),
    total: ProgressCounts,
    plan: PlanStats,
    /** id and name null: the interviews of people without a department. */
    byDepartment: z.array(
      ProgressCounts.extend({ id: Uuid.nullable(), name: z.string().nullable(), nameEn: z.string().nullable(), plan: PlanStats }),
    ),
    /** id and person null: the interviews nobody is assigned to. */
    byInterviewer: z.array(
      ProgressCounts.extend({ id: Uuid.nullable(), person: z.strictObject({ familyName: z.string(), givenName: z.string() }).nullable() }),
    ),
    asOf: DateTime,
  })
  .meta({ id: 'RoundProgress' });

export type RoundView = z.infer<typeof RoundView>;
export type RoundPage = z.infer<typeof RoundPage>;
export type RoundForms = z.infer<typeof RoundForms>;
export type ParticipantPreview = z.infer<typeof ParticipantPreview>;
export type RoundAssignment = z.infer<typeof RoundAssignment>;
export type RoundAssignmentPage = z.infer<typeof RoundAssignmentPage>;
export type ReassignResult = z.infer<typeof ReassignResult>;
export type RemindQueued = z.infer<typeof RemindQueued>;
export type ProgressCounts = z.infer<typeof ProgressCounts>;
export type RoundProgress = z.infer<typeof RoundProgress>;
