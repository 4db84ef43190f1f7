import type { Schemas } from '../../api-contract';

// Response shapes of the interview, scheduling and inventory endpoints, from the generated contract.

export type InterviewView = Schemas['InterviewView'];
export type FormView = Schemas['FormView'];
export type MyInterview = Schemas['MyInterview'];
export type Slot = Schemas['InterviewSlot'];
export type SlotsView = Schemas['SlotsView'];
export type Inventory = Schemas['SkillInventory'];
