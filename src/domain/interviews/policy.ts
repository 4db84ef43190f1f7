/**
 * How the actor stands to one interview, strongest first: the employee themself, the assigned
 * interviewer, HR staff; anyone else (a colleague, another team's manager) is 'none' and gets 404.
 * An HR person who interviews the employee counts as interviewer.
 */
export const INTERVIEW_RELATIONS = ['self', 'interviewer', 'hr', 'none'] as const;
export type InterviewRelation = (typeof INTERVIEW_RELATIONS)[number];

export type InterviewFacts = {
  relation: InterviewRelation;
  /**
   * The employee keeps 人事のみ answers from the actor: their current manager, or someone who was their
   * manager or this interview's interviewer while they answered (shared/kept-from.ts). HR or not.
   */
  keptFrom: boolean;
  interviewStatus: string;
  roundStatus: string;
};

export const canViewInterview = (f: Pick<InterviewFacts, 'relation'>): boolean => f.relation !== 'none';

const open = (f: InterviewFacts) => f.roundStatus === 'launched' && f.interviewStatus !== 'done' && f.interviewStatus !== 'cancelled';

/**
 * Which answers a reader sees. The employee: everything, drafts included. Interviewer: submitted answers
 * that are not 「人事のみ」. HR: submitted answers including 「人事のみ」, unless the employee keeps them from
 * this HR person (their manager now, or their manager or interviewer when they answered), whatever else they are.
 */
export function answerVisibility(f: InterviewFacts): { drafts: boolean; hrOnly: boolean } {
  if (f.relation === 'self') return { drafts: true, hrOnly: true };
  if (f.relation === 'hr') return { drafts: false, hrOnly: !f.keptFrom };
  return { drafts: false, hrOnly: false };
}

/**
 * For queries over answers: the (relation, kept-from) pairs whose reader may see a 「人事のみ」 answer,
 * taken from answerVisibility itself so every list follows the interview screens' rule.
 */
export function hrOnlyReaders(): { relation: InterviewRelation; keptFrom: boolean }[] {
  return INTERVIEW_RELATIONS.flatMap((relation) =>
    [false, true]
      .filter((keptFrom) => answerVisibility({ relation, keptFrom, interviewStatus: 'done', roundStatus: 'closed' }).hrOnly)
      .map((keptFrom) => ({ relation, keptFrom })),
  );
}

/** Only the employee writes their sheet and survey, while the round runs and before the interview. */
export function canEditForm(f: InterviewFacts, responseStatus: 'draft' | 'submitted' | null): boolean {
  return f.relation === 'self' && open(f) && responseStatus !== 'submitted';
}

export function canWithdrawForm(f: InterviewFacts, responseStatus: 'draft' | 'submitted' | null): boolean {
  return f.relation === 'self' && open(f) && responseStatus === 'submitted';
}

/** Offering times is the interviewer's (HR may stand in); choosing or proposing is the employee's. */
export const canOfferSlots = (f: InterviewFacts): boolean => (f.relation === 'interviewer' || f.relation === 'hr') && open(f);
export const canChooseSlot = (f: InterviewFacts): boolean => f.relation === 'self' && open(f);

/** The flags the interview screens read. */
export function interviewCan(f: InterviewFacts) {
  return {
    offerSlots: canOfferSlots(f),
    chooseSlot: canChooseSlot(f),
    acceptProposal: canOfferSlots(f),
    // The notice that 人事のみ answers are shown is for HR: the employee reads their own answers.
    seeHrOnly: f.relation === 'hr' && answerVisibility(f).hrOnly,
  };
}
