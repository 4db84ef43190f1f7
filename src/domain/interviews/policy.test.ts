import { describe, expect, it } from 'vitest';
import {
  answerVisibility,
  canChooseSlot,
  canEditForm,
  canOfferSlots,
  canViewInterview,
  hrOnlyReaders,
  type InterviewFacts,
  interviewCan,
} from './policy';

const facts = (over: Partial<InterviewFacts> = {}): InterviewFacts => ({
  relation: 'self',
  keptFrom: false,
  interviewStatus: 'preparing',
  roundStatus: 'launched',
  ...over,
});

describe('interview policy', () => {
  it('hides the interview from anyone without a relation', () => {
    expect(canViewInterview(facts({ relation: 'none' }))).toBe(false);
    for (const relation of ['self', 'interviewer', 'hr'] as const) expect(canViewInterview(facts({ relation }))).toBe(true);
  });

  it('shows 人事のみ answers to the employee and HR, never to the interviewer or a manager who is HR', () => {
    expect(answerVisibility(facts())).toEqual({ drafts: true, hrOnly: true });
    expect(answerVisibility(facts({ relation: 'interviewer' }))).toEqual({ drafts: false, hrOnly: false });
    expect(answerVisibility(facts({ relation: 'interviewer', keptFrom: true }))).toEqual({ drafts: false, hrOnly: false });
    expect(answerVisibility(facts({ relation: 'hr' }))).toEqual({ drafts: false, hrOnly: true });
    expect(answerVisibility(facts({ relation: 'hr', keptFrom: true }))).toEqual({ drafts: false, hrOnly: false });
    expect(answerVisibility(facts({ relation: 'none' }))).toEqual({ drafts: false, hrOnly: false });
  });

  it('lists the readers of 人事のみ for queries from the same rule: the person themself, HR the employee does not keep them from', () => {
    expect(hrOnlyReaders()).toEqual([
      { relation: 'self', keptFrom: false },
      { relation: 'self', keptFrom: true },
      { relation: 'hr', keptFrom: false },
    ]);
  });

  it('shows the 人事のみ notice to HR only, not to the employee reading their own answers', () => {
    expect(interviewCan(facts()).seeHrOnly).toBe(false);
    expect(interviewCan(facts({ relation: 'hr' })).seeHrOnly).toBe(true);
    expect(interviewCan(facts({ relation: 'hr', keptFrom: true })).seeHrOnly).toBe(false);
    expect(interviewCan(facts({ relation: 'interviewer' })).seeHrOnly).toBe(false);
  });

  it('lets only the employee edit, while the round runs, before submitting and before the interview', () => {
    expect(canEditForm(facts(), null)).toBe(true);
    expect(canEditForm(facts(), 'draft')).toBe(true);
    expect(canEditForm(facts(), 'submitted')).toBe(false);
    expect(canEditForm(facts({ relation: 'interviewer' }), 'draft')).toBe(false);
    expect(canEditForm(facts({ relation: 'hr' }), 'draft')).toBe(false);
    expect(canEditForm(facts({ roundStatus: 'closed' }), 'draft')).toBe(false);
    expect(canEditForm(facts({ interviewStatus: 'done' }), 'draft')).toBe(false);
  });

  it('splits scheduling: interviewers (or HR) offer, the employee chooses', () => {
    expect(canOfferSlots(facts({ relation: 'interviewer' }))).toBe(true);
    expect(canOfferSlots(facts({ relation: 'hr' }))).toBe(true);
    expect(canOfferSlots(facts())).toBe(false);
    expect(canChooseSlot(facts())).toBe(true);
    expect(canChooseSlot(facts({ relation: 'interviewer' }))).toBe(false);
  });
});
