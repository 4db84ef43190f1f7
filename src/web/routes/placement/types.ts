import type { Schemas } from '../../api-contract';

// Response shapes of the placement API: generated from its contract (domain/placement/responses.ts).

export type Dept = NonNullable<Schemas['CareerWish']['desiredDepartment']>;

/** HR's answer as the reader may see it: the owner without the note, the manager the decision only. */
export type Decision = Schemas['WishDecision'];

export type Person = Schemas['PlacementPerson'];

export type Wish = Schemas['CareerWish'];

/** A wish in the list HR (or the manager) works through: with the person who wrote it. */
export type ListedWish = Schemas['ListedWish'];

export type WishPage = Schemas['WishPage'];

export type MyWishes = Schemas['MyWishes'];

export type Position = Schemas['Position'];

export type PositionPage = Schemas['PositionPage'];

export type Reason = Schemas['CandidateReason'];

export type Candidate = Schemas['Candidate'];

export type Candidates = Schemas['CandidatePage'];

/** The form's values: strings only, so the draft can keep them across a reload. */
export type WishForm = {
  kind: string;
  desiredRole: string;
  desiredDepartmentId: string;
  track: string;
  timeframe: string;
  relocation: string;
  note: string;
  disclosure: string;
};
