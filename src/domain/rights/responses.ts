import { z } from 'zod';
import { EmployeeCareer } from '../career/responses';
import { EmployeeDetail } from '../directory/responses';
import { HearingSheetExport } from '../hiring/responses';
import { FormView, InterviewView } from '../interviews/responses';
import { CareerWish } from '../placement/responses';
import { HistoryConsentList, InterviewRecord } from '../record/responses';
import { SkillInventory } from '../skills/responses';
import { DateTime, Uuid } from '../shared/contract';
import { NotificationList } from '../notify/responses';
import { RETENTION_MODES } from './schemas';

// A person's data as the reader is entitled to it: made only of the answers the reader's own screens get
// (each part is the presenter of that screen), so it can never hold more than those screens show.

/** One interview with what the reader sees of it: the interview, sheet and survey, record (notes, plan, follow-ups). */
export const DataExportInterview = z
  .strictObject({
    interview: InterviewView,
    sheet: z.union([FormView, z.null()]),
    survey: z.union([FormView, z.null()]),
    record: z.union([InterviewRecord, z.null()]),
  })
  .meta({ id: 'DataExportInterview' });

export const DataExport = z
  .strictObject({
    format: z.literal('mendan-data-export'),
    version: z.literal(1),
    /** self: the person's own download; hr: HR's export of the person's file on a formal request. */
    scope: z.enum(['self', 'hr']),
    generatedAt: DateTime,
    /** The company's date of the export (COMPANY_TZ), as in the file name. */
    day: z.string(),
    reason: z.string().nullable(),
    profile: EmployeeDetail,
    interviews: z.array(DataExportInterview),
    wishes: z.array(CareerWish),
    inventory: SkillInventory,
    /** The career step they chose as a goal, with its gaps (career paths, docs/decisions/0025). */
    career: EmployeeCareer,
    /**
     * Hiring-criteria hearing sheets (decision 0026): `written` — the sheets the person filled in as a manager (their
     * own download: all, drafts too; HR's export: submitted ones); `named` — submitted sheets that picked the person as
     * a high performer, in HR's export only (written about them for HR, like an hr_manager note).
     */
    hearings: z.strictObject({ written: z.array(HearingSheetExport), named: z.array(HearingSheetExport) }),
    /** The person's own notifications and history consents: in their own download only. */
    notifications: z.array(NotificationList.shape.items.element),
    consents: HistoryConsentList.shape.items,
  })
  .meta({ id: 'DataExport' });
export type DataExport = z.infer<typeof DataExport>;

export const RetentionSettingsView = z
  .strictObject({
    retiredRetentionMonths: z.number().int().nullable(),
    mode: z.enum(RETENTION_MODES),
    /** Retired people whose period has passed and who would be processed by the next daily run. */
    due: z.number().int(),
  })
  .meta({ id: 'RetentionSettingsView' });
export type RetentionSettingsView = z.infer<typeof RetentionSettingsView>;

export const ErasureDone = z.strictObject({ id: Uuid, mode: z.enum(RETENTION_MODES), rows: z.number().int() }).meta({ id: 'ErasureDone' });
export type ErasureDone = z.infer<typeof ErasureDone>;
