import { type Actor, isHr } from '../actor';

/** Templates, themes and the question bank are HR's. */
export const canManageForms = (actor: Actor): boolean => isHr(actor);

/** Interviewers read the question bank and themes while preparing; HR manages them. */
export const canReadQuestionBank = (actor: Actor): boolean => isHr(actor) || actor.roles.has('interviewer');
