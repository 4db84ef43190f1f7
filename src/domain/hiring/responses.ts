import { z } from 'zod';
import { FormDefinition } from '../forms/responses';
import { AnswerValue } from '../interviews/responses';
import { DateTime, Day, listOf, PersonRef, Uuid } from '../shared/contract';
import { CRITERION_SECTIONS } from './default-sheet';

// What the hiring-criteria hearing answers (decision 0026). Who answered and whom they named are in HR's answers
// only; a manager's own sheet carries nothing of anyone else's (their own pick: name and department).

const Status = z.enum(['draft', 'submitted']);
const Role = z.strictObject({
  /** The career map role, null for a free-text role (or one whose map was erased). */
  id: Uuid.nullable(),
  name: z.string(),
  /** The role's expected skills in its map version: what a criterion may link to. */
  skills: z.array(z.strictObject({ name: z.string(), level: z.number().int() })),
});

export const HearingSummaryRow = z
  .strictObject({
    id: Uuid,
    role: z.strictObject({ id: Uuid.nullable(), name: z.string() }),
    dueOn: Day.nullable(),
    createdAt: DateTime,
    total: z.number().int(),
    submitted: z.number().int(),
    criteria: z.number().int(),
  })
  .meta({ id: 'HearingSummaryRow' });
export const HearingList = listOf(HearingSummaryRow, 'HearingList');

/** A person as a hearing names them: name and department only (the picker, the manager's sheet, HR's summary). */
export const PerformerRef = z.strictObject({ id: Uuid, familyName: z.string(), givenName: z.string(), department: z.string().nullable() });
export const PerformerPicks = z.strictObject({ items: z.array(PerformerRef) }).meta({ id: 'PerformerPicks' });
export const PerformerSaved = z.strictObject({ performer: PerformerRef.nullable(), savedAt: DateTime }).meta({ id: 'PerformerSaved' });

export const HearingRequestRow = z.strictObject({
  id: Uuid,
  manager: PersonRef,
  /** The high performer the manager picked, resolved when read; on submitted sheets only (null once erased). */
  performer: PerformerRef.nullable(),
  status: z.enum(['draft', 'submitted', 'notStarted']),
  submittedAt: DateTime.nullable(),
});

/** One answer of one manager to one field; `by` names the manager (HR only reads this). */
const FieldAnswers = z.strictObject({
  fieldId: z.string(),
  answers: z.array(z.strictObject({ requestId: Uuid, by: PersonRef, value: AnswerValue })),
  /** For keyword lists: each keyword and how many managers wrote it, most frequent first. */
  counts: z.array(z.strictObject({ text: z.string(), count: z.number().int() })).nullable(),
});

export const Criterion = z.strictObject({ id: Uuid, section: z.enum(CRITERION_SECTIONS), text: z.string(), skill: z.string().nullable() });

export const HearingDetail = z
  .strictObject({
    id: Uuid,
    role: Role,
    dueOn: Day.nullable(),
    message: z.string(),
    createdAt: DateTime,
    requests: z.array(HearingRequestRow),
    definition: FormDefinition,
    /** Submitted sheets only, section by section, field by field. */
    sections: z.array(z.strictObject({ sectionId: z.string(), fields: z.array(FieldAnswers) })),
    /** HR's saved draft; `suggested` is used by the editor when nothing is saved yet. */
    criteria: z.array(Criterion),
    suggested: z.array(Criterion.omit({ id: true }).extend({ count: z.number().int() })),
  })
  .meta({ id: 'HearingDetail' });

/** A manager's own sheet: the role, due date and their answers; no other manager's, no HR data. */
export const HearingSheet = z
  .strictObject({
    id: Uuid,
    role: z.strictObject({ name: z.string() }),
    dueOn: Day.nullable(),
    message: z.string(),
    status: Status,
    submittedAt: DateTime.nullable(),
    updatedAt: DateTime,
    definition: FormDefinition,
    /** The high performer this manager picked (name and department only). */
    performer: PerformerRef.nullable(),
    answers: z.record(z.string(), z.strictObject({ value: AnswerValue, hrOnly: z.boolean() })),
    can: z.strictObject({ edit: z.boolean() }),
  })
  .meta({ id: 'HearingSheet' });

/**
 * A hearing sheet in a person's data export (decision 0022): the sheet as its page shows it, and who wrote it.
 * The export lists the sheets the person wrote and, in HR's export only, the submitted sheets that name them.
 */
export const HearingSheetExport = HearingSheet.omit({ can: true }).extend({ manager: PersonRef }).meta({ id: 'HearingSheetExport' });

export const HearingTask = z.strictObject({ id: Uuid, roleName: z.string(), dueOn: Day.nullable(), overdue: z.boolean(), status: Status });

export type HearingList = z.infer<typeof HearingList>;
export type HearingDetail = z.infer<typeof HearingDetail>;
export type HearingSheet = z.infer<typeof HearingSheet>;
export type HearingTask = z.infer<typeof HearingTask>;
export type HearingSheetExport = z.infer<typeof HearingSheetExport>;
export type CriterionOut = z.infer<typeof Criterion>;
export type PerformerRef = z.infer<typeof PerformerRef>;
