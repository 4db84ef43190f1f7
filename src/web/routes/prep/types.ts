import type { FormDefinition, LocalizedText } from '../../../domain/forms/definition';
import type { Answers } from '../../components/autosave';

// Response shapes of the interview endpoints, as the preparation screens read them.

export type Person = { id: string; familyName: string; givenName: string };
export type Appointment = { start: string; end: string; locationType: string | null; location: string | null };

export type RoundSummary = {
  id: string;
  name: string;
  type: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  prepDueOn: string | null;
  themes: { title: LocalizedText; description: LocalizedText }[];
  message: string;
  hasSheet: boolean;
  hasSurvey: boolean;
};

export type InterviewView = {
  id: string;
  status: string;
  relation: 'self' | 'interviewer' | 'hr';
  round: RoundSummary;
  employee: Person & { familyNameKana: string | null; givenNameKana: string | null };
  interviewer: Person | null;
  appointment: Appointment | null;
  version: number;
  can: { offerSlots: boolean; chooseSlot: boolean; acceptProposal: boolean; seeHrOnly: boolean };
};

export type FormView = {
  kind: 'sheet' | 'survey';
  status: 'notStarted' | 'draft' | 'submitted';
  submittedAt: string | null;
  updatedAt: string | null;
  definition: FormDefinition;
  answers: Answers;
  can: { edit: boolean; withdraw: boolean; markHrOnly: boolean };
};

export type MyInterview = {
  id: string;
  status: string;
  round: { id: string; name: string; type: string; status: string; prepDueOn: string | null; periodEnd: string };
  sheet: string | null;
  survey: string | null;
  appointment: Appointment | null;
  offeredSlots: number;
  proposedSlots: number;
  interviewer: Person | null;
};

export type Slot = {
  id: string;
  start: string;
  end: string;
  locationType: 'room' | 'online';
  location: string;
  proposedBy: 'interviewer' | 'employee';
  status: 'open' | 'chosen' | 'withdrawn';
  note: string;
  past: boolean;
  warnings: ('busyHour' | 'outsideHours' | 'weekend')[];
};

export type SlotsView = {
  interview: InterviewView;
  settings: { workdayStart: string; busyMinutes: number; workdayEnd: string };
  slots: Slot[];
};

export type Inventory = {
  employeeId: string;
  skills: { name: string; level: number; years: number | null; note: string }[];
  items: { kind: 'experience' | 'achievement'; title: string; description: string; periodFrom: string | null; periodTo: string | null }[];
  updatedAt: string | null;
  can: { edit: boolean };
};
