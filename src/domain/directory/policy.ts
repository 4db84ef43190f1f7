import { type Actor, GRANTABLE_ROLES, type GrantableRole, isAdmin, isHr } from '../actor';
import { can } from '../capabilities';

/**
 * How the actor stands to a target employee. Computed in SQL (strongest first), so a person who is
 * both manager and HR partner counts as manager. Colleagues and other teams' managers are 'none'.
 */
export const RELATIONS = ['self', 'manager', 'hrPartner', 'none'] as const;
export type Relation = (typeof RELATIONS)[number];

export const isRelation = (v: unknown): v is Relation => RELATIONS.includes(v as Relation);

/** What the policy needs to know about the target: the relation and the roles granted (role_grants). */
export type TargetFacts = { relation: Relation; roles: readonly string[] };

/** HR and admins see everyone; anyone else sees themselves, their direct reports and HR-partner assignees. */
export function canViewEmployee(actor: Actor, relation: Relation): boolean {
  return can(actor, 'manageDirectory') || relation !== 'none';
}

/** Whether a list is the whole organisation or only the actor's own scope (enforced in the query). */
export function listScope(actor: Actor): 'all' | 'related' {
  return can(actor, 'manageDirectory') ? 'all' : 'related';
}

/** Whether the actor holds a grantable role; admin includes every right of HR (admin > hr > others). */
function holds(actor: Actor, role: GrantableRole): boolean {
  return role === 'admin' ? isAdmin(actor) : isHr(actor);
}

/**
 * The target holds a right (hr, admin) the actor lacks. Whoever could change such a person's record
 * could move their email to an address they read and take the account over through a password reset.
 */
export function targetOutranks(actor: Actor, target: Pick<TargetFacts, 'roles'>): boolean {
  return target.roles.some((r) => GRANTABLE_ROLES.includes(r as GrantableRole) && !holds(actor, r as GrantableRole));
}

/** HR and admins edit people, but never someone with more rights: HR edits HR and employees, only admins edit admins. */
export function canEditEmployee(actor: Actor, target: TargetFacts): boolean {
  return can(actor, 'manageDirectory') && !targetOutranks(actor, target);
}

/**
 * The email is the key to the account (sign-in, password reset), so its change is checked on its own:
 * it stays out of reach of anyone with fewer rights even if editing rules ever widen.
 */
export function canChangeEmail(actor: Actor, target: TargetFacts): boolean {
  return canEditEmployee(actor, target) && !targetOutranks(actor, target);
}

/** Retire / reinstate: like edit, but never oneself (it would sign the actor out for good). */
export function canRetireEmployee(actor: Actor, target: TargetFacts): boolean {
  return canEditEmployee(actor, target) && target.relation !== 'self';
}

/** An admin may not take their own admin role away (there would be no one left to give it back). */
export function removesOwnAdmin(actor: Actor, targetId: string, newRoles: readonly string[]): boolean {
  return actor.id === targetId && isAdmin(actor) && !newRoles.includes('admin');
}

/** The flags the UI reads for one employee, so it never re-derives these rules. */
export function employeeCan(actor: Actor, target: TargetFacts) {
  return {
    edit: canEditEmployee(actor, target),
    retire: canRetireEmployee(actor, target),
    manageRoles: can(actor, 'manageRoles'),
  };
}
