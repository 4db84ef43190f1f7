import { z } from 'zod';
import { DateTime, PersonRef, Uuid } from '../shared/contract';
import { REASON_CODES } from './match';
import {
  DECISIONS,
  DISCLOSURES,
  POSITION_KINDS,
  POSITION_STATUSES,
  RELOCATIONS,
  TIMEFRAMES,
  TRACKS,
  WISH_KINDS,
  WISH_STATES,
} from './schemas';

// What placement answers (present.ts, wishes.ts, list.ts, decisions.ts, positions.ts and candidates.ts
// build exactly these).

/** A department as placement names it (no component id: it is nullable wherever it appears). */
const DeptRef = z.strictObject({ id: Uuid, name: z.string(), nameEn: z.string().nullable() });
/** The position a decision names: its title only. */
const PositionRef = z.strictObject({ id: Uuid, title: z.string() });

/**
 * HR's answer to a wish as one reader may see it (presentDecision): the employee reads the decision and
 * the message; the manager only the decision; HR also the internal note, the position and who decided.
 */
export const WishDecision = z
  .strictObject({
    decision: z.enum(DECISIONS),
    /** The owner and HR. */
    message: z.string().optional(),
    /** HR only: the internal note. */
    note: z.string().optional(),
    /** HR only. */
    position: PositionRef.nullable().optional(),
    /** HR only. */
    decidedBy: PersonRef.optional(),
    at: DateTime,
  })
  .meta({ id: 'WishDecision' });

/** One of HR's answers in full: the history of a wish, HR's working record. */
export const WishDecisionRecord = z
  .strictObject({
    id: Uuid,
    wishId: Uuid,
    decision: z.enum(DECISIONS),
    message: z.string(),
    note: z.string(),
    createdAt: DateTime,
    position: PositionRef.nullable(),
    decidedBy: PersonRef,
  })
  .meta({ id: 'WishDecisionRecord' });

/** The person behind a wish or a candidate, as HR and the manager see them in lists (present.ts's Person). */
export const PlacementPerson = z
  .strictObject({
    id: Uuid,
    employeeNumber: z.string(),
    familyName: z.string(),
    givenName: z.string(),
    familyNameKana: z.string().nullable(),
    givenNameKana: z.string().nullable(),
    jobTitle: z.string().nullable(),
    department: DeptRef.nullable(),
  })
  .meta({ id: 'PlacementPerson' });

/** A 異動・キャリアパスの希望 as one reader sees it (presentWish), with what they may do. */
export const CareerWish = z
  .strictObject({
    id: Uuid,
    employeeId: Uuid,
    kind: z.enum(WISH_KINDS),
    desiredRole: z.string(),
    desiredDepartment: DeptRef.nullable(),
    track: z.enum(TRACKS),
    timeframe: z.enum(TIMEFRAMES),
    relocation: z.enum(RELOCATIONS),
    note: z.string(),
    disclosure: z.enum(DISCLOSURES),
    status: z.enum(['open', 'withdrawn']),
    state: z.enum(WISH_STATES),
    version: z.number().int(),
    createdAt: DateTime,
    updatedAt: DateTime,
    /** The latest answer, as the reader may see it. */
    decision: z.union([WishDecision, z.null()]),
    can: z.strictObject({ edit: z.boolean(), withdraw: z.boolean(), decide: z.boolean() }),
    /** HR only, in one employee's wishes and after a decision: every answer, newest first. */
    history: z.array(WishDecisionRecord).optional(),
  })
  .meta({ id: 'CareerWish' });

/** A wish in HR's (or the manager's) list: with the person who wrote it. */
export const ListedWish = CareerWish.extend({ employee: z.union([PlacementPerson, z.null()]) }).meta({ id: 'ListedWish' });

/** The wish list, a page at a time, and whether the reader may answer wishes (HR). */
export const WishPage = z
  .strictObject({
    items: z.array(ListedWish),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    totalCapped: z.boolean(),
    can: z.strictObject({ decide: z.boolean() }),
  })
  .meta({ id: 'WishPage' });

