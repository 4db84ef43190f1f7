import { z } from 'zod';
import { LocalizedText } from '../forms/responses';
import { ROUND_STATUSES } from '../rounds/schemas';
import { DateTime, Day, listOf, PersonRef, Uuid } from '../shared/contract';
import { EXPORT_KINDS } from './exporters';
import { RISK_ACTIONS, RISK_RULES, type RiskRuleId } from './risk-rules';
import { TRENDS } from './themes-count';
import { TREND_DIMENSIONS } from './trends-policy';

// What HR insight answers: coverage, outcomes, team progress, exports (coverage.ts, outcomes.ts, team.ts,
// exports.ts), trends and risk signs (trends.ts, risks.ts), themes (themes.ts, themes-drilldown.ts).

const Int = z.number().int();
const RoundStatus = z.enum(ROUND_STATUSES);
/** A department as at the interview or now, by name. Inline: it is nullable. */
const DepartmentRef = z.strictObject({ id: Uuid, name: z.string(), nameEn: z.string().nullable() });

/** Someone not interviewed for N months (or never). */
export const NotInterviewed = z
  .strictObject({
    id: Uuid,
    employeeNumber: z.string(),
    familyName: z.string(),
    givenName: z.string(),
    department: DepartmentRef.nullable(),
    /** null: never interviewed. */
    lastInterviewAt: DateTime.nullable(),
    hireDate: Day.nullable(),
  })
  .meta({ id: 'NotInterviewed' });

/** GET /insight/coverage: a page of the people not interviewed since `since`, never-interviewed first. */
export const Coverage = z
  .strictObject({
    months: Int,
    since: DateTime,
    items: z.array(NotInterviewed),
    page: Int,
    pageSize: Int,
    total: Int,
    totalCapped: z.boolean(),
    /** Where the next page starts when walking by cursor (exports); null on the last page. */
    next: z.strictObject({ lastInterviewAt: z.string(), id: Uuid }).nullable(),
  })
  .meta({ id: 'Coverage' });

/** How one survey scale changed between a person's first and last survey of the period, on average. */
const ScaleChange = z.strictObject({ people: Int, change: z.number() }).nullable();

/** People with (or without) a career interview in the period; rates are hidden (null) for a group under minGroup. */
export const OutcomeGroup = z
  .strictObject({
    people: Int,
    suppressed: z.boolean(),
    /** Percent, one decimal. */
    retentionRate: z.number().nullable(),
    moveRate: z.number().nullable(),
    /** null when fewer than minGroup people answered the scale twice. */
    scaleChange: z.strictObject({ jobSatisfaction: ScaleChange, careerAnxiety: ScaleChange }),
  })
  .meta({ id: 'OutcomeGroup' });

/** GET /insight/outcomes: a stored aggregate, computed at `asOf`. */
export const Outcomes = z
  .strictObject({
    from: Day,
    to: Day,
    minGroup: Int,
    interviewed: OutcomeGroup,
    notInterviewed: OutcomeGroup,
    asOf: DateTime,
  })
  .meta({ id: 'Outcomes' });

const funnel = {
  total: Int,
  sheetSubmitted: Int,
  surveySubmitted: Int,
  scheduled: Int,
  done: Int,
  planConfirmed: Int,
  followedUp: Int,
};

/** GET /me/team-progress: the funnel of the interviews the reader holds, per round (latest first); a stored aggregate. */
export const TeamProgress = z
  .strictObject({
    items: z.array(
      z.strictObject({
        round: z.strictObject({ id: Uuid, name: z.string(), periodStart: Day }),
        /** Every number hidden when the reader holds fewer than minGroup interviews in the round. */
        counts: z.union([
          z.strictObject({ ...funnel, suppressed: z.literal(false) }),
          z.strictObject({ suppressed: z.literal(true), total: z.null(), minGroup: Int }),
        ]),
      }),
    ),
    asOf: DateTime,
  })
  .meta({ id: 'TeamProgress' });

