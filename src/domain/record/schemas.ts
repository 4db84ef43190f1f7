import { z } from 'zod';
import { INT4_MAX, IsoDate, Version } from '../shared/schemas';
import { FOLLOW_RHYTHMS, GAP_KINDS, ITEM_OWNERS, ITEM_STATUSES, NOTE_VISIBILITIES } from './policy';
import { RULE_OPS, RULE_SOURCES } from './suggest';

export const RECORD_LIMITS = {
  landingPoint: 2000,
  alignment: 2000,
  agenda: 60,
  agendaLabel: 300,
  note: 4000,
  what: 300,
  target: 1000,
  progress: 1000,
  comment: 1000,
  reason: 500,
} as const;

const text = (max: number) => z.string().trim().max(max);
const isoDate = IsoDate;

const AgendaItem = z.strictObject({
  id: z.string().min(1).max(64),
  kind: z.enum(['theme', 'sheet', 'plan', 'question', 'custom']),
  label: text(RECORD_LIMITS.agendaLabel).min(1),
  done: z.boolean(),
});

/** The record's fields, each merged on its own: two devices editing different fields never conflict. */
export const RecordFields = z.strictObject({
  landingPoint: text(RECORD_LIMITS.landingPoint),
  agenda: z.array(AgendaItem).max(RECORD_LIMITS.agenda),
  alignmentWish: text(RECORD_LIMITS.alignment),
  alignmentPolicy: text(RECORD_LIMITS.alignment),
  alignmentGrowth: text(RECORD_LIMITS.alignment),
  alignmentDirection: text(RECORD_LIMITS.alignment),
  nextInterviewOn: isoDate.nullable(),
  followRhythm: z.enum(FOLLOW_RHYTHMS),
});
export type RecordFields = z.infer<typeof RecordFields>;
export type RecordField = keyof RecordFields;

/** A patch names the version it was based on and, per field, the value it started from (for the merge). */
export const PatchRecord = z.strictObject({
  version: Version,
  changes: RecordFields.partial(),
  base: RecordFields.partial(),
});

export const NewNote = z.strictObject({ visibility: z.enum(NOTE_VISIBILITIES), body: text(RECORD_LIMITS.note).min(1) });
export const EditNote = NewNote.partial().extend({ version: Version });
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1).max(INT4_MAX) });
/** early=true: the interviewer confirmed marking it held before its appointment's day. */
export const HeldQuery = z.strictObject({ early: z.enum(['true', 'false']).optional() });

export const NewItem = z.strictObject({
  what: text(RECORD_LIMITS.what).min(1),
  owner: z.enum(ITEM_OWNERS),
  dueOn: isoDate.nullable().default(null),
  target: text(RECORD_LIMITS.target).default(''),
});
export const EditItem = z.strictObject({
  version: Version,
  what: NewItem.shape.what.optional(),
  owner: NewItem.shape.owner.optional(),
  dueOn: isoDate.nullable().optional(),
  target: text(RECORD_LIMITS.target).optional(),
  position: z.number().int().min(0).max(1000).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  progressNote: text(RECORD_LIMITS.progress).optional(),
});
export type EditItem = z.infer<typeof EditItem>;

/** Links an item to a skill of the employee's career goal (skill null: unlinks it). */
export const LinkGap = z.strictObject({
  version: Version,
  skill: z.string().trim().min(1, { message: 'errors.required' }).max(100).nullable(),
  kind: z.enum(GAP_KINDS).default('other'),
});
export type LinkGap = z.infer<typeof LinkGap>;

export const ConfirmPlan = z.strictObject({ revision: Version });

export const NewFollowUp = z.strictObject({
  heldOn: isoDate,
  note: text(RECORD_LIMITS.note).default(''),
  items: z
    .array(z.strictObject({ itemId: z.uuid(), status: z.enum(ITEM_STATUSES), note: text(RECORD_LIMITS.progress).default('') }))
    .max(100),
});

export const Rate = z.strictObject({
  rating: z.number().int().min(1, { message: 'record.errors.rating' }).max(5, { message: 'record.errors.rating' }),
  comment: text(RECORD_LIMITS.comment).default(''),
});

export const RuleInput = z
  .strictObject({
    source: z.enum(RULE_SOURCES),
    fieldId: z.string().max(64).default(''),
    op: z.enum(RULE_OPS),
    value: z
      .union([z.number().int().min(1).max(5), z.string().max(64)])
      .nullable()
      .default(null),
    questionId: z.uuid(),
    active: z.boolean().default(true),
  })
  .superRefine((r, ctx) => {
    const need = (ok: boolean, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (r.source === 'plan') {
      need(r.op === 'overdue', 'op', 'record.errors.ruleOp');
      return;
    }
    need(r.op !== 'overdue', 'op', 'record.errors.ruleOp');
    need(r.fieldId.length > 0, 'fieldId', 'errors.required');
    if (r.op === 'lte' || r.op === 'gte') need(typeof r.value === 'number', 'value', 'record.errors.ruleValue');
    if (r.op === 'includes') need(typeof r.value === 'string' && r.value.length > 0, 'value', 'record.errors.ruleValue');
  });

export const ConsentDecision = z.strictObject({ grant: z.boolean() });
export const Override = z.strictObject({ reason: text(RECORD_LIMITS.reason).min(1) });
export const HistoryQuery = z.strictObject({ page: z.coerce.number().int().min(1).max(1000).optional() });
