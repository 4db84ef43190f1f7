import type { Actor } from '../actor';
import { isKeptFrom } from '../shared/kept-from';
import type { Decision, Disclosure, WishState } from './schemas';
import { can } from '../capabilities';

/**
 * How the actor stands to one employee's wish. `manager`: the employee's *current* manager (a new
 * manager sees what the employee shared with their manager; the previous one no longer does).
 * `hr`: HR staff by role — being someone's HR partner is not enough. `keptFrom`: the employee keeps
 * 人事のみ from the actor — their manager now, or when they wrote the wish (shared/kept-from.ts).
 */
export type WishFacts = { self: boolean; hr: boolean; manager: boolean; keptFrom: boolean };

/** What of a wish the reader gets: the owner everything, HR everything, the manager the wish without HR's answer. */
export type WishView = 'owner' | 'hr' | 'manager' | 'none';

export function wishView(f: WishFacts, disclosure: Disclosure | string): WishView {
  if (f.self) return 'owner';
  // An HR person the employee keeps 人事のみ from (their manager, now or then) does not see it, whatever
  // else that person is (the same rule as 人事のみ answers on the sheet).
  if (f.hr && !(f.keptFrom && disclosure === 'hr_only')) return 'hr';
  if (f.manager && disclosure === 'manager_hr') return 'manager';
  return 'none';
}

/** `keptFrom`: the wish's record of who it is kept from (careerWishes.keptFrom). */
export const wishFacts = (
  actor: Actor,
  employee: { id: string; managerId: string | null },
  keptFrom: readonly string[] = [],
): WishFacts => ({
  self: actor.id === employee.id,
  hr: can(actor, 'managePlacement'),
  manager: employee.managerId === actor.id,
  keptFrom: isKeptFrom(actor.id, employee.managerId, keptFrom),
});

/** The employee edits and withdraws their own wish while it is open. */
export const canEditWish = (v: WishView, status: string): boolean => v === 'owner' && status === 'open';
/** HR answers a wish of someone else (never their own) while it is open. */
export const canDecide = (v: WishView, status: string): boolean => v === 'hr' && status === 'open';

export function wishState(status: string, latest: Decision | string | null | undefined): WishState {
  if (status === 'withdrawn') return 'withdrawn';
  return (latest as WishState | null | undefined) ?? 'new';
}

/** A wish still waiting for a move: not withdrawn, not fulfilled. Only these are matched against positions. */
export const isOpenState = (s: WishState): boolean => s !== 'withdrawn' && s !== 'moved';
