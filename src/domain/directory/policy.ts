import { type Actor, isAdmin, isHr } from '../actor';

/**
 * How the actor stands to a target employee. Computed in SQL (strongest first), so a person who is
 * both manager and HR partner counts as manager. Colleagues and other teams' managers are 'none'.
 */
export const RELATIONS = ['self', 'manager', 'hrPartner', 'none'] as const;
export type Relation = (typeof RELATIONS)[number];

export const isRelation = (v: unknown): v is Relation => RELATIONS.includes(v as Relation);

/** What the policy needs to know about the target besides the relation. */
export type TargetFacts = { relation: Relation; isAdmin: boolean };

/** HR and admins see everyone; anyone else sees themselves, their direct reports and HR-partner assignees. */
export function canViewEmployee(actor: Actor, relation: Relation): boolean {
  return isHr(actor) || relation !== 'none';
}

/** Whether a list is the whole organisation or only the actor's own scope (enforced in the query). */
export function listScope(actor: Actor): 'all' | 'related' {
  return isHr(actor) ? 'all' : 'related';
}

/**
 * HR and admins edit people. Only an admin may change an admin's record: otherwise HR could move an
 * admin's email to an address they read and take the account over through a password reset.
 */
export function canEditEmployee(actor: Actor, target: TargetFacts): boolean {
  if (!isHr(actor)) return false;
  return !target.isAdmin || isAdmin(actor);
}

/** Retire / reinstate: like edit, but never oneself (it would sign the actor out for good). */
export function canRetireEmployee(actor: Actor, target: TargetFacts): boolean {
  return canEditEmployee(actor, target) && target.relation !== 'self';
}

export function canCreateEmployee(actor: Actor): boolean {
  return isHr(actor);
}

/** Granting hr/admin is for admins only. */
export function canManageRoles(actor: Actor): boolean {
  return isAdmin(actor);
}

/** An admin may not take their own admin role away (there would be no one left to give it back). */
export function removesOwnAdmin(actor: Actor, targetId: string, newRoles: readonly string[]): boolean {
  return actor.id === targetId && isAdmin(actor) && !newRoles.includes('admin');
}

export function canManageDepartments(actor: Actor): boolean {
  return isHr(actor);
}

/** The flags the UI reads for one employee, so it never re-derives these rules. */
export function employeeCan(actor: Actor, target: TargetFacts) {
  return {
    edit: canEditEmployee(actor, target),
    retire: canRetireEmployee(actor, target),
    manageRoles: canManageRoles(actor),
  };
}
