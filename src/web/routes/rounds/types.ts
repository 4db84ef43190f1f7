import type { LocalizedText } from '../../../domain/forms/definition';
import type { Schemas } from '../../api-contract';

export type RoundTheme = { title: LocalizedText; description: LocalizedText };

export type Round = {
  id: string;
  name: string;
  type: 'career' | 'oneOnOne' | 'followUp';
  status: 'draft' | 'launching' | 'launched' | 'closed';
  periodStart: string;
  periodEnd: string;
  prepDueOn: string | null;
  themes: RoundTheme[];
  message: string;
  sheetTemplateId: string | null;
  surveyTemplateId: string | null;
  participants: { all: boolean; departmentIds: string[]; grades: string[]; employeeIds: string[] };
  interviewerRule: 'manager' | 'hrPartner';
  launch: { total: number; done: number; error: string | null };
  launchedAt: string | null;
  version: number;
  updatedAt: string;
  can: { edit: boolean; delete: boolean; launch: boolean; reassign: boolean; remind: boolean; close: boolean };
};

export type Preview = {
  total: number;
  unassigned: number;
  sample: { id: string; familyName: string; givenName: string; employeeNumber: string }[];
};

export type Counts = {
  total: number;
  sheetSubmitted: number;
  surveySubmitted: number;
  scheduled: number;
  done: number;
  planConfirmed: number;
  followedUp: number;
  unassigned: number;
};
export type PlanStats = { items: number; done: number; overdue: number };

export type Progress = {
  asOf: string;
  round: { id: string; name: string; status: string; hasSheet: boolean; hasSurvey: boolean };
  total: Counts;
  plan?: PlanStats;
  byDepartment: (Counts & { id: string | null; name: string | null; nameEn: string | null; plan?: PlanStats })[];
  byInterviewer: (Counts & { id: string | null; person: { familyName: string; givenName: string } | null })[];
};

export type Assignment = {
  id: string;
  status: string;
  scheduledStart: string | null;
  employee: { id: string; familyName: string; givenName: string; employeeNumber: string };
  department: { id: string; name: string; nameEn: string | null } | null;
  interviewer: { id: string; familyName: string; givenName: string } | null;
  sheet: string;
  survey: string;
};

/** /templates answers these (domain/forms/responses.ts). */
export type TemplateSummary = Schemas['TemplateSummary'];
