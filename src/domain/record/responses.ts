import { z } from 'zod';
import { QUESTION_CATEGORIES } from '../forms/default-questions';
import { FIELD_TYPES, FORM_KINDS } from '../forms/definition';
import { LocalizedText } from '../forms/responses';
import { FormView, INTERVIEW_STATUSES } from '../interviews/responses';
import { ROUND_TYPES } from '../rounds/schemas';
import { DateTime, Day, PersonRef, Uuid } from '../shared/contract';
import { SkillInventory } from '../skills/responses';
import { FOLLOW_RHYTHMS, GAP_KINDS, ITEM_OWNERS, ITEM_STATUSES, NOTE_VISIBILITIES } from './policy';
import { RULE_OPS, RULE_SOURCES } from './suggest';

// What the interview record, the prep page, the history and its consents and the suggestion rules answer
// (view.ts, record.ts, notes.ts, plan.ts, followups.ts, rating.ts, prep.ts, history.ts, consent.ts and
// rules.ts build exactly these).

const ItemOwner = z.enum(ITEM_OWNERS);
const ItemStatus = z.enum(ITEM_STATUSES);

/** The career gap an item works on: the level when linked (linked), now (null: not read for this reader) and expected. */
export const ItemGap = z
  .strictObject({
    skill: z.string(),
    kind: z.enum(GAP_KINDS),
    linked: z.number().int(),
    now: z.number().int().nullable(),
    expected: z.number().int(),
  })
  .meta({ id: 'ItemGap' });

const item = {
  id: Uuid,
  interviewId: Uuid,
  position: z.number().int(),
  what: z.string(),
  owner: ItemOwner,
  dueOn: Day.nullable(),
  target: z.string(),
  status: ItemStatus,
  progressNote: z.string(),
  gap: ItemGap.nullable(),
  version: z.number().int(),
  updatedAt: DateTime,
};

/** An action plan item (plan.ts's presentItem). */
export const PlanItem = z.strictObject(item).meta({ id: 'PlanItem' });
/** An unfinished item of an earlier interview, carried into this one, with that interview's round name. */
export const CarriedPlanItem = z.strictObject({ ...item, round: z.string() }).meta({ id: 'CarriedPlanItem' });

/** An item as it was when a party confirmed the plan (kept with the confirmation). */
const ConfirmedItem = z.strictObject({
  id: Uuid,
  what: z.string(),
  owner: ItemOwner,
  dueOn: Day.nullable(),
  target: z.string(),
  status: ItemStatus,
});

/** The action plan and its mutual confirmation (お互いに確認), with each confirmation's items as confirmed. */
export const ActionPlan = z
  .strictObject({
    revision: z.number().int(),
    confirmed: z.boolean(),
    employeeConfirmedAt: DateTime.nullable(),
    interviewerConfirmedAt: DateTime.nullable(),
    items: z.array(PlanItem),
    carried: z.array(CarriedPlanItem),
    /** Carried items of interviews the reader may not see: counted, not shown. */
    hiddenCarried: z.number().int(),
    /** The employee's career goal and its gaps an item may be linked to; null without a goal or for a reader who may not edit. */
    gapOptions: z
      .strictObject({
        roleName: z.string(),
        gaps: z.array(z.strictObject({ name: z.string(), expected: z.number().int(), current: z.number().int(), met: z.boolean() })),
      })
      .nullable(),
    history: z.array(
      z.strictObject({
        revision: z.number().int(),
        party: z.enum(['employee', 'interviewer']),
        confirmedAt: DateTime,
        items: z.array(ConfirmedItem),
      }),
    ),
  })
  .meta({ id: 'ActionPlan' });

export const RecordNote = z
  .strictObject({
    id: Uuid,
    visibility: z.enum(NOTE_VISIBILITIES),
    body: z.string(),
    author: PersonRef,
    mine: z.boolean(),
    version: z.number().int(),
    createdAt: DateTime,
    updatedAt: DateTime,
  })
  .meta({ id: 'RecordNote' });

/** A follow-up 1on1 on the plan, with the progress it recorded per item. */
export const FollowUp = z
  .strictObject({
    id: Uuid,
    heldOn: Day,
    note: z.string(),
    author: z.strictObject({ familyName: z.string(), givenName: z.string() }),
    items: z.array(
      // gap.now: the level when this follow-up was recorded.
      z.strictObject({ itemId: Uuid, status: ItemStatus, note: z.string(), what: z.string(), gap: ItemGap.nullable() }),
    ),
  })
  .meta({ id: 'FollowUp' });

export const AgendaItem = z
  .strictObject({
    id: z.string(),
    kind: z.enum(['theme', 'sheet', 'plan', 'question', 'custom']),
    label: z.string(),
    done: z.boolean(),
  })
  .meta({ id: 'AgendaItem' });

