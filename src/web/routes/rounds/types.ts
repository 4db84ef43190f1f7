import type { Schemas } from '../../api-contract';

/** The rounds' answers, from the generated contract (domain/rounds/responses.ts). */
export type Round = Schemas['RoundView'];
export type RoundTheme = Round['themes'][number];
export type Preview = Schemas['ParticipantPreview'];
export type Progress = Schemas['RoundProgress'];
/** The funnel of a group of interviews. */
export type Counts = Progress['total'];
export type PlanStats = Progress['plan'];

/** /templates answers these (domain/forms/responses.ts). */
export type TemplateSummary = Schemas['TemplateSummary'];
