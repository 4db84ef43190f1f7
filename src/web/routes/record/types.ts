import type { LocalizedText } from '../../../domain/forms/definition';
import type { Schemas } from '../../api-contract';
import type { FormView } from '../prep/types';

// Response shapes of the record endpoints, as the interview screens read them.

export type AgendaItem = { id: string; kind: 'theme' | 'sheet' | 'plan' | 'question' | 'custom'; label: string; done: boolean };
export type Visibility = 'shared' | 'hr_manager' | 'private';
export type Note = {
  id: string;
  visibility: Visibility;
  body: string;
  author: { id: string; familyName: string; givenName: string };
  mine: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};
export type Item = {
  id: string;
  interviewId: string;
  position: number;
  what: string;
  owner: 'employee' | 'manager' | 'hr';
  dueOn: string | null;
  target: string;
  status: 'open' | 'inProgress' | 'done' | 'dropped';
  progressNote: string;
  version: number;
  round?: string;
};
export type Plan = {
  revision: number;
  confirmed: boolean;
  employeeConfirmedAt: string | null;
  interviewerConfirmedAt: string | null;
  items: Item[];
  carried: Item[];
  hiddenCarried: number;
  history: {
    revision: number;
    party: 'employee' | 'interviewer';
    confirmedAt: string;
    items: Pick<Item, 'id' | 'what' | 'owner' | 'dueOn' | 'target' | 'status'>[];
  }[];
};
export type SharedFields = {
  alignmentWish: string;
  alignmentPolicy: string;
  alignmentGrowth: string;
  alignmentDirection: string;
  nextInterviewOn: string | null;
  followRhythm: string;
};
export type RecordFields = SharedFields & { landingPoint: string; agenda: AgendaItem[] };
export type FollowUp = {
  id: string;
  heldOn: string;
  note: string;
  author: { familyName: string; givenName: string };
  items: { itemId: string; status: string; note: string; what: string }[];
};
export type RecordCan = {
  readWorkspace: boolean;
  write: boolean;
  markHeld: boolean;
  writeNote: boolean;
  editPlan: boolean;
  updateProgress: boolean;
  followUp: boolean;
  confirmAs: 'employee' | 'interviewer' | null;
  rate: boolean;
};
export type RecordView = {
  version: number;
  heldAt: string | null;
  workspace: { landingPoint: string; agenda: AgendaItem[] } | null;
  shared: SharedFields | null;
  notes: Note[];
  plan: Plan | null;
  followUps: FollowUp[];
  rating: { rating: number; comment: string } | null;
  can: RecordCan;
};
export type Reason =
  | { kind: 'scale'; source: 'sheet' | 'survey'; field: string; value: number; max: number }
  | { kind: 'answered'; source: 'sheet' | 'survey'; field: string }
  | { kind: 'includes'; source: 'sheet' | 'survey'; field: string; option: string }
  | { kind: 'overdue'; item: string; dueOn: string };
export type Question = { id: string; category: string; text: LocalizedText };
export type PrepView = {
  sheet: FormView | null;
  survey: FormView | null;
  landingPoint: string;
  recordVersion: number;
  previous: { hidden: true } | { hidden: false; id: string; round: string; heldAt: string | null; direction: string; items: Item[] } | null;
  carried: Item[];
  hiddenCarried: number;
  strengths: {
    skills: { name: string; level: number; years: number | null; note: string }[];
    achievements: { title: string; description: string; periodFrom: string | null; periodTo: string | null }[];
  };
  suggestions: { ruleId: string; question: Question; reason: Reason }[];
};
/** /questions answers this (domain/forms/responses.ts). */
export type QuestionBank = Schemas['QuestionBank'];
