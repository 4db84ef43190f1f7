import type { Locale } from '../i18n';

export const ROLES = ['employee', 'interviewer', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** Roles stored in role_grants; employee is everyone and interviewer is derived from the org. */
export const GRANTABLE_ROLES = ['hr', 'admin'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** Who is acting. Passed into every domain function; never taken from globals. */
export type Actor = {
  id: string;
  roles: ReadonlySet<Role>;
  locale: Locale;
  ip?: string;
  /**
   * The company lets HR staff read the audit log (an admin's setting, off by default; decision 0013). Read with the
   * session, so `can()` stays a pure function of the actor.
   */
  hrReadsAudit?: boolean;
};

export const hasRole = (actor: Actor | null | undefined, role: Role): boolean => !!actor?.roles.has(role);
export const isHr = (actor: Actor | null | undefined) => hasRole(actor, 'hr') || hasRole(actor, 'admin');
export const isAdmin = (actor: Actor | null | undefined) => hasRole(actor, 'admin');

/** A system actor for the CLI and jobs; it is recorded in the audit log with a null actor id. */
export const systemActor = (locale: Locale = 'ja'): Actor => ({
  id: '00000000-0000-0000-0000-000000000000',
  roles: new Set<Role>(['employee', 'hr', 'admin']),
  locale,
});
export const isSystem = (actor: Actor) => actor.id === '00000000-0000-0000-0000-000000000000';

/** The person to record as author; the system actor (CLI, jobs) is nobody. */
export const authorId = (actor: Actor): string | null => (isSystem(actor) ? null : actor.id);