/** The actor's own wishes, who their manager is (the form says who reads what) and how many may be open. */
export const MyWishes = z
  .strictObject({
    items: z.array(CareerWish),
    manager: z.strictObject({ familyName: z.string(), givenName: z.string() }).nullable(),
    limit: z.number().int(),
  })
  .meta({ id: 'MyWishes' });

/** One employee's wishes, as the reader may see them. */
export const EmployeeWishes = z
  .strictObject({ employee: z.union([PlacementPerson, z.null()]), items: z.array(CareerWish) })
  .meta({ id: 'EmployeeWishes' });

/** A position or project HR staffs. */
export const Position = z
  .strictObject({
    id: Uuid,
    kind: z.enum(POSITION_KINDS),
    title: z.string(),
    department: DeptRef.nullable(),
    description: z.string(),
    requiredSkills: z.array(z.string()),
    track: z.enum(TRACKS),
    /** The career-path role this position is (issue 18.4); its expected levels rank the candidates. */
    careerRoleCode: z.string().nullable(),
    status: z.enum(POSITION_STATUSES),
    version: z.number().int(),
    createdAt: DateTime,
    updatedAt: DateTime,
  })
  .meta({ id: 'Position' });

export const PositionPage = z
  .strictObject({
    items: z.array(Position),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    totalCapped: z.boolean(),
  })
  .meta({ id: 'PositionPage' });

/** One point of a candidate's score, in the reader's words; a caution earns nothing and is for HR to weigh. */
export const CandidateReason = z
  .strictObject({ code: z.enum(REASON_CODES), points: z.number(), caution: z.boolean(), text: z.string() })
  .meta({ id: 'CandidateReason' });

/** Someone who could fill a position: through their wish (when the reader may see it) or by skills alone. */
export const Candidate = z
  .strictObject({
    employee: z.union([PlacementPerson, z.null()]),
    wish: z.union([CareerWish, z.null()]),
    score: z.number(),
    reasons: z.array(CandidateReason),
    /** Against the position's career role: each expected skill with the person's level; shortfall 0 is ready. */
    gap: z
      .strictObject({
        shortfall: z.number().int(),
        skills: z.array(z.strictObject({ name: z.string(), expected: z.number().int(), current: z.number().int(), met: z.boolean() })),
      })
      .nullable(),
  })
  .meta({ id: 'Candidate' });

/** A page of a position's ranked candidates; the ranking is stored, `asOf` says when it was computed. */
export const CandidatePage = z
  .strictObject({
    position: Position,
    /** The career role of the current map the position names, whose expected levels score skills (null: none). */
    careerRole: z
      .strictObject({ name: z.string(), skills: z.array(z.strictObject({ name: z.string(), level: z.number().int() })) })
      .nullable(),
    items: z.array(Candidate),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    /** The ranking stopped at `shortlist` people. */
    totalCapped: z.boolean(),
    shortlist: z.number().int(),
    asOf: DateTime,
  })
  .meta({ id: 'CandidatePage' });

export type WishDecision = z.infer<typeof WishDecision>;
export type WishDecisionRecord = z.infer<typeof WishDecisionRecord>;
export type PlacementPerson = z.infer<typeof PlacementPerson>;
export type CareerWish = z.infer<typeof CareerWish>;
export type ListedWish = z.infer<typeof ListedWish>;
export type WishPage = z.infer<typeof WishPage>;
export type MyWishes = z.infer<typeof MyWishes>;
export type EmployeeWishes = z.infer<typeof EmployeeWishes>;
export type Position = z.infer<typeof Position>;
export type PositionPage = z.infer<typeof PositionPage>;
export type CandidateReason = z.infer<typeof CandidateReason>;
export type Candidate = z.infer<typeof Candidate>;
export type CandidatePage = z.infer<typeof CandidatePage>;
