import { type Actor, isAdmin } from '../actor';

// The outbox and the audit log belong to the system owner alone; HR reads neither.
export const canViewOutbox = (actor: Actor): boolean => isAdmin(actor);
export const canViewAudit = (actor: Actor): boolean => isAdmin(actor);
