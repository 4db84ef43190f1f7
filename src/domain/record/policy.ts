import type { InterviewFacts } from '../interviews/policy';

export const NOTE_VISIBILITIES = ['shared', 'hr_manager', 'private'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];
export const ITEM_OWNERS = ['employee', 'manager', 'hr'] as const;
/** How an item linked to a career gap works on it (研修 / アサイン / メンター / その他). */
export const GAP_KINDS = ['training', 'assignment', 'mentor', 'other'] as const;
export const ITEM_STATUSES = ['open', 'inProgress', 'done', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const FOLLOW_RHYTHMS = ['none', 'weekly', 'biweekly', 'monthly', 'quarterly'] as const;

export type RecordFacts = Pick<InterviewFacts, 'relation' | 'interviewStatus' | 'roundStatus'>;

const held = (f: RecordFacts) => f.interviewStatus === 'done';
const staff = (f: RecordFacts) => f.relation === 'interviewer' || f.relation === 'hr';
const live = (f: RecordFacts) => f.roundStatus !== 'draft' && f.interviewStatus !== 'cancelled';

/** Landing point and agenda are the interviewer's preparation: interviewer and HR, never the employee. */
export const canReadWorkspace = (f: RecordFacts): boolean => staff(f);
/** The shared record (alignment, shared notes, plan, follow-ups) reaches the employee once the interview is held. */
export const canReadShared = (f: RecordFacts): boolean => staff(f) || (f.relation === 'self' && held(f));
export const canWriteRecord = (f: RecordFacts): boolean => f.relation === 'interviewer' && live(f);
export const canMarkHeld = (f: RecordFacts): boolean => canWriteRecord(f) && f.interviewStatus !== 'done';
/** HR writes notes too (e.g. placement notes 人事・上司のみ); the employee does not write the record. */
export const canWriteNote = (f: RecordFacts): boolean => staff(f) && live(f);

/**
 * Whether a reader sees a note. Private: the author alone — not HR, not admins, not exports.
 * hr_manager: interviewer and HR. shared: those and the employee once the interview is held.
 */
export function canReadNote(f: RecordFacts, actorId: string, note: { visibility: string; authorId: string }): boolean {
  if (note.visibility === 'private') return note.authorId === actorId;
  if (note.visibility === 'hr_manager') return staff(f);
  return canReadShared(f);
}

/** The plan's content (what, owner, due, target) is written by the interviewer. */
export const canEditPlan = (f: RecordFacts): boolean => canWriteRecord(f);
/** Progress on an item: the employee or the interviewer. */
export const canUpdateProgress = (f: RecordFacts): boolean => (f.relation === 'self' && held(f)) || canWriteRecord(f);
export const canRecordFollowUp = (f: RecordFacts): boolean => canWriteRecord(f) && held(f);
export const canRate = (f: RecordFacts): boolean => f.relation === 'self' && held(f);

/** Which party a confirmation is for; the employee confirms after the interview, on the shared record. */
export function confirmParty(f: RecordFacts): 'employee' | 'interviewer' | null {
  if (f.relation === 'self') return held(f) ? 'employee' : null;
  if (f.relation === 'interviewer' && live(f)) return 'interviewer';
  return null;
}

export type PlanState = { revision: number; employeeRev: number | null; interviewerRev: number | null };
export const planConfirmed = (p: PlanState): boolean => p.employeeRev === p.revision && p.interviewerRev === p.revision;
/** A content change after anyone confirmed the current revision starts a new one that both confirm again. */
export const nextRevision = (p: PlanState): number =>
  p.employeeRev === p.revision || p.interviewerRev === p.revision ? p.revision + 1 : p.revision;

export function recordCan(f: RecordFacts) {
  return {
    readWorkspace: canReadWorkspace(f),
    write: canWriteRecord(f),
    markHeld: canMarkHeld(f),
    writeNote: canWriteNote(f),
    editPlan: canEditPlan(f),
    updateProgress: canUpdateProgress(f),
    followUp: canRecordFollowUp(f),
    confirmAs: confirmParty(f),
    rate: canRate(f),
  };
}

/**
 * How an actor stands to an employee's history (computed once per request). `related`: the actor is
 * now the employee's manager, HR partner or interviewer of one of their interviews; `consent`: the
 * employee agreed (or HR overrode, audited) that this actor sees their shared history.
 */
export type HistoryAccess = { actorId: string; self: boolean; hr: boolean; related: boolean; consent: boolean };

/**
 * What of one past interview the actor sees. 'full': as its interviewer or HR (hr_manager notes too);
 * 'shared': what is shared with the employee; 'none': nothing. A new manager sees the shared part of
 * interviews held by someone else only with the employee's consent.
 */
export function seesInterview(a: HistoryAccess, i: { interviewerId: string | null; status: string }): 'full' | 'shared' | 'none' {
  if (a.hr) return 'full';
  if (i.interviewerId === a.actorId) return 'full';
  if (a.self) return i.status === 'done' ? 'shared' : 'none';
  if (a.related && a.consent) return i.status === 'done' ? 'shared' : 'none';
  return 'none';
}