export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** A CSV export the reader asked for, and how far its job is. */
export const ExportJob = z
  .strictObject({
    id: Uuid,
    kind: z.enum(EXPORT_KINDS),
    status: z.enum(EXPORT_STATUSES),
    done: Int,
    total: Int,
    fileName: z.string().nullable(),
    /** Bytes, once done. */
    size: Int.nullable(),
    createdAt: DateTime,
    finishedAt: DateTime.nullable(),
  })
  .meta({ id: 'ExportJob' });
export const ExportJobList = listOf(ExportJob, 'ExportJobList');

/**
 * One group's answers to a scale in one round; hidden (fewer than minGroup people, or it would give one
 * away); or null: the round was not counted yet, or has no such scale or group. One named union with its
 * `null` (a union of a named union and null is flattened by the document generator, losing the name).
 */
export const TrendPoint = z
  .union([
    z.strictObject({
      suppressed: z.literal(false),
      average: z.number(),
      respondents: Int,
      /** How many answered 1, 2, 3, 4 and 5. */
      distribution: z.array(Int),
    }),
    z.strictObject({ suppressed: z.literal(true) }),
    z.null(),
  ])
  .meta({ id: 'TrendPoint' });

export const TrendField = z
  .strictObject({
    id: z.string(),
    label: LocalizedText,
    lowMeansWorry: z.boolean(),
    scaleLabels: z.strictObject({ min: LocalizedText, max: LocalizedText }).nullable(),
  })
  .meta({ id: 'TrendField' });

/** GET /insight/trends: one scale over the latest rounds (oldest first), overall and per group. */
export const Trends = z
  .strictObject({
    dimension: z.enum(TREND_DIMENSIONS),
    field: z.string(),
    minGroup: Int,
    /** Every scale of these rounds' surveys. */
    fields: z.array(TrendField),
    rounds: z.array(
      z.strictObject({
        id: Uuid,
        name: z.string(),
        status: RoundStatus,
        periodStart: Day,
        /** When its stored aggregate was computed; null: not yet. */
        asOf: DateTime.nullable(),
        /** Being counted by a job: ask again. */
        pending: z.boolean(),
      }),
    ),
    /** One per round, in the order of `rounds`. */
    overall: z.array(TrendPoint),
    groups: z.array(
      z.strictObject({
        /** The department id, grade or tenure bucket; null: not recorded. */
        key: z.string().nullable(),
        name: z.string().nullable(),
        nameEn: z.string().nullable(),
        points: z.array(TrendPoint),
      }),
    ),
  })
  .meta({ id: 'Trends' });

const RiskRuleIdSchema = z.enum(RISK_RULES.map((r) => r.id) as [RiskRuleId, ...RiskRuleId[]]);

/** A stated retention-risk rule: every condition must hold. */
export const RiskRule = z
  .strictObject({
    id: RiskRuleIdSchema,
    when: z.array(
      z.union([
        z.strictObject({ field: z.string(), op: z.literal('lte'), value: z.number() }),
        z.strictObject({ field: z.string(), op: z.literal('eq'), value: z.string() }),
      ]),
    ),
  })
  .meta({ id: 'RiskRule' });

/** What HR did about a flag, when and who. */
export const RiskActionView = z
  .strictObject({ id: Uuid, action: z.enum(RISK_ACTIONS), note: z.string(), at: DateTime, actor: PersonRef })
  .meta({ id: 'RiskActionView' });

/** An answer that made a rule match, in the survey's own words. */
const RiskReason = z.strictObject({
  field: z.string(),
  label: LocalizedText,
  value: z.union([z.number(), z.string()]),
  /** For a choice: the chosen option's wording; for a scale, null. */
  option: LocalizedText.nullable(),
  lowMeansWorry: z.boolean(),
  /** Marked 「人事のみ」 by the employee: not to be passed on to the manager. */
  hrOnly: z.boolean(),
});

/** A flagged person of a round, why, and what HR did about it. */
export const RiskFlag = z
  .strictObject({
    interviewId: Uuid,
    employee: z.strictObject({ id: Uuid, employeeNumber: z.string(), familyName: z.string(), givenName: z.string() }),
    department: DepartmentRef.nullable(),
    matched: z.array(z.strictObject({ rule: RiskRuleIdSchema, reasons: z.array(RiskReason) })),
    latest: z.union([RiskActionView, z.null()]),
    history: z.array(RiskActionView),
  })
  .meta({ id: 'RiskFlag' });

