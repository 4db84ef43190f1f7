import type { Actor } from '../actor';
import { can } from '../capabilities';
import { forbidden, notFound } from '../errors';

/**
 * Hearings are HR's placement work (最適な人材配置 and hiring criteria from the same career map): the existing
 * managePlacement capability, which already reads the map. Lists answer 403 to others (as the map does); a
 * hearing's own pages answer 404, so a hearing's existence does not leak.
 */
export function requireHearingHr(actor: Actor, mode: 'forbid' | 'hide') {
  if (!can(actor, 'managePlacement')) throw mode === 'forbid' ? forbidden() : notFound();
}

/** A manager may write their sheet until they submit it; a submitted sheet is read-only (HR reads it). */
export const canEditSheet = (actor: Actor, request: { managerId: string; status: string }) =>
  request.managerId === actor.id && request.status === 'draft';