/** The record's own fields as this reader may see them (record.ts's presentRecord): what a patch answers. */
const recordOwn = {
  version: z.number().int(),
  heldAt: DateTime.nullable(),
  /** The interviewer's preparation: interviewer and HR only. */
  workspace: z.strictObject({ landingPoint: z.string(), agenda: z.array(AgendaItem) }).nullable(),
  /** The alignment table and the next meeting: the employee's too once the interview is held. */
  shared: z
    .strictObject({
      alignmentWish: z.string(),
      alignmentPolicy: z.string(),
      alignmentGrowth: z.string(),
      alignmentDirection: z.string(),
      nextInterviewOn: Day.nullable(),
      followRhythm: z.enum(FOLLOW_RHYTHMS),
    })
    .nullable(),
  can: z.strictObject({
    readWorkspace: z.boolean(),
    write: z.boolean(),
    markHeld: z.boolean(),
    writeNote: z.boolean(),
    editPlan: z.boolean(),
    updateProgress: z.boolean(),
    followUp: z.boolean(),
    confirmAs: z.enum(['employee', 'interviewer']).nullable(),
    rate: z.boolean(),
  }),
};
export const RecordFieldsView = z.strictObject(recordOwn).meta({ id: 'RecordFieldsView' });

/** The employee's rating of their interview (1–5) and comment. */
export const InterviewRating = z.strictObject({ rating: z.number().int(), comment: z.string() }).meta({ id: 'InterviewRating' });

/** The interview record as one reader may see it (view.ts's getRecord). */
export const InterviewRecord = z
  .strictObject({
    ...recordOwn,
    notes: z.array(RecordNote),
    plan: z.union([ActionPlan, z.null()]),
    followUps: z.array(FollowUp),
    /** The employee's own rating; null for everyone else. */
    rating: z.union([InterviewRating, z.null()]),
  })
  .meta({ id: 'InterviewRecord' });

/** A note written or edited: its id and new version. */
export const NoteSaved = z.strictObject({ id: Uuid, version: z.number().int() }).meta({ id: 'NoteSaved' });
export const FollowUpAdded = z.strictObject({ id: Uuid }).meta({ id: 'FollowUpAdded' });

/** HR's view of a round's ratings; below minGroup respondents only the count. */
export const RoundRatings = z
  .strictObject({
    respondents: z.number().int(),
    suppressed: z.boolean(),
    minGroup: z.number().int(),
    average: z.number().nullable(),
    distribution: z
      .strictObject({ 1: z.number().int(), 2: z.number().int(), 3: z.number().int(), 4: z.number().int(), 5: z.number().int() })
      .nullable(),
    /** No names, in an order unrelated to who wrote them. */
    comments: z.array(z.string()),
    asOf: DateTime,
  })
  .meta({ id: 'RoundRatings' });

/** A question of the bank as a suggestion or a rule names it. */
const QuestionRef = z.strictObject({ id: Uuid, category: z.enum(QUESTION_CATEGORIES), text: LocalizedText });

/** Why a question was suggested (suggest.ts's Reason): the rule and the answer, or the overdue item. */
export const SuggestionReason = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('scale'),
      source: z.enum(FORM_KINDS),
      field: z.string(),
      value: z.number(),
      max: z.number().int(),
      op: z.enum(['lte', 'gte']),
      threshold: z.number(),
    }),
    z.strictObject({ kind: z.literal('answered'), source: z.enum(FORM_KINDS), field: z.string() }),
    z.strictObject({ kind: z.literal('includes'), source: z.enum(FORM_KINDS), field: z.string(), option: z.string() }),
    z.strictObject({ kind: z.literal('overdue'), item: z.string(), dueOn: Day }),
  ])
  .meta({ id: 'SuggestionReason' });

/** The interviewer's prep page (prep.ts's getPrep). */
export const InterviewPrep = z
  .strictObject({
    /** null: the round has no such form. Answers the reader may not see (人事のみ) are not in it. */
    sheet: z.union([FormView, z.null()]),
    survey: z.union([FormView, z.null()]),
    landingPoint: z.string(),
    recordVersion: z.number().int(),
    /** The last interview before this one: hidden when the reader may not see it, null when there is none. */
    previous: z.union([
      z.strictObject({ hidden: z.literal(true) }),
      z.strictObject({
        hidden: z.literal(false),
        id: Uuid,
        round: z.string(),
        heldAt: DateTime.nullable(),
        direction: z.string(),
        items: z.array(PlanItem),
      }),
      z.null(),
    ]),
    carried: z.array(CarriedPlanItem),
    hiddenCarried: z.number().int(),
    strengths: z.strictObject({ skills: SkillInventory.shape.skills, achievements: SkillInventory.shape.items }),
    suggestions: z.array(z.strictObject({ ruleId: Uuid, question: QuestionRef, reason: SuggestionReason })),
  })
  .meta({ id: 'InterviewPrep' });

const CONSENT_STATUSES = ['requested', 'granted', 'declined', 'overridden'] as const;
/** A viewer's consent state; 'none' when nobody asked. */
const ConsentState = z.enum(['none', ...CONSENT_STATUSES]);