/** GET /rounds/{id}/risks: a page of the round's flagged people, with the rules and how many each matches. */
export const RiskPage = z
  .strictObject({
    round: z.strictObject({ id: Uuid, name: z.string(), status: RoundStatus, hasSurvey: z.boolean() }),
    rules: z.array(RiskRule),
    actions: z.array(z.enum(RISK_ACTIONS)),
    /** People per rule id. */
    counts: z.record(z.string(), Int),
    /** When the stored set of flags was computed. */
    asOf: DateTime,
    items: z.array(RiskFlag),
    page: Int,
    pageSize: Int,
    total: Int,
    totalCapped: z.boolean(),
  })
  .meta({ id: 'RiskPage' });

/** A word of the free-text answers, by people who wrote it, beside the previous round's count. */
export const ThemeWord = z
  .strictObject({
    /** The counting key (normalized). */
    word: z.string(),
    /** How most people wrote it. */
    label: z.string(),
    people: Int,
    /** null: no previous round, or fewer than minGroup people then. */
    previous: Int.nullable(),
    /** null: no previous round to compare with. */
    trend: z.enum(TRENDS).nullable(),
  })
  .meta({ id: 'ThemeWord' });

/** GET /insight/themes/{roundId} (and its refresh): the round's words as last counted, and a count under way. */
export const Themes = z
  .strictObject({
    round: z.strictObject({ id: Uuid, name: z.string(), status: RoundStatus }),
    /** When they were counted; null: never yet. */
    asOf: DateTime.nullable(),
    respondents: Int,
    previousRound: z.strictObject({ id: Uuid, name: z.string(), respondents: Int }).nullable(),
    minGroup: Int,
    words: z.array(ThemeWord),
    /** A count queued or at work (people done of total); null when none is. */
    running: z.strictObject({ startedAt: DateTime, done: Int, total: Int }).nullable(),
  })
  .meta({ id: 'Themes' });

/** One answer containing the word, as the reader may read it. */
export const ThemeAnswer = z
  .strictObject({
    interviewId: Uuid,
    employee: PersonRef,
    department: z.strictObject({ name: z.string(), nameEn: z.string().nullable() }).nullable(),
    kind: z.enum(['sheet', 'survey']),
    /** The question, in the reader's language. */
    field: z.strictObject({ id: z.string(), label: z.string() }),
    hrOnly: z.boolean(),
    text: z.string(),
    /** Where the word occurs in `text`: [start, end) offsets. */
    highlights: z.array(z.tuple([Int, Int])),
  })
  .meta({ id: 'ThemeAnswer' });

/** GET /insight/themes/{roundId}/answers: the answers behind one listed word, a page at a time. */
export const ThemeAnswers = z
  .strictObject({
    word: z.string(),
    label: z.string(),
    people: Int,
    items: z.array(ThemeAnswer),
    page: Int,
    pageSize: Int,
    hasMore: z.boolean(),
  })
  .meta({ id: 'ThemeAnswers' });

export type NotInterviewed = z.infer<typeof NotInterviewed>;
export type Coverage = z.infer<typeof Coverage>;
export type OutcomeGroup = z.infer<typeof OutcomeGroup>;
export type Outcomes = z.infer<typeof Outcomes>;
export type TeamProgress = z.infer<typeof TeamProgress>;
export type ExportJob = z.infer<typeof ExportJob>;
export type ExportJobList = z.infer<typeof ExportJobList>;
export type TrendPoint = z.infer<typeof TrendPoint>;
export type TrendField = z.infer<typeof TrendField>;
export type Trends = z.infer<typeof Trends>;
export type RiskRule = z.infer<typeof RiskRule>;
export type RiskActionView = z.infer<typeof RiskActionView>;
export type RiskFlag = z.infer<typeof RiskFlag>;
export type RiskPage = z.infer<typeof RiskPage>;
export type ThemeWord = z.infer<typeof ThemeWord>;
export type Themes = z.infer<typeof Themes>;
export type ThemeAnswer = z.infer<typeof ThemeAnswer>;
export type ThemeAnswers = z.infer<typeof ThemeAnswers>;
