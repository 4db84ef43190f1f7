import { describe, expect, it } from 'vitest';
import {
  canReadNote,
  canReadShared,
  confirmParty,
  type HistoryAccess,
  nextRevision,
  planConfirmed,
  recordCan,
  seesInterview,
} from './policy';

const facts = (relation: 'self' | 'interviewer' | 'hr' | 'none', interviewStatus = 'scheduled') => ({
  relation,
  interviewStatus,
  roundStatus: 'launched',
});

describe('note visibility', () => {
  const me = 'me';
  it('a private note is its author’s alone, whatever the reader’s role', () => {
    for (const r of ['self', 'interviewer', 'hr'] as const) {
      expect(canReadNote(facts(r, 'done'), 'someone-else', { visibility: 'private', authorId: me })).toBe(false);
    }
    expect(canReadNote(facts('interviewer'), me, { visibility: 'private', authorId: me })).toBe(true);
  });
  it('hr_manager: interviewer and HR, never the employee', () => {
    expect(canReadNote(facts('self', 'done'), 'x', { visibility: 'hr_manager', authorId: me })).toBe(false);
    expect(canReadNote(facts('hr'), 'x', { visibility: 'hr_manager', authorId: me })).toBe(true);
  });
  it('shared: the employee only once the interview is held', () => {
    expect(canReadNote(facts('self', 'scheduled'), 'x', { visibility: 'shared', authorId: me })).toBe(false);
    expect(canReadNote(facts('self', 'done'), 'x', { visibility: 'shared', authorId: me })).toBe(true);
    expect(canReadShared(facts('none', 'done'))).toBe(false);
  });
});

describe('writing the record', () => {
  it('only the interviewer writes; HR writes notes; the employee confirms after the interview', () => {
    expect(recordCan(facts('interviewer'))).toMatchObject({
      write: true,
      markHeld: true,
      editPlan: true,
      confirmAs: 'interviewer',
      rate: false,
    });
    expect(recordCan(facts('hr'))).toMatchObject({ write: false, writeNote: true, editPlan: false, confirmAs: null });
    expect(recordCan(facts('self'))).toMatchObject({ write: false, writeNote: false, confirmAs: null, rate: false, updateProgress: false });
    expect(recordCan(facts('self', 'done'))).toMatchObject({ confirmAs: 'employee', rate: true, updateProgress: true });
    expect(recordCan(facts('interviewer', 'done'))).toMatchObject({ markHeld: false, followUp: true });
    expect(confirmParty({ relation: 'interviewer', interviewStatus: 'cancelled', roundStatus: 'launched' })).toBeNull();
  });
});

describe('plan revisions', () => {
  it('is confirmed when both confirmed the current revision', () => {
    expect(planConfirmed({ revision: 2, employeeRev: 2, interviewerRev: 2 })).toBe(true);
    expect(planConfirmed({ revision: 2, employeeRev: 1, interviewerRev: 2 })).toBe(false);
  });
  it('a change after any confirmation starts a new revision; a draft stays on its revision', () => {
    expect(nextRevision({ revision: 1, employeeRev: null, interviewerRev: null })).toBe(1);
    expect(nextRevision({ revision: 1, employeeRev: null, interviewerRev: 1 })).toBe(2);
    expect(nextRevision({ revision: 2, employeeRev: 1, interviewerRev: 1 })).toBe(2);
  });
});

describe('history across a change of manager', () => {
  const a = (o: Partial<HistoryAccess>): HistoryAccess => ({ actorId: 'new', self: false, hr: false, related: true, consent: false, ...o });
  const old = { interviewerId: 'old', status: 'done' };
  it('the new manager sees someone else’s interview only with consent, and then only the shared part', () => {
    expect(seesInterview(a({}), old)).toBe('none');
    expect(seesInterview(a({ consent: true }), old)).toBe('shared');
    expect(seesInterview(a({ consent: true }), { interviewerId: 'old', status: 'scheduled' })).toBe('none');
  });
  it('their own interviews in full; HR in full; the employee the shared part of held ones', () => {
    expect(seesInterview(a({}), { interviewerId: 'new', status: 'scheduled' })).toBe('full');
    expect(seesInterview(a({ hr: true, related: false }), old)).toBe('full');
    expect(seesInterview(a({ self: true, related: false }), old)).toBe('shared');
  });
});
