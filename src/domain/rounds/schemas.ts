import { z } from 'zod';
import { LIMITS } from '../directory/schemas';
import { Localized } from '../forms/schemas';
import { IsoDate, Version, singleLine } from '../shared/schemas';

export const ROUND_TYPES = ['career', 'oneOnOne', 'followUp'] as const;
export type RoundType = (typeof ROUND_TYPES)[number];
export const ROUND_STATUSES = ['draft', 'launching', 'launched', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const INTERVIEWER_RULES = ['manager', 'hrPartner'] as const;

export const ROUND_LIMITS = { name: 100, message: 2000, themes: 10, themeTitle: 100, themeDescription: 500, picked: 10_000 } as const;

export const RoundTheme = z.strictObject({
  title: Localized(ROUND_LIMITS.themeTitle),
  description: z.strictObject({
    ja: z.string().trim().max(ROUND_LIMITS.themeDescription),
    en: z.string().trim().max(ROUND_LIMITS.themeDescription).optional(),
  }),
});

/** Who takes part: everyone, or (departments incl. sub-departments ∩ grades) ∪ hand-picked people. */
export const ParticipantRule = z.strictObject({
  all: z.boolean().default(false),
  departmentIds: z.array(z.uuid()).max(500).default([]),
  grades: z.array(singleLine(LIMITS.grade).min(1)).max(100).default([]),
  employeeIds: z.array(z.uuid()).max(ROUND_LIMITS.picked).default([]),
});
export type ParticipantRuleInput = z.infer<typeof ParticipantRule>;

const roundFields = {
  name: singleLine(ROUND_LIMITS.name).min(1),
  type: z.enum(ROUND_TYPES),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  prepDueOn: IsoDate.nullable().optional(),
  themes: z.array(RoundTheme).max(ROUND_LIMITS.themes),
  message: z.string().trim().max(ROUND_LIMITS.message),
  sheetTemplateId: z.uuid().nullable().optional(),
  surveyTemplateId: z.uuid().nullable().optional(),
  participants: ParticipantRule,
  interviewerRule: z.enum(INTERVIEWER_RULES),
};

type DateFields = { periodStart?: string; periodEnd?: string; prepDueOn?: string | null };
/** The period ends after it starts; preparation is due within the period. */
function checkDates(v: DateFields, ctx: z.RefinementCtx) {
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart)
    ctx.addIssue({ code: 'custom', message: 'rounds.errors.periodOrder', path: ['periodEnd'] });
  if (v.prepDueOn && v.periodEnd && v.prepDueOn > v.periodEnd)
    ctx.addIssue({ code: 'custom', message: 'rounds.errors.prepDueAfterEnd', path: ['prepDueOn'] });
}

export const RoundCreate = z
  .strictObject({
    ...roundFields,
    themes: roundFields.themes.default([]),
    message: roundFields.message.default(''),
    interviewerRule: roundFields.interviewerRule.default('manager'),
  })
  .superRefine(checkDates);
export type RoundCreateInput = z.infer<typeof RoundCreate>;

export const RoundUpdate = z.strictObject({ ...z.strictObject(roundFields).partial().shape, version: Version }).superRefine(checkDates);
export type RoundUpdateInput = z.infer<typeof RoundUpdate>;

export const RoundListQuery = z.strictObject({
  /** `started`: launched or closed, the rounds that have interviews (what insight pages pick from). */
  status: z.enum([...ROUND_STATUSES, 'started', 'all']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});

export const AssignmentListQuery = z.strictObject({
  q: z.string().trim().max(LIMITS.search).optional(),
  departmentId: z.uuid().optional(),
  interviewerId: z.uuid().optional(),
  unassigned: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

/** Bulk reassignment: these interviews get this interviewer (HR partner or any active employee). */
export const Reassign = z.strictObject({
  interviewIds: z.array(z.uuid()).min(1).max(1000),
  interviewerId: z.uuid(),
});

export const RemindBody = z.strictObject({ target: z.enum(['sheet', 'survey', 'schedule']) });