const historyRound = z.strictObject({ id: Uuid, name: z.string(), type: z.enum(ROUND_TYPES), periodStart: Day, periodEnd: Day });
const entryBase = { interviewId: Uuid, round: historyRound, status: z.enum(INTERVIEW_STATUSES) };

/**
 * An employee's timeline across rounds (history.ts's getHistory). A 'locked' entry (a new manager before the
 * employee's consent) carries the round and nothing else; 'pending' is the employee's own, not held yet.
 */
export const EmployeeHistory = z
  .strictObject({
    employeeId: Uuid,
    page: z.number().int(),
    hasMore: z.boolean(),
    /** null for the employee's own history. viewers: HR only, on the first page (else empty). */
    consent: z
      .strictObject({
        status: ConsentState,
        canRequest: z.boolean(),
        canOverride: z.boolean(),
        viewers: z.array(z.strictObject({ id: Uuid, familyName: z.string(), givenName: z.string(), status: ConsentState })),
      })
      .nullable(),
    entries: z.array(
      z.union([
        z.strictObject({ ...entryBase, access: z.literal('locked') }),
        z.strictObject({
          ...entryBase,
          access: z.enum(['full', 'shared', 'pending']),
          heldAt: DateTime.nullable(),
          /** The sheet's state only; another reader sees a submitted one alone. */
          sheet: z.strictObject({ status: z.enum(['draft', 'submitted']), submittedAt: DateTime.nullable() }).nullable(),
          direction: z.string(),
          nextInterviewOn: Day.nullable(),
          items: z.array(PlanItem),
          followUps: z.array(z.strictObject({ id: Uuid, heldOn: Day, note: z.string() })),
        }),
      ]),
    ),
  })
  .meta({ id: 'EmployeeHistory' });

/** Who asked for, or has, access to the reader's own history. */
export const HistoryConsentList = z
  .strictObject({
    items: z.array(
      z.strictObject({
        id: Uuid,
        viewer: PersonRef,
        status: z.enum(CONSENT_STATUSES),
        decidedAt: DateTime.nullable(),
        /** HR's reason, when HR overrode. */
        overrideReason: z.string().nullable(),
        updatedAt: DateTime,
      }),
    ),
  })
  .meta({ id: 'HistoryConsentList' });

/** A consent's state after a request, a decision or an override. */
export const HistoryConsentState = z.strictObject({ status: z.enum(CONSENT_STATUSES) }).meta({ id: 'HistoryConsentState' });

export const SuggestionRule = z
  .strictObject({
    id: Uuid,
    source: z.enum(RULE_SOURCES),
    /** '' for a plan rule. */
    fieldId: z.string(),
    op: z.enum(RULE_OPS),
    /** A scale threshold, an option id, or nothing. */
    value: z.union([z.number(), z.string(), z.null()]),
    active: z.boolean(),
    question: QuestionRef,
  })
  .meta({ id: 'SuggestionRule' });

/** The rules, and the fields a rule can name (those of the active templates' current versions). */
export const SuggestionRuleList = z
  .strictObject({
    items: z.array(SuggestionRule),
    fields: z.array(
      z.strictObject({
        source: z.enum(FORM_KINDS),
        id: z.string(),
        type: z.enum(FIELD_TYPES),
        label: LocalizedText,
        options: z.array(z.strictObject({ id: z.string(), label: LocalizedText })),
      }),
    ),
  })
  .meta({ id: 'SuggestionRuleList' });

export const SuggestionRuleSaved = z.strictObject({ id: Uuid }).meta({ id: 'SuggestionRuleSaved' });

export type PlanItem = z.infer<typeof PlanItem>;
export type CarriedPlanItem = z.infer<typeof CarriedPlanItem>;
export type ActionPlan = z.infer<typeof ActionPlan>;
export type RecordNote = z.infer<typeof RecordNote>;
export type FollowUp = z.infer<typeof FollowUp>;
export type RecordFieldsView = z.infer<typeof RecordFieldsView>;
export type InterviewRating = z.infer<typeof InterviewRating>;
export type InterviewRecord = z.infer<typeof InterviewRecord>;
export type NoteSaved = z.infer<typeof NoteSaved>;
export type FollowUpAdded = z.infer<typeof FollowUpAdded>;
export type RoundRatings = z.infer<typeof RoundRatings>;
export type SuggestionReason = z.infer<typeof SuggestionReason>;
export type InterviewPrep = z.infer<typeof InterviewPrep>;
export type EmployeeHistory = z.infer<typeof EmployeeHistory>;
export type HistoryConsentList = z.infer<typeof HistoryConsentList>;
export type HistoryConsentState = z.infer<typeof HistoryConsentState>;
export type SuggestionRule = z.infer<typeof SuggestionRule>;
export type SuggestionRuleList = z.infer<typeof SuggestionRuleList>;
export type SuggestionRuleSaved = z.infer<typeof SuggestionRuleSaved>;
