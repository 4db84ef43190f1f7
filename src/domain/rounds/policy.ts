import type { Actor } from '../actor';
import type { RoundStatus } from './schemas';
import { can } from '../capabilities';

/** A draft may be edited or deleted; once launched the plan is what people were told. */
export const isEditable = (status: RoundStatus): boolean => status === 'draft';
export const canLaunch = (status: RoundStatus): boolean => status === 'draft';

/** The flags the round screens read. */
export function roundCan(actor: Actor, status: RoundStatus) {
  const manage = can(actor, 'manageRounds');
  return {
    edit: manage && isEditable(status),
    delete: manage && status === 'draft',
    launch: manage && canLaunch(status),
    reassign: manage && (status === 'launched' || status === 'draft'),
    remind: manage && status === 'launched',
    close: manage && status === 'launched',
  };
}
