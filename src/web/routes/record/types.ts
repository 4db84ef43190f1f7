import type { Schemas } from '../../api-contract';

// Response shapes of the record, prep, history and suggestion-rule endpoints, from the generated contract.

export type AgendaItem = Schemas['AgendaItem'];
export type Note = Schemas['RecordNote'];
export type Visibility = Note['visibility'];
/** A plan item; a carried one also names its round. */
export type Item = Schemas['PlanItem'] & Partial<Pick<Schemas['CarriedPlanItem'], 'round'>>;
export type Plan = Schemas['ActionPlan'];
export type RecordView = Schemas['InterviewRecord'];
/** What a PATCH of the record answers: its own fields, without notes, plan and follow-ups. */
export type RecordFieldsView = Schemas['RecordFieldsView'];
export type SharedFields = NonNullable<RecordView['shared']>;
export type RecordFields = SharedFields & NonNullable<RecordView['workspace']>;
export type FollowUp = Schemas['FollowUp'];
export type RecordCan = RecordView['can'];
export type Reason = Schemas['SuggestionReason'];
export type PrepView = Schemas['InterviewPrep'];
export type Question = PrepView['suggestions'][number]['question'];
export type RoundRatings = Schemas['RoundRatings'];
export type History = Schemas['EmployeeHistory'];
export type HistoryEntry = History['entries'][number];
export type Consents = Schemas['HistoryConsentList'];
export type Rule = Schemas['SuggestionRule'];
export type RuleList = Schemas['SuggestionRuleList'];
export type RuleField = RuleList['fields'][number];
/** /questions answers this (domain/forms/responses.ts). */
export type QuestionBank = Schemas['QuestionBank'];
